using MathNet.Numerics.Statistics;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>Builds a band scale: <c>.Band(10, BandRange.From(30).To(50))</c>, <c>.Otherwise(0)</c>.</summary>
public sealed class BandScaleBuilder
{
    internal List<(decimal Points, BandRange[] Ranges, string? Label)> Bands { get; } = [];

    internal decimal? OtherwisePoints { get; private set; }

    /// <summary>Adds a points level for a union of ranges.</summary>
    /// <param name="points">The points.</param>
    /// <param name="ranges">One or more ranges (a union: "25–30 or 50–55").</param>
    /// <returns>This builder.</returns>
    public BandScaleBuilder Band(decimal points, params BandRange[] ranges)
    {
        Bands.Add((points, ranges ?? [], null));
        return this;
    }

    /// <summary>Points for a value in no band.</summary>
    /// <param name="points">The points.</param>
    /// <returns>This builder.</returns>
    public BandScaleBuilder Otherwise(decimal points)
    {
        OtherwisePoints = points;
        return this;
    }
}

/// <summary>Builds an ordinal scale of labelled categories: <c>.Category("① 1회 미만", 2.5m, BandRange.Below(1))</c>.</summary>
public sealed class CategoryScaleBuilder
{
    internal List<(decimal Points, BandRange[] Ranges, string? Label)> Categories { get; } = [];

    internal decimal? OtherwisePoints { get; private set; }

    /// <summary>Adds a named category.</summary>
    /// <param name="label">The category as printed; required.</param>
    /// <param name="points">The points.</param>
    /// <param name="range">The values of the category.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="label"/> is null, empty or white space: a category is named.</exception>
    public CategoryScaleBuilder Category(string label, decimal points, BandRange range)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("A category needs its label, as printed (for example '① 1회 미만').", nameof(label));
        }

        Categories.Add((points, [range], label));
        return this;
    }

    /// <summary>Points for a value in no category.</summary>
    /// <param name="points">The points.</param>
    /// <returns>This builder.</returns>
    public CategoryScaleBuilder Otherwise(decimal points)
    {
        OtherwisePoints = points;
        return this;
    }
}

/// <summary>Builds a checklist: criteria, then points by how many hold.</summary>
public sealed class ChecklistBuilder
{
    internal List<(string Label, MeasureExpression Expression, BandRange Condition)> Criteria { get; } = [];

    internal List<decimal> PointsByCount { get; } = [];

    /// <summary>Adds a criterion: holds when the expression lies in the range.</summary>
    /// <param name="label">What the criterion is.</param>
    /// <param name="expression">What it reads.</param>
    /// <param name="condition">When it holds.</param>
    /// <returns>This builder.</returns>
    public ChecklistBuilder Criterion(string label, MeasureExpression expression, BandRange condition)
    {
        Criteria.Add((label, expression, condition));
        return this;
    }

    /// <summary>Points when 0, 1, …, n criteria hold (n + 1 values).</summary>
    /// <param name="points">The points, starting with none holding.</param>
    /// <returns>This builder.</returns>
    public ChecklistBuilder PointsByCriteriaMet(params decimal[] points)
    {
        PointsByCount.Clear();
        PointsByCount.AddRange(points ?? []);
        return this;
    }
}

/// <summary>Builds bands whose edges are population statistics.</summary>
public sealed class PopulationBandBuilder
{
    internal List<PopulationBand> Bands { get; } = [];

    internal decimal? OtherwisePoints { get; private set; }

    internal QuantileDefinition QuantileDefinition { get; private set; } = QuantileConventions.Spss;

    /// <summary>Adds a band: <c>.Band(10, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75)))</c>.</summary>
    /// <param name="points">The points.</param>
    /// <param name="range">The band's range between cut-offs, in the vocabulary of <see cref="BandRange"/>.</param>
    /// <returns>This builder.</returns>
    public PopulationBandBuilder Band(decimal points, CutoffRange range)
    {
        Bands.Add(new PopulationBand(points, range.Lower, range.LowerInclusive, range.Upper, range.UpperInclusive));
        return this;
    }

    /// <summary>Points for a value in no band.</summary>
    /// <param name="points">The points.</param>
    /// <returns>This builder.</returns>
    public PopulationBandBuilder Otherwise(decimal points)
    {
        OtherwisePoints = points;
        return this;
    }

    /// <summary>The quantile definition for percentile cut-offs (SPSS's by default).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>This builder.</returns>
    public PopulationBandBuilder WithQuantileDefinition(QuantileDefinition definition)
    {
        QuantileDefinition = definition;
        return this;
    }
}

