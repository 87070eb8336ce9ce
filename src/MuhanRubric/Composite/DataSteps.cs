using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace MuhanRubric.Composite;

/// <summary>
/// One declared operation on a composite's indicator data, applied in order before aggregation and recorded in the
/// result (<see cref="CompositeResult.Steps"/>).
/// </summary>
/// <remarks>Steps are data: they serialize to JSON with a <c>step</c> discriminator (<see cref="CompositeJson"/>).</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "step")]
[JsonDerivedType(typeof(DenominateStep), "denominate")]
[JsonDerivedType(typeof(ImputeStep), "impute")]
[JsonDerivedType(typeof(ScreenUnitsStep), "screenUnits")]
[JsonDerivedType(typeof(TreatOutliersStep), "treatOutliers")]
[JsonDerivedType(typeof(NormaliseStep), "normalise")]
[Immutable]
public abstract record DataStep
{
    private protected DataStep()
    {
    }
}

/// <summary>An indicator divided by a denominator measure (a unit attribute such as population, or another measure).</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Denominator">The id of the measure to divide by.</param>
/// <param name="ScaleFactor">A factor the ratio is multiplied by (COINr's <c>ScaleFactor</c>); 1 by default.</param>
[Immutable]
public sealed record Denomination(string Indicator, string Denominator, double ScaleFactor = 1);

/// <summary>
/// Divides indicators by denominators (COINr's <c>Denominate</c>): <c>x / d × factor</c>. A missing or zero
/// denominator makes the cell missing, recorded.
/// </summary>
/// <param name="Denominations">Which indicator is divided by what.</param>
[Immutable]
public sealed record DenominateStep(IReadOnlyList<Denomination> Denominations) : DataStep
{
    /// <summary>Which indicator is divided by what.</summary>
    public IReadOnlyList<Denomination> Denominations { get; init => field = value.ToImmutableArray(); } = Denominations.ToImmutableArray();

    /// <inheritdoc/>
    public bool Equals(DenominateStep? other) => other is not null && Denominations.SequenceEqual(other.Denominations);

    /// <inheritdoc/>
    public override int GetHashCode() => Denominations.Count;
}

/// <summary>How an imputation fills a missing cell.</summary>
public enum ImputationMethod
{
    /// <summary>The mean of the present values (COINr's <c>i_mean</c>, <c>i_mean_grp</c>).</summary>
    Mean,

    /// <summary>The median of the present values (COINr's <c>i_median</c>, <c>i_median_grp</c>): R's <c>median</c>, the
    /// mean of the two middle values for an even count.</summary>
    Median,
}

/// <summary>
/// Fills missing indicator cells column by column with the mean or median of the indicator, over all units or within
/// the unit's group (COINr's <c>Impute</c> with <c>i_mean_grp</c>). Every filled cell is recorded; a cell whose group
/// has no value stays missing, recorded too.
/// </summary>
/// <param name="Method">Mean or median.</param>
/// <param name="Group">A grouping of units, or null for all units: a unit's group is the value after
/// <c>Group:</c> among its <see cref="Units.Municipality.Groups"/> (COINr's group columns are read as
/// <c>EurAsia_group:Europe</c>), its <see cref="Units.Municipality.Region"/> for <c>Region</c>, or its kind for
/// <c>Kind</c>. A unit without a group is not imputed.</param>
[Immutable]
public sealed record ImputeStep(ImputationMethod Method, string? Group = null) : DataStep;

/// <summary>
/// Keeps only units with enough data (COINr's <c>Screen</c> with <c>unit_screen = "byNA"</c>): a unit's availability is
/// the share of the composite's indicators present for it; a unit below the threshold leaves the composite, and so does
/// a unit with no indicator present whatever the threshold (it has nothing to score).
/// </summary>
/// <param name="MinimumAvailability">The least share of present indicators, 0–1 (COINr's <c>dat_thresh</c>).</param>
[Immutable]
public sealed record ScreenUnitsStep(double MinimumAvailability) : DataStep;

