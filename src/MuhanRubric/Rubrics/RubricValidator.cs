using System.Globalization;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>Collects every problem of a rubric definition while it is built.</summary>
internal sealed class RubricValidator
{
    private readonly HashSet<string>? _measures;
    private readonly List<RubricProblem> _problems = [];

    /// <param name="measures">The measures indicators may read, or null when any measure id may be read (the data
    /// is checked when scored).</param>
    public RubricValidator(IEnumerable<Measure>? measures)
    {
        _measures = measures is null ? null : new HashSet<string>(measures.Select(m => m.Id), StringComparer.Ordinal);
    }

    public IReadOnlyList<RubricProblem> Problems => _problems;

    public void Add(RubricProblemKind kind, string code, string message) => _problems.Add(new RubricProblem(kind, code, message));

    public void CheckCodes(IReadOnlyList<AreaBuilder> areas)
    {
        foreach (var duplicate in areas.GroupBy(a => a.Code).Where(g => g.Count() > 1))
        {
            Add(RubricProblemKind.DuplicateCode, duplicate.Key, string.Create(CultureInfo.InvariantCulture, $"area code is used {duplicate.Count()} times"));
        }

        foreach (var duplicate in areas.SelectMany(a => a.Indicators).GroupBy(i => i.Code).Where(g => g.Count() > 1))
        {
            Add(RubricProblemKind.DuplicateCode, duplicate.Key, string.Create(CultureInfo.InvariantCulture, $"indicator code is used {duplicate.Count()} times"));
        }
    }

    /// <summary>The kinds that never fail a build: they are kept as warnings whether or not the rubric accepts them.</summary>
    public static bool IsAlwaysWarning(RubricProblemKind kind) => kind == RubricProblemKind.MaximumUnreachable;

    public Scale Scale(ScaleSpec? spec, string code, decimal maximum, MeasureExpression? measure, bool excluded = false)
    {
        var scale = Build(spec, code, maximum, measure, excluded);
        if (spec is not null && spec.Provenance is null)
        {
            Add(RubricProblemKind.MissingProvenance, code, "the scale has no provenance (give WithProvenance a table and page, a page, or an assumption with its reason)");
        }

        if (!excluded && scale is not (UnspecifiedScale or ProportionalScale) && scale.MaximumPoints < maximum)
        {
            Add(RubricProblemKind.MaximumUnreachable, code, string.Create(CultureInfo.InvariantCulture,
                $"no {(scale is ChecklistScale ? "count of criteria met" : "band")} reaches the maximum of {maximum} points: the best gives {scale.MaximumPoints}"));
        }

        return scale;
    }

    private Scale Build(ScaleSpec? spec, string code, decimal maximum, MeasureExpression? measure, bool excluded)
    {
        var provenance = spec?.Provenance;
        switch (spec)
        {
            case null:
                Add(RubricProblemKind.InvalidScale, code, "has no scale (choose WithBands, WithCategories, WithChecklist, Proportional, WithPopulationBands or Unspecified)");
                return new UnspecifiedScale("no scale", provenance);
            case UnspecifiedSpec u:
                // An excluded indicator is not scored anyway: its unspecified scale is not a problem.
                if (!excluded)
                {
                    Add(RubricProblemKind.UnspecifiedScale, code, $"the scale is unspecified, so the indicator cannot be scored ({u.Printed})");
                }

                return new UnspecifiedScale(u.Printed, provenance);
            case BandSpec b:
                CheckMeasure(code, measure);
                return Bands(b, code, maximum, provenance);
            case ChecklistSpec c:
                return Checklist(c, code, maximum, provenance);
            case ProportionalSpec p:
                CheckMeasure(code, measure);
                if (p.ZeroAt == p.FullAt)
                {
                    Add(RubricProblemKind.InvalidScale, code, string.Create(CultureInfo.InvariantCulture, $"proportional scale has the same zero and full value ({p.ZeroAt})"));
                }

                return new ProportionalScale(p.ZeroAt, p.FullAt, maximum, provenance);
            case PopulationSpec p:
                CheckMeasure(code, measure);
                return Population(p, code, maximum, provenance);
            default:
                throw new InvalidOperationException("Unknown scale specification.");
        }
    }

