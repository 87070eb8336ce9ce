using System.Globalization;
using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// Recomputes, from the municipality tables, every published aggregate that they allow, and compares each with
/// the printed figure at its printed precision.
/// </summary>
/// <remarks>
/// <para>What is checked:</para>
/// <list type="bullet">
/// <item>summary rows bound to a measure (<c>표 Ⅳ-2</c> … <c>표 Ⅳ-15</c>): total, mean, standard deviation (sample,
/// as SPSS prints), minimum, maximum, median;</item>
/// <item>every value in a printed municipality list against that municipality's table, and every top-N list
/// against the top N by the measure;</item>
/// <item>the province-average column against the mean of the 31 municipalities;</item>
/// <item>the internal arithmetic of the tables (totals, subtotals, printed shares);</item>
/// <item>every numeric claim of the prose (<see cref="EvaluationReport.Claims"/>).</item>
/// </list>
/// <para>Rounding is half away from zero. Two printed figures (a list entry against a municipality table) agree
/// within rounding when one true value could round to both. Quantiles use SPSS's definition unless told otherwise.</para>
/// </remarks>
public static class Reproducer
{
    private static readonly string[] _summaryColumns = ["total", "mean", "standardDeviation", "minimum", "maximum", "median"];

    /// <summary>Runs every check.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="quantileDefinition">How quantiles are computed; SPSS's by default.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static ReproductionReport Reproduce(EvaluationReport dataset, QuantileDefinition quantileDefinition = QuantileConventions.Spss)
    {
        Guard.Against.Null(dataset);
        var checks = new List<ReproductionCheck>();
        checks.AddRange(TableArithmetic.Checks(dataset));
        foreach (var table in dataset.Tables)
        {
            foreach (var section in table.Sections)
            {
                checks.AddRange(SummaryChecks(dataset, table, section, quantileDefinition));
                checks.AddRange(ListChecks(dataset, table, section));
            }
        }

        checks.AddRange(ProvinceAverageChecks(dataset));
        checks.AddRange(dataset.Claims.Select(c => ClaimCheck(dataset, c, quantileDefinition)));
        return new ReproductionReport(checks);
    }

    private static IEnumerable<ReproductionCheck> SummaryChecks(EvaluationReport dataset, PrintedTable table, PrintedSection section, QuantileDefinition definition)
    {
        foreach (var row in section.Rows.Where(r => r.Measure is not null && r.Municipality is null))
        {
            var series = dataset.Series(row.Measure!);
            var description = series.Describe(definition);
            foreach (var column in _summaryColumns)
            {
                // A total of ratios or averages is meaningless; only whole counts add up.
                if (row[column] is not { } published || (column == "total" && !row.Measure!.IsWholeCount))
                {
                    continue;
                }

                decimal? recomputed = column switch
                {
                    "total" => description.Sum,
                    "mean" => description.Sum / description.N,
                    "standardDeviation" => ToDecimal(description.StandardDeviation),
                    "minimum" => description.Minimum,
                    "maximum" => description.Maximum,
                    "median" => ToDecimal(description.Median),
                    _ => null,
                };
                yield return Computed(
                    $"{table.Id}/{section.Id}/{row.Measure!.Id}/{column}",
                    $"{column} of {row.Measure.Id} over {description.N} municipalities",
                    published,
                    recomputed,
                    InputRounding.For(column, series));
            }
        }
    }

