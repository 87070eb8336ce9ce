using System.Collections.Frozen;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Scoring;

/// <summary>
/// A rubric prepared for scoring: each indicator's scale per group is resolved once, so scoring a unit walks flat
/// arrays. Immutable and thread-safe; score as many measurement tables as you like.
/// </summary>
/// <remarks>
/// <para>A rubric reads measures by id: any table that declares them can be scored, whatever its units. Population-based
/// scales are resolved on each scored table (on all its units, or on the group's members for a group override) and the
/// cut-offs are frozen into the result; pass a result's <see cref="ScoringResult.FrozenScales"/> back to
/// <see cref="Score(MeasurementTable, IReadOnlyList{FrozenScale})"/> to score other data with the same cut-offs.</para>
/// <para>Points are exact decimals rounded to <see cref="Rubric.PointsDecimals"/> (half away from zero); totals are
/// exact sums. Ranks compare <see cref="ScoreCard.NormalizedTotal"/>, highest first, competition ranking.</para>
/// </remarks>
[Immutable]
public sealed class CompiledRubric
{
    private readonly FrozenDictionary<string, int> _indexByCode;

    internal CompiledRubric(Rubric rubric)
    {
        Rubric = rubric;
        MeasureIds = [.. rubric.Indicators.Where(i => i.IsScored)
            .SelectMany(i => (i.Measure?.MeasureIds ?? []).Concat(ChecklistMeasureIds(i.Scale)).Concat(i.GroupOverrides.SelectMany(o => ChecklistMeasureIds(o.Scale))))
            .Distinct(StringComparer.Ordinal)];
        Kernel = new ScoringKernel(rubric, MeasureIds);
        Texts = [.. Kernel.Indicators.Select(i => new IndicatorTexts(i))];
        _indexByCode = Kernel.Indicators.GroupBy(i => i.Definition.Code, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
    }

    /// <summary>The rubric.</summary>
    public Rubric Rubric { get; }

    /// <summary>The ids of the measures the rubric reads, in rubric order.</summary>
    public IReadOnlyList<string> MeasureIds { get; }

    internal ScoringKernel Kernel { get; }

    internal IReadOnlyList<IndicatorTexts> Texts { get; }

    /// <summary>Scores every unit of a measurement table.</summary>
    /// <param name="table">The measurements.</param>
    /// <returns>The score cards, ranks, frozen cut-offs and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.</exception>
    public ScoringResult Score(MeasurementTable table) => Score(table, []);

    /// <summary>Scores every unit, reusing the population cut-offs of an earlier run where given.</summary>
    /// <param name="table">The measurements.</param>
    /// <param name="frozen">Cut-offs to reuse (matched by indicator and group and rule); others are computed.</param>
    /// <returns>The score cards, ranks, the cut-offs used and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.</exception>
    public ScoringResult Score(MeasurementTable table, IReadOnlyList<FrozenScale> frozen)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(frozen);
        // Each measure's position in the table, found once: −1 for a measure the table does not hold.
        var measures = new int[MeasureIds.Count];
        List<string>? absent = null;
        for (var s = 0; s < measures.Length; s++)
        {
            measures[s] = table.Measures.IndexOfId(MeasureIds[s]);
            if (measures[s] < 0)
            {
                (absent ??= []).Add(MeasureIds[s]);
            }
        }

        if (absent is not null)
        {
            var readers = Kernel.Indicators.Where(i => ReadsAny(i.Definition, absent)).Select(i => i.Definition.Code);
            throw new ScoringException(null, null,
                $"'{table.Name}' does not hold {string.Join(", ", absent)}, which rubric '{Rubric.Name}' reads ({string.Join(", ", readers)}); add the measures to the data or drop the indicators.");
        }

        var (matrix, run) = Kernel.Score(table, measures, frozen);
        return new ScoringResult(this, matrix, run);
    }

    /// <summary>The position of an indicator in the rubric, or −1.</summary>
    internal int IndexOf(string code) => code is not null && _indexByCode.TryGetValue(code, out var index) ? index : -1;

    private static bool ReadsAny(Indicator indicator, List<string> ids) =>
        (indicator.Measure?.MeasureIds ?? []).Concat(ChecklistMeasureIds(indicator.Scale)).Any(ids.Contains);

    private static IEnumerable<string> ChecklistMeasureIds(Scale scale) =>
        scale is ChecklistScale checklist ? checklist.Criteria.SelectMany(c => c.Expression.MeasureIds) : [];
}

/// <summary>Scoring extensions on <see cref="Rubric"/>.</summary>
public static class RubricScoring
{
    /// <summary>Prepares a rubric for scoring.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The compiled rubric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    public static CompiledRubric Compile(this Rubric rubric) => new(Guard.Against.Null(rubric));

    /// <summary>Compiles the rubric and scores a measurement table.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="table">The measurements.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>, or a value or its points pass the decimal range.</exception>
    public static ScoringResult Score(this Rubric rubric, MeasurementTable table) => rubric.Compile().Score(table);
}