    private void CheckMeasure(string code, MeasureExpression? measure)
    {
        if (measure is null)
        {
            Add(RubricProblemKind.InvalidScale, code, "reads no measure (call Reads)");
            return;
        }

        foreach (var missing in measure.MeasureIds.Where(m => _measures?.Contains(m) == false))
        {
            Add(RubricProblemKind.UnknownMeasure, code, $"reads '{missing}', which the dataset does not have");
        }
    }

    private void CheckPoints(string code, decimal points, decimal maximum, string what)
    {
        if (points > maximum)
        {
            Add(RubricProblemKind.PointsAboveMaximum, code, string.Create(CultureInfo.InvariantCulture, $"{what} gives {points} points, above the indicator's maximum of {maximum}"));
        }

        if (points < 0)
        {
            Add(RubricProblemKind.NegativePoints, code, string.Create(CultureInfo.InvariantCulture, $"{what} gives negative points ({points})"));
        }
    }

    private BandScale Bands(BandSpec spec, string code, decimal maximum, Provenance? provenance)
    {
        var bands = new List<Band>();
        foreach (var (points, ranges, label) in spec.Bands)
        {
            var name = label is null ? string.Create(CultureInfo.InvariantCulture, $"{(spec.Ordinal ? "category" : "band")} {points}") : $"category {label}";
            if (spec.Ordinal && string.IsNullOrWhiteSpace(label))
            {
                Add(RubricProblemKind.InvalidScale, code, $"{name} has no label (every category is named, as printed)");
            }

            CheckPoints(code, points, maximum, name);
            if (ranges.Length == 0)
            {
                Add(RubricProblemKind.InvalidScale, code, $"{name} has no range");
                continue;
            }

            var intervals = new List<Interval>();
            foreach (var range in ranges)
            {
                if (range.ToInterval(out var kind, out var message) is { } interval)
                {
                    intervals.Add(interval);
                }
                else
                {
                    Add(kind!.Value, code, $"{name}: {message}");
                }
            }

            bands.Add(new Band(points, intervals, label));
        }

        if (spec.Otherwise is { } otherwise)
        {
            CheckPoints(code, otherwise, maximum, "the otherwise band");
        }

        if (bands.Count == 0 && spec.Otherwise is null)
        {
            Add(RubricProblemKind.InvalidScale, code, "has no bands");
        }

        CheckCoverage(code, bands, spec.Otherwise is not null);
        return new BandScale(bands, spec.Otherwise, provenance, spec.Ordinal ? ScaleKind.Ordinal : ScaleKind.Bands);
    }

    private void CheckCoverage(string code, IReadOnlyList<Band> bands, bool hasOtherwise)
    {
        var intervals = bands.SelectMany(b => b.Intervals.Select(i => (Band: b, Interval: i))).ToList();
        for (var i = 0; i < intervals.Count; i++)
        {
            for (var j = i + 1; j < intervals.Count; j++)
            {
                if (Overlap(intervals[i].Interval, intervals[j].Interval) is { } shared)
                {
                    Add(RubricProblemKind.BandOverlap, code, string.Create(CultureInfo.InvariantCulture,
                        $"{intervals[i].Interval} ({intervals[i].Band.Points} points) and {intervals[j].Interval} ({intervals[j].Band.Points} points) overlap on {shared}"));
                }
            }
        }

        if (hasOtherwise)
        {
            return;
        }

        // Sweep from the lowest lower bound: every value up to the highest upper bound must fall in a band.
        var sorted = intervals.Select(x => x.Interval).OrderBy(x => x.Lower ?? decimal.MinValue).ThenBy(x => x.LowerInclusive ? 0 : 1).ToList();
        if (sorted.Count == 0)
        {
            return;
        }

        var end = sorted[0].Upper;
        var endInclusive = sorted[0].UpperInclusive;
        foreach (var next in sorted.Skip(1))
        {
            if (end is null)
            {
                return;
            }

            var lower = next.Lower ?? decimal.MinValue;
            var gap = lower > end.Value || (lower == end.Value && !endInclusive && !next.LowerInclusive);
            if (gap)
            {
                var hole = new Interval(end.Value, !endInclusive, lower, !next.LowerInclusive);
                Add(RubricProblemKind.BandGap, code, $"values in {hole} fall in no band (add a band or an otherwise band)");
            }

            if (next.Upper is null || next.Upper > end || (next.Upper == end && next.UpperInclusive))
            {
                end = next.Upper;
                endInclusive = next.UpperInclusive;
            }
        }
    }