/// <summary>The builder-side form of a scale, kept raw so that <see cref="RubricBuilder.Build"/> can report every problem.</summary>
internal abstract record ScaleSpec(Provenance? Provenance)
{
    public static ScaleSpec From(Scale scale) => scale switch
    {
        BandScale b => new BandSpec(
            [.. b.Bands.Select(x => (x.Points, x.Intervals.Select(BandRange.FromInterval).ToArray(), x.Label))],
            b.OtherwisePoints, b.Kind == ScaleKind.Ordinal, b.Provenance),
        ChecklistScale c => new ChecklistSpec(
            [.. c.Criteria.Select(x => (x.Label, x.Expression, BandRange.FromInterval(x.Condition)))], [.. c.PointsByCount], c.Provenance),
        ProportionalScale p => new ProportionalSpec(p.ZeroAt, p.FullAt, p.Provenance),
        PopulationBandScale p => new PopulationSpec([.. p.Bands], p.OtherwisePoints, p.QuantileDefinition, p.Provenance),
        UnspecifiedScale u => new UnspecifiedSpec(u.Printed, u.Provenance),
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale.Kind, "Unknown scale kind."),
    };

    /// <summary>
    /// Rescales every points level from one maximum to another (reweighting keeps each value's share of the maximum).
    /// The old maximum maps exactly to the new one; other levels are rounded to 4 decimals, half away from zero. An
    /// assumption keeps its reason (the rule is the same, in shares of the maximum); a printed source (a table or page)
    /// does not print the new points, so it becomes an assumption that says so.
    /// </summary>
    public static ScaleSpec Rescale(ScaleSpec spec, decimal oldMaximum, decimal newMaximum)
    {
        decimal Map(decimal points) => points == oldMaximum ? newMaximum : Math.Round(points * newMaximum / oldMaximum, 4, MidpointRounding.AwayFromZero);
        decimal? MapOptional(decimal? points) => points is { } p ? Map(p) : null;
        var rescaled = spec switch
        {
            BandSpec b => b with { Bands = [.. b.Bands.Select(x => (Map(x.Points), x.Ranges, x.Label))], Otherwise = MapOptional(b.Otherwise) },
            ChecklistSpec c => c with { PointsByCount = [.. c.PointsByCount.Select(Map)] },
            PopulationSpec p => p with { Bands = [.. p.Bands.Select(x => x with { Points = Map(x.Points) })], Otherwise = MapOptional(p.Otherwise) },
            _ => spec, // Proportional scales take their maximum from the indicator; unspecified scales have no points.
        };
        return rescaled is not UnspecifiedSpec && rescaled.Provenance is { IsAssumption: false } printed
            ? rescaled with { Provenance = Provenance.FromAssumption(FormattableString.Invariant($"the scale of {printed} with its points rescaled from a maximum of {oldMaximum} to {newMaximum}")) }
            : rescaled;
    }

    /// <summary>The distinct finite band edges, in ascending order.</summary>
    public static IReadOnlyList<double> Edges(BandSpec spec) =>
        [.. spec.Bands.SelectMany(b => b.Ranges).SelectMany(r => new[] { r.Lower, r.Upper }).OfType<double>().Distinct().Order()];

    /// <summary>The kind of a scale specification, for messages: <c>Proportional</c>, <c>none</c>, ….</summary>
    public static string KindName(ScaleSpec? spec) => spec switch
    {
        null => "none (no scale is chosen)",
        BandSpec b => b.Ordinal ? nameof(ScaleKind.Ordinal) : nameof(ScaleKind.Bands),
        ChecklistSpec => nameof(ScaleKind.Checklist),
        ProportionalSpec => nameof(ScaleKind.Proportional),
        PopulationSpec => nameof(ScaleKind.PopulationBands),
        _ => nameof(ScaleKind.Unspecified),
    };

    /// <summary>Maps every finite band edge.</summary>
    public static BandSpec MapEdges(BandSpec spec, Func<double, double> map) => spec with
    {
        Bands = [.. spec.Bands.Select(b => (b.Points, b.Ranges.Select(r => r with { Lower = r.Lower is { } lo ? map(lo) : null, Upper = r.Upper is { } hi ? map(hi) : null }).ToArray(), b.Label))],
    };
}

internal sealed record BandSpec(
    IReadOnlyList<(decimal Points, BandRange[] Ranges, string? Label)> Bands, decimal? Otherwise, bool Ordinal, Provenance? Provenance)
    : ScaleSpec(Provenance);

internal sealed record ChecklistSpec(
    IReadOnlyList<(string Label, MeasureExpression Expression, BandRange Condition)> Criteria, IReadOnlyList<decimal> PointsByCount, Provenance? Provenance)
    : ScaleSpec(Provenance);

internal sealed record ProportionalSpec(decimal ZeroAt, decimal FullAt, Provenance? Provenance) : ScaleSpec(Provenance);

internal sealed record PopulationSpec(IReadOnlyList<PopulationBand> Bands, decimal? Otherwise, QuantileDefinition QuantileDefinition, Provenance? Provenance)
    : ScaleSpec(Provenance);

internal sealed record UnspecifiedSpec(string Printed, Provenance? Provenance) : ScaleSpec(Provenance);