    private static IEnumerable<ReproductionCheck> ListChecks(EvaluationReport dataset, PrintedTable table, PrintedSection section)
    {
        if (section.Measure is not { } measure)
        {
            yield break;
        }

        var listed = section.Rows.Where(r => r.Municipality is not null).ToList();
        var valueColumn = section.ColumnIndex("value");
        foreach (var row in listed)
        {
            if (valueColumn < 0 || row.Cells[valueColumn] is not { } published)
            {
                continue;
            }

            var own = dataset[row.Municipality!][measure];
            yield return Printed(
                $"{table.Id}/{section.Id}/{row.Municipality!.Code}",
                $"{row.Municipality.Code}'s {measure.Id} as listed, against its own table",
                published,
                own);
        }

        if (section.Band is { } band)
        {
            var printed = section.ListedMunicipalities.Select(m => m.Code).ToList();
            var members = dataset.Series(measure).In(band).Select(m => m.Code).ToList();
            yield return new ReproductionCheck(
                $"{table.Id}/{section.Id}/membership",
                $"the municipalities whose {measure.Id} is in {band}",
                new PrintedSource(table.Id, section.Page),
                string.Join(", ", printed),
                string.Join(", ", members),
                SameSet(printed, members) ? ReproductionOutcome.Exact : ReproductionOutcome.NotReproduced);
        }

        if (section.Id.StartsWith("top", StringComparison.Ordinal) && listed.Count > 0)
        {
            var order = section.Id.Contains("lowest", StringComparison.Ordinal) ? RankOrder.LowestFirst : RankOrder.HighestFirst;
            var top = dataset.Series(measure).Top(listed.Count, order);
            var printedNames = listed.Select(r => r.Municipality!.Code).ToList();
            var recomputedNames = top.Select(r => r.Municipality.Code).ToList();
            var sameSet = SameSet(printedNames, recomputedNames);
            yield return new ReproductionCheck(
                $"{table.Id}/{section.Id}/membership",
                string.Create(CultureInfo.InvariantCulture, $"the top {listed.Count} by {measure.Id} (competition ranking, ties at the cut-off kept)"),
                new PrintedSource(table.Id, section.Page),
                string.Join(", ", printedNames),
                string.Join(", ", top.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Municipality.Code} {r.Value}"))),
                sameSet ? ReproductionOutcome.Exact : ReproductionOutcome.NotReproduced);
        }
    }

    private static IEnumerable<ReproductionCheck> ProvinceAverageChecks(EvaluationReport dataset)
    {
        if (dataset.Municipalities.Count == 0)
        {
            yield break;
        }

        var source = dataset.Municipalities[0].Source;
        foreach (var measure in MeasureCatalog.MunicipalityTables2016)
        {
            if (dataset.ProvinceAverage(measure) is not { } published)
            {
                continue;
            }

            var series = dataset.Series(measure);
            var values = series.Describe();
            yield return Computed(
                $"{source.Table}/provinceAverage/{measure.Id}",
                string.Create(CultureInfo.InvariantCulture, $"province average of {measure.Id}: mean over {values.N} municipalities"),
                published,
                values.N == 0 ? null : values.Sum / values.N,
                InputRounding.For("mean", series));
            if (published.Percent is { } percent)
            {
                var shareSeries = dataset.Series(measure, ValuePart.Percent);
                var shares = shareSeries.Describe();
                yield return Computed(
                    $"{source.Table}/provinceAverage/{measure.Id}/percent",
                    string.Create(CultureInfo.InvariantCulture, $"province average share of {measure.Id}: mean of the {shares.N} printed percentages"),
                    published with { Value = percent },
                    shares.N == 0 ? null : shares.Sum / shares.N,
                    InputRounding.For("mean", shareSeries));
            }
        }
    }

