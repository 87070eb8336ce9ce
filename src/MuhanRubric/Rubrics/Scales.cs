using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using MathNet.Numerics.Statistics;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>The kinds of scale a rubric can use.</summary>
public enum ScaleKind
{
    /// <summary>Numeric bands, each a union of intervals, to points.</summary>
    Bands,

    /// <summary>Ordered named categories (①, ②, …), each an interval, to points.</summary>
    Ordinal,

    /// <summary>Points by how many criteria hold.</summary>
    Checklist,

    /// <summary>A share of the maximum, linear between a zero point and a full point.</summary>
    Proportional,

    /// <summary>Bands whose edges are population statistics (percentiles, mean ± k·SD, a multiple of the mean).</summary>
    PopulationBands,

    /// <summary>The report names the indicator but does not print how values turn into points.</summary>
    Unspecified,
}

/// <summary>How a value turns into points. Scales are immutable data: they serialize, diff and round-trip.</summary>
[Immutable]
public abstract class Scale
{
    private protected Scale(Provenance? provenance) => Provenance = provenance;

    /// <summary>The kind of scale.</summary>
    public abstract ScaleKind Kind { get; }

    /// <summary>
    /// Where the scale comes from (table and page, or an assumption with its reason); null only in a rubric that
    /// accepted <see cref="RubricProblemKind.MissingProvenance"/> as a warning.
    /// </summary>
    public Provenance? Provenance { get; }

    /// <summary>The largest number of points the scale can give.</summary>
    public abstract decimal MaximumPoints { get; }

    /// <summary>A canonical one-line description, used for diffs (for example <c>10 for [30, 50); 8 for [25, 30) ∪ [50, 55)</c>).</summary>
    /// <returns>The description.</returns>
    public abstract string Describe();

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Describe()}";
}

/// <summary>One points level of a band or ordinal scale: a union of intervals.</summary>
/// <param name="Points">The points.</param>
/// <param name="Intervals">The intervals, at least one.</param>
/// <param name="Label">An optional label (the ordinal category, for example <c>④ 2회 이상</c>).</param>
[Immutable]
public sealed record Band(decimal Points, IReadOnlyList<Interval> Intervals, string? Label = null)
{
    /// <summary>The intervals, at least one (a copy of the list given).</summary>
    public IReadOnlyList<Interval> Intervals { get; init => field = value.ToImmutableArray(); } = Intervals.ToImmutableArray();

