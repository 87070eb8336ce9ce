using System.Collections.Frozen;
using MuhanRubric.Analysis;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reporting.Text;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Reporting.Model;

/// <summary>A measure's row on a unit's page: how many decimals it prints with, the province average and where it comes from.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Decimals">Decimals for the unit's value (whole counts 0; otherwise the given precision, 1 or 2).</param>
/// <param name="AverageDecimals">Decimals for the average (one more than a whole count's, otherwise the value's).</param>
/// <param name="Average">The province average, or null when no unit has a value.</param>
/// <param name="Printed">Whether the average is the printed one (otherwise the mean of the scored units).</param>
/// <param name="Readers">The codes of the indicators that read the measure.</param>
internal sealed record MeasureRow(Measure Measure, int Decimals, int AverageDecimals, decimal? Average, bool Printed, IReadOnlyList<string> Readers);

/// <summary>The descriptive statistics of the normalized totals.</summary>
internal sealed record TotalsSummary(int Count, double Mean, double StandardDeviation, double Median, decimal Minimum, decimal Maximum);

/// <summary>
/// What every rendering of a report needs, computed once from the result and the options: the ranking, the measures
/// with their province averages, the indicator and area means, the totals' summary, the analyses by unit.
/// </summary>
internal sealed class ReportModel
{
    private readonly FrozenDictionary<string, RankUncertainty> _uncertainty;
    private readonly FrozenDictionary<string, UnitAcrossYears> _years;

    public ReportModel(ScoringResult result, ReportOptions options)
    {
        Result = result;
        Options = options;
        L = new Localizer(options.Language);
        Ranked = result.Ranked;
        ScoredAreas = [.. result.Rubric.Areas.Where(a => a.MaximumPoints > 0)];
        Indicators = [.. result.Rubric.Indicators];
        Measures = [.. MeasureRows(result, options)];
        IndicatorMeans = Indicators.Select((indicator, j) => (indicator.Code, Mean: result.Cards.Count == 0 ? 0d : result.Cards.Average(c => (double)c.Indicators[j].Points)))
            .ToFrozenDictionary(x => x.Code, x => x.Mean, StringComparer.Ordinal);
        AreaMeans = result.Rubric.Areas.Select((area, a) => (area.Code, Mean: result.Cards.Count == 0 ? 0d : result.Cards.Average(c => (double)c.Areas[a].Points)))
            .ToFrozenDictionary(x => x.Code, x => x.Mean, StringComparer.Ordinal);
        Totals = Summarize([.. result.Cards.Select(c => c.NormalizedTotal)]);
        _uncertainty = (options.Sensitivity?.Municipalities ?? []).ToFrozenDictionary(m => m.Municipality.Code, StringComparer.Ordinal);
        _years = (options.Years is { } years ? years.Units.AsEnumerable() : []).ToFrozenDictionary(u => u.Unit.Code, StringComparer.Ordinal);
    }

    public ScoringResult Result { get; }

    public ReportOptions Options { get; }

    public Localizer L { get; }

    public Rubric Rubric => Result.Rubric;

    public MeasurementTable Table => Result.Measurements;

    public IReadOnlyList<ScoreCard> Ranked { get; }

    /// <summary>The areas that score (an area of unscored indicators would print a column of zeros).</summary>
    public IReadOnlyList<Area> ScoredAreas { get; }

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<MeasureRow> Measures { get; }

    /// <summary>The mean points of each indicator over the scored units.</summary>
    public FrozenDictionary<string, double> IndicatorMeans { get; }

    /// <summary>The mean subtotal of each area over the scored units.</summary>
    public FrozenDictionary<string, double> AreaMeans { get; }

    public TotalsSummary? Totals { get; }

    public SensitivityResult? Sensitivity => Options.Sensitivity;

    public YearComparisonResult? Years => Options.Years;

    /// <summary>The report's title.</summary>
    public string Title => Options.Title ?? L.T($"{Rubric.Name} 평가 결과: {DataLabel}", $"{Rubric.Name}: results on {DataLabel}");