/// <summary>What outlier treatment does when winsorising up to the limit does not bring an indicator within the thresholds.</summary>
public enum OutlierFallback
{
    /// <summary>
    /// COINr's <c>log_CT</c> on the original (unwinsorised) values: <c>ln(x − min + 0.01 (max − min))</c>. The default.
    /// </summary>
    Log,

    /// <summary>Keep the values winsorised up to the limit.</summary>
    KeepWinsorised,

    /// <summary>Keep the original values.</summary>
    None,
}

/// <summary>
/// Treats outliers indicator by indicator as COINr's <c>Treat</c> does by default: an indicator passes when
/// |skewness| &lt; the skewness threshold or kurtosis &lt; the kurtosis threshold (skewness and excess kurtosis as
/// COINr's <c>skew</c> and <c>kurt</c>, the sample-adjusted G1 and G2); one that fails is winsorised (the extreme
/// value(s) on the skewed side set to the next value, ties together) while it fails and fewer than
/// <see cref="WinsoriseMax"/> points are winsorised; if it still fails, the <see cref="Fallback"/> applies.
/// </summary>
/// <param name="WinsoriseMax">The most points winsorised (COINr's <c>winmax</c>, 5 by default).</param>
/// <param name="SkewnessThreshold">The absolute skewness threshold (2 by default).</param>
/// <param name="KurtosisThreshold">The kurtosis threshold (3.5 by default).</param>
/// <param name="Fallback">What happens when winsorising is not enough.</param>
[Immutable]
public sealed record TreatOutliersStep(int WinsoriseMax = 5, double SkewnessThreshold = 2, double KurtosisThreshold = 3.5, OutlierFallback Fallback = OutlierFallback.Log) : DataStep;

/// <summary>How indicators are brought to a common scale.</summary>
public enum NormalisationMethod
{
    /// <summary>(x − min)/(max − min) × (high − low) + low (COINr's <c>n_minmax</c>). A zero range makes the column missing (COINr: NaN).</summary>
    MinMax,

    /// <summary>(x − mean)/sd × scale + centre with the sample standard deviation (COINr's <c>n_zscore</c>); low is the
    /// centre and high the scale. A zero deviation makes the column missing.</summary>
    ZScore,

    /// <summary>The rank, lowest 1, ties sharing the lowest rank (COINr's <c>n_rank</c>).</summary>
    Rank,

    /// <summary>Percentile rank (rank − 1)/(n − 1) × (high − low) + low (COINr's <c>n_prank</c> on [0, 1]); a single value is missing.</summary>
    PercentileRank,

    /// <summary>
    /// (x − lower)/(upper − lower) truncated to [0, 1], times (high − low) plus low, with each indicator's goalposts
    /// (COINr's <c>n_goalposts</c>); for direction −1, (upper − x)/(upper − lower).
    /// </summary>
    Goalposts,

    /// <summary>
    /// Distance to the indicator's target: (x − min)/(target − min) for direction +1, (max − x)/(max − target) for −1,
    /// capped at 1, times (high − low) plus low (COINr's <c>n_dist2targ</c> with <c>cap_max</c>).
    /// </summary>
    DistanceToTarget,
}

/// <summary>
/// Normalises every indicator by one method (COINr's <c>Normalise</c>), after multiplying it by its direction
/// (±1) so that higher is better; goalposts and targets are read from the indicators.
/// </summary>
/// <param name="Method">The method.</param>
/// <param name="Low">The low end of the output range (min-max, ranks, goalposts, targets), or the centre of z-scores.</param>
/// <param name="High">The high end of the output range, or the scale of z-scores.</param>
/// <param name="Indicators">The codes of the indicators normalised, or null for every indicator (others keep their
/// values: a banded indicator's points beside normalised ones).</param>
[Immutable]
public sealed record NormaliseStep(NormalisationMethod Method, double Low = 0, double High = 100, IReadOnlyList<string>? Indicators = null) : DataStep
{
    /// <inheritdoc/>
    public bool Equals(NormaliseStep? other) =>
        other is not null && Method == other.Method && Low.Equals(other.Low) && High.Equals(other.High)
        && (Indicators is null ? other.Indicators is null : other.Indicators is not null && Indicators.SequenceEqual(other.Indicators));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Method, Low, High, Indicators?.Count);
}
