using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;

namespace MuhanRubric.Scoring;

/// <summary>
/// A population-based scale of one indicator (its own or a group override's): each scored table resolves its cut-offs
/// on the table's units, or reuses frozen ones, into a band table the kernel scores with.
/// </summary>
internal sealed class PopulationSlot
{
    /// <summary>What a frozen scale records when its cut-offs could not be computed.</summary>
    public const string NotComputable = "not computable";

    public PopulationSlot(KernelIndicator indicator, int variant, PopulationBandScale scale)
    {
        Indicator = indicator;
        Variant = variant;
        Scale = scale;
        Rule = scale.Describe();
        Cutoffs = scale.Cutoffs;
    }

    public KernelIndicator Indicator { get; }

    public int Variant { get; }

    public string? Group => Indicator.Variants[Variant].Group;

    public PopulationBandScale Scale { get; }

    /// <summary>The scale's definition, as frozen scales record it (described once, at compile time).</summary>
    public string Rule { get; }

    /// <summary>The distinct cut-offs, in band order.</summary>
    public IReadOnlyList<Cutoff> Cutoffs { get; }

    /// <summary>Resolves the cut-offs on a table, reusing a frozen scale of the same indicator, group and rule if given.</summary>
    public PopulationResolution Resolve(MeasurementTable table, int[] measures, IReadOnlyList<FrozenScale> frozen)
    {
        var code = Indicator.Definition.Code;
        for (var f = 0; f < frozen.Count; f++)
        {
            var reuse = frozen[f];
            if (reuse.IndicatorCode == code && reuse.Group == Group && reuse.Rule == Rule)
            {
                // Cut-offs the earlier run could not compute were frozen as 0: reusing them would score on made-up edges.
                if (reuse.Resolved == NotComputable)
                {
                    return new PopulationResolution(null, null, reuse);
                }

                // The same rule as for computed cut-offs, so labels, collapsed bands and hits read the same either way.
                var given = reuse.Cutoffs.ToDictionary(c => c.Cutoff, c => c.Value);
                var reused = Scale.ResolveIntervals(c => given.TryGetValue(c, out var v) ? v : null);
                return new PopulationResolution(reused is null ? null : BandTable<decimal>.From(reused), null, reuse);
            }
        }

        var sample = Sample(table, measures);
        var values = new decimal?[Cutoffs.Count];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = Cutoffs[c].Resolve(sample);
        }

        var intervals = Scale.ResolveIntervals(c => ValueOf(values, c));
        return new PopulationResolution(intervals is null ? null : BandTable<decimal>.From(intervals), values, null);
    }

    /// <summary>The fixed bands a resolution scored with, for reports; null when the cut-offs were not computable.</summary>
    public BandScale? Bands(PopulationResolution resolution)
    {
        if (resolution.Reused is { } reuse)
        {
            if (reuse.Resolved == NotComputable)
            {
                return null;
            }

            var given = reuse.Cutoffs.ToDictionary(c => c.Cutoff, c => c.Value);
            return Scale.Resolve(c => given.TryGetValue(c, out var v) ? v : null);
        }

        return Scale.Resolve(c => ValueOf(resolution.Values!, c));
    }

    /// <summary>The frozen record of a resolution: the reused one, or the cut-offs computed on the table.</summary>
    public FrozenScale Frozen(PopulationResolution resolution) =>
        resolution.Reused ?? new FrozenScale(
            Indicator.Definition.Code,
            Group,
            Rule,
            [.. Cutoffs.Select((c, k) => new FrozenCutoff(c, resolution.Values![k] ?? 0m))],
            Bands(resolution)?.Describe() ?? NotComputable);

    private decimal? ValueOf(decimal?[] values, Cutoff cutoff)
    {
        for (var c = 0; c < values.Length; c++)
        {
            if (Cutoffs[c] == cutoff)
            {
                return values[c];
            }
        }

        return null;
    }

    /// <summary>The values the cut-offs are statistics of: the group's units (or all), less those the indicator does not apply to.</summary>
    private SortedSample Sample(MeasurementTable table, int[] measures)
    {
        var values = new double[table.Units.Count];
        var count = 0;
        var group = Group;
        for (var u = 0; u < values.Length; u++)
        {
            var unit = table.Units[u];
            if ((group is not null && !Indicator.IsInGroup(unit, group)) || Indicator.IsDeclaredNotApplicable(unit))
            {
                continue;
            }

            decimal? value;
            try
            {
                value = Indicator.Measure is { } measure
                    ? measure.TryEvaluate(table, u, measures, out var read, out _) ? read : null
                    : Indicator.Definition.Measure?.Evaluate(table.Rows[u]).Value;
            }
            catch (OverflowException)
            {
                throw ScoringKernel.Overflow(unit, Indicator.Definition);
            }

            if (value is { } present)
            {
                values[count++] = (double)present;
            }
        }

        var sorted = count == values.Length ? values : values[..count];
        Array.Sort(sorted);
        return new SortedSample(sorted, Scale.QuantileDefinition);
    }
}

/// <summary>How one scored table resolved a population slot: the band table (null when not computable), the cut-off values computed, or the frozen scale reused.</summary>
internal sealed record PopulationResolution(BandTable<decimal>? Table, decimal?[]? Values, FrozenScale? Reused);
