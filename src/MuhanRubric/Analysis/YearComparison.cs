using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>
/// Scores one rubric on several years' measurement tables and follows each unit across them: totals, ranks, the change
/// between consecutive years and from the first to the last, and the indicators that caused it.
/// </summary>
/// <remarks>
/// <para>Every table needs a <see cref="MeasurementTable.Period"/>; the years are ordered by period (start, then end)
/// and two tables may not share one (same dates; labels are not compared). Units are matched by code; the comparison
/// lists the union of the years' units in the order first seen (the earliest year's units in its order, then units new
/// in later years). A unit a year does not cover, or covers without data, is kept with null numbers for that year.</para>
/// <para>Changes are attributed to indicators by the same rule as <see cref="RubricComparison"/>; see
/// <see cref="YearChange"/> for what a change means when the maxima differ between years.</para>
/// </remarks>
public static class YearComparison
{
    /// <summary>Scores the rubric on each year's table and compares the years.</summary>
    /// <param name="rubric">The rubric scored every year.</param>
    /// <param name="years">At least two tables, each with a distinct period, in any order.</param>
    /// <param name="cutoffs">Whether population cut-offs are recomputed each year (the default) or frozen from a base year.</param>
    /// <param name="basePeriod">The year whose cut-offs are frozen: required with <see cref="CutoffPolicy.FreezeFromBaseYear"/>
    /// and the period of one of the tables (compared by dates); must be null with <see cref="CutoffPolicy.RecomputeEachYear"/>.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/>, <paramref name="years"/> or one of the tables is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two tables; a table without a period; two tables with the same
    /// period; a base period missing, unexpected, or not the period of any table; an undefined policy.</exception>
    /// <exception cref="ScoringException">A year's table lacks a measure the rubric reads, a value is missing where
    /// the rubric's policy is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.</exception>
    public static YearComparisonResult Compare(
        Rubric rubric, IEnumerable<MeasurementTable> years, CutoffPolicy cutoffs = CutoffPolicy.RecomputeEachYear, EvaluationPeriod? basePeriod = null)
    {
        Guard.Against.Null(rubric);
        var tables = Ordered(Guard.Against.Null(years));
        var baseIndex = BaseIndex(tables, cutoffs, basePeriod);
        var compiled = rubric.Compile();
        var results = new ScoringResult[tables.Count];
        if (baseIndex >= 0)
        {
            results[baseIndex] = compiled.Score(tables[baseIndex]);
        }

        IReadOnlyList<FrozenScale> frozen = baseIndex >= 0 ? results[baseIndex].FrozenScales : [];
        for (var y = 0; y < tables.Count; y++)
        {
            results[y] ??= compiled.Score(tables[y], frozen);
        }

        return new YearComparisonResult(rubric, cutoffs, baseIndex >= 0 ? tables[baseIndex].Period : null, [.. results], Units(results));
    }

    private static List<MeasurementTable> Ordered(IEnumerable<MeasurementTable> years)
    {
        var tables = years.ToList();
        if (tables.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(years), "A year comparison cannot take a null table.");
        }

        if (tables.FirstOrDefault(t => t.Period is null) is { } undated)
        {
            throw new ArgumentException($"Table '{undated.Name}' has no period; every table of a year comparison needs one (MeasurementTable.Builder.WithPeriod).", nameof(years));
        }

        if (tables.Count < 2)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A year comparison needs at least two tables; got {tables.Count}."), nameof(years));
        }

        // OrderBy is stable, so two tables of one period stay in the caller's order for the message.
        tables = [.. tables.OrderBy(t => t.Period)];
        for (var y = 1; y < tables.Count; y++)
        {
            if (tables[y - 1].Period!.Interval.Equals(tables[y].Period!.Interval))
            {
                throw new ArgumentException($"Tables '{tables[y - 1].Name}' and '{tables[y].Name}' have the same period {tables[y].Period}; a year comparison takes one table per period.", nameof(years));
            }
        }

        return tables;
    }

    private static int BaseIndex(List<MeasurementTable> tables, CutoffPolicy cutoffs, EvaluationPeriod? basePeriod)
    {
        Guard.Against.EnumOutOfRange(cutoffs);
        if (cutoffs == CutoffPolicy.RecomputeEachYear)
        {
            return basePeriod is null ? -1 : throw new ArgumentException($"Cut-offs recomputed each year take no base period; got {basePeriod}. Use FreezeFromBaseYear to freeze them.", nameof(basePeriod));
        }

        if (basePeriod is null)
        {
            throw new ArgumentException("Cut-offs frozen from a base year need the base period.", nameof(basePeriod));
        }

        var index = tables.FindIndex(t => t.Period!.Interval.Equals(basePeriod.Interval));
        return index >= 0 ? index : throw new ArgumentException(
            $"The base period {basePeriod} is not the period of any table ({string.Join(", ", tables.Select(t => t.Period))}).", nameof(basePeriod));
    }

    private static ImmutableArray<UnitAcrossYears> Units(ScoringResult[] results)
    {
        var order = new List<Municipality>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cards = new Dictionary<string, ScoreCard>[results.Length];
        var withoutData = new HashSet<string>[results.Length];
        for (var y = 0; y < results.Length; y++)
        {
            cards[y] = new(results[y].Cards.Count, StringComparer.Ordinal);
            foreach (var card in results[y].Cards)
            {
                cards[y][card.Municipality.Code] = card;
                if (seen.Add(card.Municipality.Code))
                {
                    order.Add(card.Municipality);
                }
            }

            withoutData[y] = results[y].Measurements.UnitsWithoutData.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        }

        return [.. order.Select(unit => new UnitAcrossYears(unit, [.. results.Select((_, y) => YearOf(unit, y))]))];

        UnitYear YearOf(Municipality unit, int y)
        {
            var period = results[y].Measurements.Period!;
            return !cards[y].TryGetValue(unit.Code, out var card) ? new UnitYear(period, UnitYearStatus.NotInTable, null)
                : withoutData[y].Contains(unit.Code) ? new UnitYear(period, UnitYearStatus.WithoutData, null)
                : new UnitYear(period, UnitYearStatus.Scored, card);
        }
    }
}
