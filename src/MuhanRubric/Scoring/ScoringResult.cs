using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Scoring;

/// <summary>A population cut-off as computed in one scoring run.</summary>
/// <param name="Cutoff">The rule (for example <c>P25</c>).</param>
/// <param name="Value">The value it had on the scored population.</param>
[Immutable]
public sealed record FrozenCutoff(Cutoff Cutoff, decimal Value);

/// <summary>Whether two runs of a population-based scale differ by rule, by data, or not at all.</summary>
public enum CutoffChange
{
    /// <summary>Same rule, same cut-off values.</summary>
    None,

    /// <summary>The scale's definition changed.</summary>
    RuleChanged,

    /// <summary>Same rule; the population gave other cut-off values.</summary>
    DataChanged,
}

/// <summary>The cut-offs a population-based scale used in one run, frozen into the result.</summary>
/// <param name="IndicatorCode">The indicator.</param>
/// <param name="Group">The group override, or null for the indicator's own scale.</param>
/// <param name="Rule">The scale's definition (<see cref="Scale.Describe"/>).</param>
/// <param name="Cutoffs">Every cut-off with its value, in band order.</param>
/// <param name="Resolved">The fixed bands the run scored with.</param>
[Immutable]
public sealed record FrozenScale(string IndicatorCode, string? Group, string Rule, IReadOnlyList<FrozenCutoff> Cutoffs, string Resolved)
{
    /// <summary>Every cut-off with its value, in band order.</summary>
    public IReadOnlyList<FrozenCutoff> Cutoffs { get; init => field = value.ToImmutableArray(); } = Cutoffs.ToImmutableArray();

    /// <summary>Tells "the rule changed" from "the data changed" between two runs.</summary>
    /// <param name="earlier">The earlier run's frozen scale.</param>
    /// <param name="later">The later run's.</param>
    /// <returns>What changed.</returns>
    public static CutoffChange Compare(FrozenScale earlier, FrozenScale later)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(later);
        return earlier.Rule != later.Rule ? CutoffChange.RuleChanged
            : earlier.Cutoffs.Select(c => c.Value).SequenceEqual(later.Cutoffs.Select(c => c.Value)) ? CutoffChange.None
            : CutoffChange.DataChanged;
    }

    /// <inheritdoc/>
    public bool Equals(FrozenScale? other) =>
        other is not null && IndicatorCode == other.IndicatorCode && Group == other.Group && Rule == other.Rule && Resolved == other.Resolved && Cutoffs.SequenceEqual(other.Cutoffs);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IndicatorCode, Group, Rule, Resolved);
}

/// <summary>The score cards of one run, the ranking, and the population cut-offs it used.</summary>
/// <remarks>
/// Immutable and thread-safe. The numbers are <see cref="Matrix"/>; score cards, explanations, warnings and frozen
/// scales are views rendered from it when first read. <see cref="ToText"/> is a stable plain-text report (invariant culture).
/// </remarks>
[Immutable]
public sealed class ScoringResult
{
    private IReadOnlyList<ScoreCard>? _cards;
    private IReadOnlyList<ScoringWarning>? _warnings;
    private IReadOnlyList<FrozenScale>? _frozen;
    private readonly BandScale?[] _populationBands;
    private readonly bool[] _populationBandsMade;

    internal ScoringResult(CompiledRubric compiled, ScoreMatrix matrix, ScoringRun run)
    {
        Compiled = compiled;
        Measurements = run.Table;
        Matrix = matrix;
        Run = run;
        _populationBands = new BandScale?[run.Populations.Length];
        _populationBandsMade = new bool[run.Populations.Length];
    }

    /// <summary>The rubric scored.</summary>
    public Rubric Rubric => Compiled.Rubric;

    /// <summary>The measurements scored (their name and period label the result).</summary>
    public MeasurementTable Measurements { get; }

    /// <summary>The numbers of the run, without text: points, maxima, statuses and bands per unit and indicator, totals and ranks.</summary>
    public ScoreMatrix Matrix { get; }

    /// <summary>
    /// What a reader of the result must know: shares that had to be treated as missing, values outside a measure's
    /// expected range, indicators left out for some units but not others, units without data, empty groups.
    /// </summary>
    public IReadOnlyList<ScoringWarning> Warnings => Volatile.Read(ref _warnings) ?? Publish(ref _warnings, ScoringWarnings.Collect(this));

    /// <summary>The score cards in the table's unit order.</summary>
    public IReadOnlyList<ScoreCard> Cards => Volatile.Read(ref _cards) ?? Publish(ref _cards, [.. Enumerable.Range(0, Matrix.UnitCount).Select(u => new ScoreCard(this, u))]);

    /// <summary>The score cards by rank (ties in the table's unit order).</summary>
    public IReadOnlyList<ScoreCard> Ranked => [.. Cards.OrderBy(c => c.Rank)];