    private static Interval? Overlap(Interval a, Interval b)
    {
        // The intersection's lower edge is the larger lower bound, its upper edge the smaller upper bound.
        var (lower, lowerInclusive) = Max(a.Lower, a.LowerInclusive, b.Lower, b.LowerInclusive);
        var (upper, upperInclusive) = Min(a.Upper, a.UpperInclusive, b.Upper, b.UpperInclusive);
        if (lower is { } lo && upper is { } hi && (lo > hi || (lo == hi && !(lowerInclusive && upperInclusive))))
        {
            return null;
        }

        return new Interval(lower, lowerInclusive, upper, upperInclusive);
    }

    private static (decimal?, bool) Max(decimal? a, bool ai, decimal? b, bool bi) =>
        a is null ? (b, bi) : b is null ? (a, ai) : a > b ? (a, ai) : b > a ? (b, bi) : (a, ai && bi);

    private static (decimal?, bool) Min(decimal? a, bool ai, decimal? b, bool bi) =>
        a is null ? (b, bi) : b is null ? (a, ai) : a < b ? (a, ai) : b < a ? (b, bi) : (a, ai && bi);

    private ChecklistScale Checklist(ChecklistSpec spec, string code, decimal maximum, Provenance? provenance)
    {
        var criteria = new List<Criterion>();
        foreach (var (label, expression, condition) in spec.Criteria)
        {
            foreach (var missing in expression.MeasureIds.Where(m => _measures?.Contains(m) == false))
            {
                Add(RubricProblemKind.UnknownMeasure, code, $"criterion '{label}' reads '{missing}', which the dataset does not have");
            }

            if (condition.ToInterval(out var kind, out var message) is { } interval)
            {
                criteria.Add(new Criterion(label, expression, interval));
            }
            else
            {
                Add(kind!.Value, code, $"criterion '{label}': {message}");
            }
        }

        if (spec.Criteria.Count == 0)
        {
            Add(RubricProblemKind.InvalidScale, code, "checklist has no criteria");
        }

        if (spec.PointsByCount.Count != spec.Criteria.Count + 1)
        {
            Add(RubricProblemKind.InvalidScale, code, string.Create(CultureInfo.InvariantCulture,
                $"checklist of {spec.Criteria.Count} criteria needs {spec.Criteria.Count + 1} points values (for 0 … {spec.Criteria.Count} met), found {spec.PointsByCount.Count}"));
        }

        for (var i = 0; i < spec.PointsByCount.Count; i++)
        {
            CheckPoints(code, spec.PointsByCount[i], maximum, string.Create(CultureInfo.InvariantCulture, $"{i} criteria met"));
        }

        return new ChecklistScale(criteria, [.. spec.PointsByCount], provenance);
    }

    private PopulationBandScale Population(PopulationSpec spec, string code, decimal maximum, Provenance? provenance)
    {
        foreach (var band in spec.Bands)
        {
            CheckPoints(code, band.Points, maximum, string.Create(CultureInfo.InvariantCulture, $"band {band.Points}"));
            foreach (var cutoff in new[] { band.Lower, band.Upper })
            {
                if (cutoff is { Kind: CutoffKind.Percentile, Parameter: < 0 or > 100 })
                {
                    Add(RubricProblemKind.InvalidScale, code, string.Create(CultureInfo.InvariantCulture, $"percentile cut-off {cutoff} is outside 0–100"));
                }
            }

            // Cut-offs of one kind are ordered by their parameter whatever the population (a standard deviation is never
            // negative): P75 before P25, or mean+1SD before mean-1SD, is a band that can hold no value.
            if (band is { Lower: { } lower, Upper: { } upper } && lower.Kind == upper.Kind && lower.Kind != CutoffKind.MeanTimes
                && (lower.Parameter > upper.Parameter || (lower.Parameter == upper.Parameter && !(band.LowerInclusive && band.UpperInclusive))))
            {
                Add(RubricProblemKind.BoundsOutOfOrder, code, string.Create(CultureInfo.InvariantCulture, $"band {band.Points}: range {band.Range}: lower cut-off {lower} is not below upper cut-off {upper}"));
            }
        }

        if (spec.Otherwise is { } otherwise)
        {
            CheckPoints(code, otherwise, maximum, "the otherwise band");
        }

        if (spec.Bands.Count == 0)
        {
            Add(RubricProblemKind.InvalidScale, code, "has no population bands");
        }

        return new PopulationBandScale([.. spec.Bands], spec.Otherwise, spec.QuantileDefinition, provenance);
    }
}