    /// <summary>The data's name with its period.</summary>
    public string DataLabel => Table.Period is { } period ? $"{Table.Name} ({period.Label})" : Table.Name;

    /// <summary>Whether any indicator or scale is an assumption rather than printed in a source.</summary>
    /// <remarks>A rule without any source (accepted as a warning by its rubric) is listed too: it is not printed anywhere.</remarks>
    public IEnumerable<(Indicator Indicator, string What, Provenance? Provenance)> Assumptions() =>
        Indicators.SelectMany(i => new (Indicator, string, Provenance?)[] { (i, L.T("배점", "points"), i.PointsProvenance), (i, L.T("척도", "scale"), i.Scale.Provenance) })
            .Concat(Indicators.SelectMany(i => i.GroupOverrides.Select(o => ((Indicator)i, L.T($"'{o.Group}' 집단 척도", $"scale for '{o.Group}'"), o.Scale.Provenance))))
            .Where(x => x.Item3 is null || x.Item3.IsAssumption);

    public RankUncertainty? Uncertainty(Municipality unit) => _uncertainty.GetValueOrDefault(unit.Code);

    public UnitAcrossYears? AcrossYears(Municipality unit) => _years.GetValueOrDefault(unit.Code);

    /// <summary>The province average of a measure printed with the row's decimals, or a dash.</summary>
    public string Average(MeasureRow row) => row.Average is { } average ? Numbers.Fixed(average, row.AverageDecimals) : "–";

    /// <summary>A unit's value of a measure as the page prints it: the value with the row's decimals, the share beside a count.</summary>
    public string Value(Municipality unit, MeasureRow row)
    {
        var status = Table.StatusOf(unit, row.Measure);
        if (status != CellStatus.Present || Table[unit, row.Measure] is not { } value)
        {
            return L.CellAbsence(status);
        }

        var text = Numbers.Fixed(value.Value, row.Decimals);
        return value.Percent is { } percent ? $"{text} ({Numbers.Percent(percent)}%)" : text;
    }

    /// <summary>A unit's value of a measure as a number (for the workbook), or null.</summary>
    public decimal? Number(Municipality unit, Measure measure) =>
        Table.StatusOf(unit, measure) == CellStatus.Present ? Table[unit, measure]?.Value : null;

    private static IEnumerable<MeasureRow> MeasureRows(ScoringResult result, ReportOptions options)
    {
        var table = result.Measurements;
        var readers = result.Rubric.Indicators
            .SelectMany(i => Reads(i).Select(id => (Id: id, i.Code)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(x => x.Code).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal);
        foreach (var measure in table.Measures)
        {
            var values = table.Units.Select(u => table.StatusOf(u, measure) == CellStatus.Present ? table[u, measure]?.Value : null).OfType<decimal>().ToList();
            var given = values.Count == 0 ? 0 : values.Max(v => v.Scale);
            var decimals = measure.IsWholeCount ? 0 : Math.Clamp(given, 1, 2);
            var averageDecimals = measure.IsWholeCount ? 1 : decimals;
            decimal? printed = options.PrintedProvinceAverages is { } averages && averages.TryGetValue(measure.Id, out var p) ? p : null;
            decimal? mean = values.Count == 0 ? null : values.Sum() / values.Count;
            yield return new MeasureRow(measure, decimals, averageDecimals, printed ?? mean, printed is not null, readers.GetValueOrDefault(measure.Id) ?? []);
        }
    }

    private static IEnumerable<string> Reads(Indicator indicator) =>
        (indicator.Measure?.MeasureIds ?? []).Concat(indicator.Scale is ChecklistScale checklist ? checklist.Criteria.SelectMany(c => c.Expression.MeasureIds) : []);

    private static TotalsSummary? Summarize(IReadOnlyList<decimal> totals)
    {
        if (totals.Count == 0)
        {
            return null;
        }

        var values = totals.Select(t => (double)t).Order().ToList();
        var mean = values.Average();
        var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0d;
        var middle = values.Count / 2;
        var median = values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return new TotalsSummary(values.Count, mean, sd, median, totals.Min(), totals.Max());
    }
}
