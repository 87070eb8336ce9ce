using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>One rubric scored on several years: each year's result and each unit across the years.</summary>
/// <remarks>Immutable; <see cref="ToText"/> is a compact, stable plain-text table (invariant culture).</remarks>
public sealed class YearComparisonResult
{
    private readonly FrozenDictionary<string, int> _unitIndex;

    internal YearComparisonResult(Rubric rubric, CutoffPolicy cutoffs, EvaluationPeriod? basePeriod, ImmutableArray<ScoringResult> results, ImmutableArray<UnitAcrossYears> units)
    {
        Rubric = rubric;
        CutoffPolicy = cutoffs;
        BasePeriod = basePeriod;
        Results = results;
        Periods = [.. results.Select(r => r.Measurements.Period!)];
        Units = units;
        _unitIndex = units.Select((u, i) => KeyValuePair.Create(u.Unit.Code, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The rubric scored every year.</summary>
    public Rubric Rubric { get; }

    /// <summary>Whether population cut-offs were recomputed each year or frozen from <see cref="BasePeriod"/>.</summary>
    public CutoffPolicy CutoffPolicy { get; }

    /// <summary>The year whose cut-offs were frozen, or null when they were recomputed each year.</summary>
    public EvaluationPeriod? BasePeriod { get; }

    /// <summary>The years, in period order.</summary>
    public ImmutableArray<EvaluationPeriod> Periods { get; }

    /// <summary>Each year's scoring result (cards, ranks, the cut-offs used, warnings), in period order.</summary>
    public ImmutableArray<ScoringResult> Results { get; }

    /// <summary>Every unit of any year, by code, in the order first seen.</summary>
    public ImmutableArray<UnitAcrossYears> Units { get; }

    /// <summary>The units absent in at least one year.</summary>
    public ImmutableArray<UnitAcrossYears> UnitsAbsentSomeYear => [.. Units.Where(u => u.AbsentIn.Length > 0)];

    /// <summary>One unit across the years.</summary>
    /// <param name="unit">The unit (matched by code).</param>
    /// <returns>Its entry.</returns>
    /// <exception cref="KeyNotFoundException">No year covers the unit.</exception>
    public UnitAcrossYears this[Municipality unit] =>
        _unitIndex.TryGetValue(Guard.Against.Null(unit).Code, out var index) ? Units[index] : throw new KeyNotFoundException($"No year of the comparison covers {unit}.");

    /// <summary>
    /// The compact table: the cut-offs of each year; per unit the normalized total and rank of each year (with the
    /// places gained since the year before) and the change from the first year to the last; the absences; then each
    /// unit's changes with the indicators that caused them; then each year's scoring warnings.
    /// </summary>
    /// <returns>Plain text, invariant culture.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var policy = BasePeriod is null ? "cut-offs recomputed each year" : $"cut-offs frozen from {BasePeriod}";
        text.AppendLine(CultureInfo.InvariantCulture, $"{Rubric.Name} (maximum {Rubric.MaximumPoints:0.00}), {Periods.Length} years: {string.Join(", ", Periods)}; {policy}");
        foreach (var result in Results)
        {
            foreach (var frozen in result.FrozenScales)
            {
                var cutoffs = string.Join(", ", frozen.Cutoffs.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cutoff}={c.Value:0.####}")));
                text.AppendLine(CultureInfo.InvariantCulture, $"cut-offs {result.Measurements.Period} {frozen.IndicatorCode}{(frozen.Group is null ? string.Empty : " [" + frozen.Group + "]")}: {cutoffs}");
            }
        }

        text.AppendLine();
        AppendTable(text);
        var absent = UnitsAbsentSomeYear;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"absent: {(absent.Length == 0 ? "none" : string.Join(", ", absent.Select(Absence)))}");
        foreach (var unit in Units)
        {
            var changes = Periods.Length > 2 ? unit.Changes.Append(unit.Overall) : unit.Changes;
            foreach (var change in changes.Where(c => c.IsComparable && (c.TotalChange != 0 || c.BandChanges.Length > 0 || c.MaximumChange != 0)))
            {
                AppendChange(text, unit.Unit, change);
            }
        }

        foreach (var result in Results)
        {
            foreach (var warning in result.Warnings)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"warning {result.Measurements.Period}: {warning.Message}");
            }
        }

        return text.ToString();
    }

    private void AppendTable(StringBuilder text)
    {
        text.Append(CultureInfo.InvariantCulture, $"{"unit",-14}");
        foreach (var period in Periods)
        {
            text.Append(CultureInfo.InvariantCulture, $"{period + " total rank",17}{string.Empty,5}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{Periods[0] + "→" + Periods[^1] + " points",20}{"normalized",11}");
        foreach (var unit in Units)
        {
            text.Append(CultureInfo.InvariantCulture, $"{unit.Unit.Code,-14}");
            for (var y = 0; y < unit.Years.Length; y++)
            {
                var year = unit.Years[y];
                var shift = y == 0 ? null : unit.Changes[y - 1].RankChange;
                text.Append(year.Card is { } card
                    ? string.Create(CultureInfo.InvariantCulture, $"{card.NormalizedTotal,12:0.00}{card.Rank,5}{Shift(shift),5}")
                    : $"{"absent",12}{string.Empty,10}");
            }

            text.AppendLine(unit.Overall.IsComparable
                ? string.Create(CultureInfo.InvariantCulture, $"{unit.Overall.TotalChange,20:+0.00;-0.00;0.00}{unit.Overall.NormalizedTotalChange,11:+0.00;-0.00;0.00}")
                : $"{"not comparable",20}");
        }
    }

    private static void AppendChange(StringBuilder text, Municipality unit, YearChange change)
    {
        var parts = change.Contributions.Where(c => c.Change != 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Change:+0.00;-0.00}"));
        text.Append(CultureInfo.InvariantCulture, $"{unit.Code} {change.From}→{change.To}: {change.TotalChange:+0.00;-0.00;0.00} points ({string.Join(", ", parts)})");
        if (change.BandChanges.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; bands changed: {string.Join(", ", change.BandChanges)}");
        }

        if (change.MaximumChange != 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; maximum {change.MaximumChange:+0.00;-0.00} ({string.Join(", ", change.MaximumChanges)})");
        }

        text.AppendLine();
    }

    private static string Shift(int? places) => places switch
    {
        null or 0 => string.Empty,
        > 0 => "↑" + places.Value.ToString(CultureInfo.InvariantCulture),
        _ => "↓" + (-places.Value).ToString(CultureInfo.InvariantCulture),
    };

    private static string Absence(UnitAcrossYears unit) =>
        $"{unit.Unit.Code} ({string.Join(", ", unit.Years.Where(y => !y.IsPresent).Select(y => $"{y.Period}: {(y.Status == UnitYearStatus.NotInTable ? "not in the table" : "no data")}"))})";
}
