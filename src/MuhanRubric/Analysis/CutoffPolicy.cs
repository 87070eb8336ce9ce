namespace MuhanRubric.Analysis;

/// <summary>Where the cut-offs of population-based scales (percentiles, means) come from when several years are scored.</summary>
public enum CutoffPolicy
{
    /// <summary>
    /// Each year's cut-offs are computed on that year's units: a unit's band can move because the other units moved.
    /// </summary>
    RecomputeEachYear,

    /// <summary>
    /// The base year's cut-offs are computed on its units and reused for every year (<see cref="Scoring.ScoringResult.FrozenScales"/>):
    /// a unit's band moves only with its own value. A scale whose cut-offs the base year cannot compute is not scored in
    /// any year.
    /// </summary>
    FreezeFromBaseYear,
}