    /// <summary>The cut-offs each population-based scale used, so the run can be reproduced and compared.</summary>
    public IReadOnlyList<FrozenScale> FrozenScales => Volatile.Read(ref _frozen) ?? Publish(ref _frozen, [.. Kernel.PopulationSlots.Select((slot, p) => slot.Frozen(Run.Populations[p]))]);

    internal CompiledRubric Compiled { get; }

    internal ScoringKernel Kernel => Compiled.Kernel;

    internal IReadOnlyList<IndicatorTexts> Texts => Compiled.Texts;

    internal ScoringRun Run { get; }

    /// <summary>The card of one municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>Its card.</returns>
    /// <exception cref="KeyNotFoundException">It was not scored.</exception>
    public ScoreCard this[Municipality municipality] =>
        municipality is not null && Measurements.Units.IndexOf(municipality) is var u and >= 0 ? Cards[u] : throw new KeyNotFoundException($"{municipality} was not scored.");

    /// <summary>The fixed bands a population slot scored with on this table (for explanations); null when not computable.</summary>
    internal BandScale? PopulationBands(int slot)
    {
        lock (_populationBands)
        {
            if (!_populationBandsMade[slot])
            {
                _populationBands[slot] = Kernel.PopulationSlots[slot].Bands(Run.Populations[slot]);
                _populationBandsMade[slot] = true;
            }

            return _populationBands[slot];
        }
    }

    /// <summary>The rank table: rank, municipality, area subtotals (of areas that score), total, maximum, normalized total.</summary>
    /// <returns>Plain text, one municipality per line.</returns>
    public string RankTable()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{"rank",4}  {"municipality",-16}");
        // Areas that score nothing (area D of the 2016 reference rubric) would only print a column of zeros.
        var scored = Rubric.Areas.Where(a => a.MaximumPoints > 0).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var area in Rubric.Areas.Where(a => scored.Contains(a.Code)))
        {
            text.Append(CultureInfo.InvariantCulture, $"{area.Code + " /" + area.MaximumPoints.ToString("0.00", CultureInfo.InvariantCulture),10}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{"total",9}{"max",8}{"normalized",12}");
        foreach (var card in Ranked)
        {
            text.Append(CultureInfo.InvariantCulture, $"{card.Rank,4}  {card.Municipality.Code,-16}");
            foreach (var area in card.Areas.Where(a => scored.Contains(a.Code)))
            {
                text.Append(CultureInfo.InvariantCulture, $"{area.Points,10:0.00}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{card.Total,9:0.00}{card.MaximumPoints,8:0.00}{card.NormalizedTotal,12:0.00}");
        }

        return text.ToString();
    }

    /// <summary>The full report: the rank table, the frozen cut-offs, every card with every explanation, then the warnings.</summary>
    /// <returns>Plain text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Rubric.Name}: maximum {Rubric.MaximumPoints:0.00}");
        text.Append(RankTable());
        foreach (var frozen in FrozenScales)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"frozen {frozen.IndicatorCode}{(frozen.Group is null ? string.Empty : " [" + frozen.Group + "]")}: {string.Join(", ", frozen.Cutoffs.Select(c => c.Cutoff + "=" + c.Value.ToString("0.####", CultureInfo.InvariantCulture)))} → {frozen.Resolved}");
        }

        foreach (var card in Cards)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"## {card.Municipality.Code} {card.Municipality.KoreanName}: {card.Total:0.00} / {card.MaximumPoints:0.00} (normalized {card.NormalizedTotal:0.00}, rank {card.Rank})");
            foreach (var indicator in card.Indicators)
            {
                text.AppendLine(indicator.Explanation);
                text.AppendLine(indicator.KoreanExplanation);
            }
        }

        if (Warnings.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## warnings");
            foreach (var warning in Warnings)
            {
                text.AppendLine(warning.Message);
            }
        }

        return text.ToString();
    }
    // Views are made once, on first read; two threads may both make one, and one is kept.
    private static IReadOnlyList<T> Publish<T>(ref IReadOnlyList<T>? field, IReadOnlyList<T> items)
    {
        Interlocked.CompareExchange(ref field, items, null);
        return field!;
    }
}

/// <summary>
/// Scoring stopped: the measurements lack a measure the rubric reads, an indicator's value is missing and its policy
/// is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.
/// </summary>
[Immutable]
public sealed class ScoringException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="municipality">The unit, when the problem is one unit's.</param>
    /// <param name="indicatorCode">The indicator, when the problem is one indicator's.</param>
    /// <param name="message">What happened.</param>
    public ScoringException(Municipality? municipality, string? indicatorCode, string message)
        : base(message)
    {
        Municipality = municipality;
        IndicatorCode = indicatorCode;
    }

    /// <summary>The unit, when the problem is one unit's.</summary>
    public Municipality? Municipality { get; }

    /// <summary>The indicator, when the problem is one indicator's.</summary>
    public string? IndicatorCode { get; }
}