    private static ReproductionCheck ClaimCheck(EvaluationReport dataset, ProseClaim claim, QuantileDefinition definition)
    {
        var series = dataset.Series(claim.Measure, claim.Target);
        var description = series.Describe(definition);
        var id = "claim/" + claim.Id;
        var what = $"{claim.Statistic} of {series.Name}";
        var source = claim.Source;
        switch (claim.Statistic)
        {
            case ClaimStatistic.CountInBand:
            case ClaimStatistic.CountEqual:
            {
                var band = claim.Band ?? Interval.Exactly(claim.EqualTo ?? 0);
                var members = series.In(band);
                var count = members.Count;
                return new ReproductionCheck(id, $"{what} in {band}", source, claim.Published!.Printed,
                    string.Create(CultureInfo.InvariantCulture, $"{count} ({string.Join(", ", members.Select(m => m.Code))})"),
                    count == claim.Published.Value ? ReproductionOutcome.Exact : ReproductionOutcome.NotReproduced);
            }

            case ClaimStatistic.MunicipalitiesInBand:
            case ClaimStatistic.MunicipalitiesEqual:
            {
                var band = claim.Band ?? Interval.Exactly(claim.EqualTo ?? 0);
                var members = series.In(band).Select(m => m.Code).ToList();
                var printed = claim.Municipalities.Select(m => m.Code).ToList();
                return new ReproductionCheck(id, $"{what} in {band}", source, string.Join(", ", printed), string.Join(", ", members),
                    SameSet(printed, members) ? ReproductionOutcome.Exact : ReproductionOutcome.NotReproduced);
            }

            case ClaimStatistic.Value:
                return Printed(id, $"{claim.Municipality!.Code}'s {series.Name} quoted in prose", claim.Published! with { Source = source },
                    Pick(dataset.Measurements, claim.Municipality, claim.Measure, claim.Target));

            default:
                var column = claim.Statistic switch
                {
                    ClaimStatistic.Total => "total",
                    ClaimStatistic.Mean => "mean",
                    ClaimStatistic.StandardDeviation => "standardDeviation",
                    _ => "minimum",
                };
                decimal? recomputed = claim.Statistic switch
                {
                    ClaimStatistic.Total => description.Sum,
                    ClaimStatistic.Mean => description.Sum / description.N,
                    ClaimStatistic.Median => ToDecimal(description.Median),
                    ClaimStatistic.StandardDeviation => ToDecimal(description.StandardDeviation),
                    ClaimStatistic.Minimum => description.Minimum,
                    ClaimStatistic.Maximum => description.Maximum,
                    ClaimStatistic.Percentile => ToDecimal(description.Percentile(claim.Percentile ?? 50)),
                    _ => null,
                };
                return Computed(id, what, claim.Published! with { Source = source }, recomputed, InputRounding.For(column, series));
        }
    }

    // The cell, holding the value or share it is read as (by the measurement table's one rule for shares).
    private static MeasuredValue? Pick(MeasurementTable measurements, Municipality unit, Measure measure, ValuePart part) =>
        measurements[unit, measure] is { } cell && measurements.Read(unit, measure, part).Value is { } number
            ? cell with { Value = number, Percent = null }
            : null;

    /// <summary>
    /// A published figure against a recomputation from printed (rounded) inputs. Within rounding means the gap is
    /// no larger than the printed figure's half unit plus <paramref name="inputRounding"/>, the most the rounding of
    /// the inputs can move the statistic.
    /// </summary>
    internal static ReproductionCheck Computed(string id, string description, PublishedValue published, decimal? recomputed, decimal inputRounding)
    {
        var outcome = recomputed switch
        {
            null => ReproductionOutcome.NotReproduced,
            { } r when r == published.Value => ReproductionOutcome.Exact,
            { } r when Math.Round(r, published.Decimals, MidpointRounding.AwayFromZero) == published.Value => ReproductionOutcome.WithinRounding,
            { } r when Math.Abs(r - published.Value) <= HalfUnit(published.Decimals) + inputRounding => ReproductionOutcome.WithinRounding,
            _ => ReproductionOutcome.NotReproduced,
        };
        return new ReproductionCheck(id, description, published.Source, published.Printed, Format(recomputed), outcome);
    }

    /// <summary>Two printed figures of the same quantity: equal, consistent with one true value, or not.</summary>
    internal static ReproductionCheck Printed(string id, string description, PublishedValue published, MeasuredValue? other)
    {
        var outcome = other switch
        {
            null => ReproductionOutcome.NotReproduced,
            _ when other.Value == published.Value => ReproductionOutcome.Exact,
            _ when Math.Abs(other.Value - published.Value) <= HalfUnit(other.Decimals) + HalfUnit(published.Decimals) => ReproductionOutcome.WithinRounding,
            _ => ReproductionOutcome.NotReproduced,
        };
        return new ReproductionCheck(id, description, published.Source, published.Printed,
            other is null ? "blank" : $"{other.Text} [{other.Source}]", outcome);
    }

    private static bool SameSet(IEnumerable<string> a, IEnumerable<string> b) =>
        a.Order(StringComparer.Ordinal).SequenceEqual(b.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    internal static decimal HalfUnit(int decimals) => 0.5m / Pow10(decimals);

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }

    private static decimal? ToDecimal(double? value) => value is { } v && double.IsFinite(v) ? (decimal)v : null;

    private static string Format(decimal? value) => value switch
    {
        null => "not computable",
        { } v => Math.Round(v, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture),
    };
}