    /// <summary>Whether a value falls in the band.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when in one of the intervals.</returns>
    public bool Contains(decimal value)
    {
        for (var i = 0; i < Intervals.Count; i++)
        {
            if (Intervals[i].Contains(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For example <c>8 for [25, 30) ∪ [50, 55)</c>.</summary>
    /// <returns>The band as text.</returns>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Points} for {string.Join(" ∪ ", Intervals)}{(Label is null ? string.Empty : $" «{Label}»")}");

    /// <inheritdoc/>
    public bool Equals(Band? other) => other is not null && Points == other.Points && Label == other.Label && Intervals.SequenceEqual(other.Intervals);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Points, Label, Intervals.Count);
}

/// <summary>Numeric bands to points, with an optional points level for values in no band.</summary>
[Immutable]
public sealed class BandScale : Scale
{
    internal BandScale(IReadOnlyList<Band> bands, decimal? otherwisePoints, Provenance? provenance, ScaleKind kind = ScaleKind.Bands)
        : base(provenance)
    {
        Bands = bands.ToImmutableArray();
        OtherwisePoints = otherwisePoints;
        Kind = kind;
    }

    /// <inheritdoc/>
    public override ScaleKind Kind { get; }

    /// <summary>The bands (for an ordinal scale, the categories in order).</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>Points for a value in no band; null when such a value scores 0 and is flagged.</summary>
    public decimal? OtherwisePoints { get; }

    /// <inheritdoc/>
    public override decimal MaximumPoints => Bands.Select(b => b.Points).Append(OtherwisePoints ?? 0m).Max();

    /// <inheritdoc/>
    public override string Describe() =>
        string.Join("; ", Bands.Select(b => b.Describe())) + (OtherwisePoints is { } p ? string.Create(CultureInfo.InvariantCulture, $"; otherwise {p}") : string.Empty);
}

/// <summary>A criterion of a checklist: holds when an expression lies in an interval.</summary>
/// <param name="Label">What the criterion is, for example <c>사회복지업무 3년 이상 경험자</c>.</param>
/// <param name="Expression">What it reads.</param>
/// <param name="Condition">When it holds.</param>
[Immutable]
public sealed record Criterion(string Label, MeasureExpression Expression, Interval Condition)
{
    /// <summary>For example <c>CenterHeadCertified in [1, ∞)</c>.</summary>
    /// <returns>The criterion as text.</returns>
    public string Describe() => $"{Expression} in {Condition} «{Label}»";
}

/// <summary>Points by how many criteria hold.</summary>
[Immutable]
public sealed class ChecklistScale : Scale
{
    internal ChecklistScale(IReadOnlyList<Criterion> criteria, IReadOnlyList<decimal> pointsByCount, Provenance? provenance)
        : base(provenance)
    {
        Criteria = criteria.ToImmutableArray();
        PointsByCount = pointsByCount.ToImmutableArray();
    }

    /// <inheritdoc/>
    public override ScaleKind Kind => ScaleKind.Checklist;

    /// <summary>The criteria, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Points when 0, 1, …, n criteria hold (n + 1 entries).</summary>
    public IReadOnlyList<decimal> PointsByCount { get; }

    /// <inheritdoc/>
    public override decimal MaximumPoints => PointsByCount.Count == 0 ? 0m : PointsByCount.Max();

    /// <inheritdoc/>
    public override string Describe() =>
        string.Join(" & ", Criteria.Select(c => c.Describe())) + " → " +
        string.Join(", ", PointsByCount.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{i}:{p}")));
}

/// <summary>
/// A share of the maximum: 0 points at <see cref="ZeroAt"/>, the maximum at <see cref="FullAt"/>, linear between,
/// clamped outside. <c>ZeroAt</c> above <c>FullAt</c> scores lower values higher.
/// </summary>
[Immutable]
public sealed class ProportionalScale : Scale
{
    internal ProportionalScale(decimal zeroAt, decimal fullAt, decimal maximumPoints, Provenance? provenance)
        : base(provenance)
    {
        ZeroAt = zeroAt;
        FullAt = fullAt;
        MaximumPointsValue = maximumPoints;
        // Computed once, for PointsFor, which the scoring kernel calls per unit: the span's sign and size, and whether
        // the scale starts at 0 (the numerator is then the value itself).
        _zeroAtZero = zeroAt == 0m;
        _descending = fullAt < zeroAt;
        _span = _descending ? zeroAt - fullAt : fullAt - zeroAt;
    }

    private readonly bool _zeroAtZero;
    private readonly bool _descending;
    private readonly decimal _span;

    /// <inheritdoc/>
    public override ScaleKind Kind => ScaleKind.Proportional;

    /// <summary>The value that earns no points.</summary>
    public decimal ZeroAt { get; }

    /// <summary>The value that earns the maximum.</summary>
    public decimal FullAt { get; }

    internal decimal MaximumPointsValue { get; }

    /// <inheritdoc/>
    public override decimal MaximumPoints => MaximumPointsValue;

    /// <summary>The unrounded points of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Points in [0, maximum].</returns>
    public decimal PointsFor(decimal value) => PointsForWhole(value, MaximumPointsValue);

    /// <summary>The unrounded points of a whole value out of <paramref name="maximum"/>: <see cref="PointsFor(Quotient, decimal)"/> with denominator 1.</summary>
    internal decimal PointsForWhole(decimal value, decimal maximum) =>
        PointsOfShare(_zeroAtZero ? value : value - ZeroAt, _span, maximum);

    /// <summary>
    /// The unrounded points of an exact quotient out of <paramref name="maximum"/> (the indicator's, or a group's):
    /// <c>maximum × (value − zero) ÷ (full − zero)</c>, clamped, multiplied out before the one division so a value
    /// such as 125 ÷ 6 % of 9 points is exactly 1.875. The scoring kernel's rule.
    /// </summary>
    internal decimal PointsFor(Quotient value, decimal maximum) => value.IsWhole
        ? PointsForWhole(value.Numerator, maximum)
        : PointsOfShare(_zeroAtZero ? value.Numerator : value.Numerator - (ZeroAt * value.Denominator), value.Denominator * _span, maximum);

    /// <summary>
    /// <c>maximum × numerator ÷ denominator</c> for the share (value − zero) ÷ (full − zero) written over a positive
    /// denominator (a quotient's denominator is positive), clamped to [0, maximum].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // The scoring kernel calls it once per proportional cell.
    private decimal PointsOfShare(decimal numerator, decimal denominator, decimal maximum)
    {
        if (_descending)
        {
            numerator = -numerator;
        }

        // At the ends the share is 0 or 1 exactly: no division (the common case for shares of 0 % and 100 %).
        if (numerator <= 0 || numerator >= denominator)
        {
            return maximum * (numerator <= 0 ? 0m : 1m);
        }

        // Multiplied out first and divided once, so the division's is the one rounding (at 28 significant digits). A
        // divided-out share rounds twice, and its check "share × denominator = numerator" can pass when it is not exact:
        // 0 at 18.5 and 33 at 79 give 239 ÷ 4 a share of 165 ÷ 242 = 0.6818…18, whose product with 242 rounds to 165, and
        // 33 × that share is 22.4999…, which rounds to 22, not the 23 of the exact 22.5.
        return maximum * numerator / denominator;
    }

    /// <inheritdoc/>
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"0 at {ZeroAt}, {MaximumPointsValue} at {FullAt}, linear, clamped");
}

/// <summary>The kinds of population cut-off.</summary>
public enum CutoffKind
{
    /// <summary>A fixed value.</summary>
    Value,

    /// <summary>A percentile of the scored municipalities (with the scale's quantile definition).</summary>
    Percentile,

    /// <summary>The mean plus k sample standard deviations (k may be negative).</summary>
    MeanPlusStandardDeviations,

    /// <summary>A multiple of the mean (1.0 is the mean itself).</summary>
    MeanTimes,
}

/// <summary>A band edge computed from the scored population.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Parameter">The value, percentile (0–100), k, or factor.</param>
[Immutable]
public sealed record Cutoff(CutoffKind Kind, decimal Parameter)
{
    /// <summary>The p-th percentile.</summary>
    /// <param name="percentile">0–100.</param>
    /// <returns>The cut-off.</returns>
    public static Cutoff Percentile(decimal percentile) => new(CutoffKind.Percentile, percentile);

    /// <summary>Mean + k·SD (sample SD).</summary>
    /// <param name="k">The number of standard deviations; negative below the mean.</param>
    /// <returns>The cut-off.</returns>
    public static Cutoff MeanPlusStandardDeviations(decimal k) => new(CutoffKind.MeanPlusStandardDeviations, k);

    /// <summary>factor × mean.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The cut-off.</returns>
    public static Cutoff MeanTimes(decimal factor) => new(CutoffKind.MeanTimes, factor);

    /// <summary>A fixed value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cut-off.</returns>
    public static Cutoff Fixed(decimal value) => new(CutoffKind.Value, value);

    /// <summary>Computes the cut-off on a population (rounded to six decimals).</summary>
    /// <param name="population">The description of the scored municipalities' values.</param>
    /// <returns>The value, or null when the population cannot give it (too few values).</returns>
    public decimal? Resolve(Descriptives population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return Resolve(population.Sample);
    }

    /// <summary>Computes the cut-off on sorted values: the one rule for <see cref="Descriptives"/> and for scoring.</summary>
    internal decimal? Resolve(SortedSample population)
    {
        double? value = Kind switch
        {
            CutoffKind.Value => (double)Parameter,
            CutoffKind.Percentile => population.Percentile((double)Parameter),
            CutoffKind.MeanPlusStandardDeviations => population.Mean + ((double)Parameter * population.StandardDeviation),
            _ => population.Mean * (double)Parameter,
        };
        // Statistics are computed in double precision; six decimals keep the frozen cut-off exact and readable.
        return value is { } v && double.IsFinite(v) ? Math.Round((decimal)v, 6, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>For example <c>P25</c>, <c>mean+1SD</c>, <c>1.2×mean</c>, <c>30</c>.</summary>
    /// <returns>The cut-off as text.</returns>
    public override string ToString() => Kind switch
    {
        CutoffKind.Value => Parameter.ToString(CultureInfo.InvariantCulture),
        CutoffKind.Percentile => string.Create(CultureInfo.InvariantCulture, $"P{Parameter}"),
        CutoffKind.MeanPlusStandardDeviations => string.Create(CultureInfo.InvariantCulture, $"mean{(Parameter < 0 ? "-" : "+")}{Math.Abs(Parameter)}SD"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Parameter}×mean"),
    };

    /// <summary>For example <c>P25</c>, <c>평균+1SD</c>, <c>평균×1.2</c>, <c>30</c>: the notation of <see cref="ToString"/> for Korean readers.</summary>
    /// <returns>The cut-off as Korean text.</returns>
    public string ToKoreanString() => Kind switch
    {
        CutoffKind.MeanPlusStandardDeviations => string.Create(CultureInfo.InvariantCulture, $"평균{(Parameter < 0 ? "-" : "+")}{Math.Abs(Parameter)}SD"),
        CutoffKind.MeanTimes => string.Create(CultureInfo.InvariantCulture, $"평균×{Parameter}"),
        _ => ToString(),
    };
}

/// <summary>A band whose edges are population cut-offs; a null edge is open-ended.</summary>
/// <param name="Points">The points.</param>
/// <param name="Lower">The lower edge, or null.</param>
/// <param name="LowerInclusive">Whether the lower edge belongs to the band.</param>
/// <param name="Upper">The upper edge, or null.</param>
/// <param name="UpperInclusive">Whether the upper edge belongs to the band.</param>
/// <param name="Label">An optional label.</param>
[Immutable]
public sealed record PopulationBand(decimal Points, Cutoff? Lower, bool LowerInclusive, Cutoff? Upper, bool UpperInclusive, string? Label = null)
{
    /// <summary>The band's range, in the vocabulary the DSL writes it.</summary>
    public CutoffRange Range => new(Lower, LowerInclusive, Upper, UpperInclusive);

    /// <summary>For example <c>10 for [P25, P75]</c>.</summary>
    /// <returns>The band as text.</returns>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Points} for {(LowerInclusive && Lower is not null ? "[" : "(")}{Lower?.ToString() ?? "-∞"}, {Upper?.ToString() ?? "∞"}{(UpperInclusive && Upper is not null ? "]" : ")")}");
}

/// <summary>
/// Bands whose edges are statistics of the scored municipalities (P25–P75, mean ± k·SD, relative to the mean).
/// Each scoring run computes the edges once and freezes them into its result.
/// </summary>
[Immutable]
public sealed class PopulationBandScale : Scale
{
    internal PopulationBandScale(IReadOnlyList<PopulationBand> bands, decimal? otherwisePoints, QuantileDefinition quantileDefinition, Provenance? provenance)
        : base(provenance)
    {
        Bands = bands.ToImmutableArray();
        OtherwisePoints = otherwisePoints;
        QuantileDefinition = quantileDefinition;
    }

    /// <inheritdoc/>
    public override ScaleKind Kind => ScaleKind.PopulationBands;

    /// <summary>The bands.</summary>
    public IReadOnlyList<PopulationBand> Bands { get; }

    /// <summary>Points for a value in no band.</summary>
    public decimal? OtherwisePoints { get; }

    /// <summary>The quantile definition of percentile cut-offs (SPSS's by default).</summary>
    public QuantileDefinition QuantileDefinition { get; }

    /// <inheritdoc/>
    public override decimal MaximumPoints => Bands.Select(b => b.Points).Append(OtherwisePoints ?? 0m).Max();

    /// <summary>Turns the cut-offs into fixed bands on a population.</summary>
    /// <param name="population">The scored values.</param>
    /// <returns>The fixed scale, or null when a cut-off cannot be computed.</returns>
    public BandScale? Resolve(Descriptives population)
    {
        ArgumentNullException.ThrowIfNull(population);
        return Resolve(cutoff => cutoff.Resolve(population));
    }

    /// <summary>Turns the cut-offs into fixed bands, given each cut-off's value: the one rule for computed and frozen cut-offs.</summary>
    /// <param name="valueOf">A cut-off's value, or null when it is unknown.</param>
    /// <returns>The fixed scale, or null when a cut-off has no value.</returns>
    internal BandScale? Resolve(Func<Cutoff, decimal?> valueOf)
    {
        var intervals = ResolveIntervals(valueOf);
        return intervals is null
            ? null
            : new BandScale([.. intervals.Select(x => new Band(Bands[x.Band].Points, [x.Interval], Bands[x.Band].Label ?? Bands[x.Band].Describe()))], OtherwisePoints, Provenance);
    }

    /// <summary>
    /// The interval of each band that holds values on a population, with the band's position in <see cref="Bands"/>;
    /// null when a cut-off has no value. The scoring kernel scores with these intervals, reports render the
    /// <see cref="BandScale"/> built from them.
    /// </summary>
    internal List<(int Band, Interval Interval)>? ResolveIntervals(Func<Cutoff, decimal?> valueOf)
    {
        var intervals = new List<(int, Interval)>(Bands.Count);
        for (var b = 0; b < Bands.Count; b++)
        {
            var band = Bands[b];
            decimal? lower = null, upper = null;
            if (band.Lower is { } lo && (lower = valueOf(lo)) is null)
            {
                return null;
            }

            if (band.Upper is { } hi && (upper = valueOf(hi)) is null)
            {
                return null;
            }

            if (lower is { } l && upper is { } u && (l > u || (l == u && !(band.LowerInclusive && band.UpperInclusive))))
            {
                continue; // The population collapses the band (for example P25 = P75 with an open side): it holds no value.
            }

            intervals.Add((b, new Interval(lower, band.LowerInclusive, upper, band.UpperInclusive)));
        }

        return intervals;
    }

    /// <summary>The distinct cut-offs of the bands, lower before upper, in band order.</summary>
    internal IReadOnlyList<Cutoff> Cutoffs => [.. Bands.SelectMany(b => new[] { b.Lower, b.Upper }).OfType<Cutoff>().Distinct()];

    /// <inheritdoc/>
    public override string Describe() =>
        string.Join("; ", Bands.Select(b => b.Describe())) + (OtherwisePoints is { } p ? string.Create(CultureInfo.InvariantCulture, $"; otherwise {p}") : string.Empty)
        + $" ({QuantileDefinition})";
}

/// <summary>A scale the report does not print: the indicator cannot be scored.</summary>
[Immutable]
public sealed class UnspecifiedScale : Scale
{
    internal UnspecifiedScale(string printed, Provenance? provenance)
        : base(provenance) => Printed = printed;

    /// <inheritdoc/>
    public override ScaleKind Kind => ScaleKind.Unspecified;

    /// <summary>What the report prints instead of a scale.</summary>
    public string Printed { get; }

    /// <inheritdoc/>
    public override decimal MaximumPoints => 0m;

    /// <inheritdoc/>
    public override string Describe() => $"unspecified: {Printed}";
}
