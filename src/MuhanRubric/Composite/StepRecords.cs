using System.Collections.Immutable;

namespace MuhanRubric.Composite;

/// <summary>What one data step did, in the order the steps ran (<see cref="CompositeResult.Steps"/>).</summary>
[Immutable]
public abstract record StepRecord
{
    // Only the five records below derive from it: a caller cannot add a step record with state of its own.
    private protected StepRecord(int order, DataStep step)
    {
        Order = order;
        Step = step;
    }

    /// <summary>The step's position, from 1.</summary>
    public int Order { get; init; }

    /// <summary>The step as declared.</summary>
    public DataStep Step { get; init; }
}

/// <summary>A note about one cell: a unit's indicator.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Note">What happened, in English.</param>
[Immutable]
public sealed record CellNote(string Unit, string Indicator, string Note);

/// <summary>What a denominate step did: the cells that became missing (a missing or zero denominator).</summary>
/// <param name="Order">The step's position, from 1.</param>
/// <param name="Declared">The step as declared.</param>
/// <param name="Denominated">How many cells were divided.</param>
/// <param name="MadeMissing">Cells that became missing, with why.</param>
[Immutable]
public sealed record DenominateRecord(int Order, DenominateStep Declared, int Denominated, IReadOnlyList<CellNote> MadeMissing) : StepRecord(Order, Declared)
{
    /// <summary>Cells that became missing, with why.</summary>
    public IReadOnlyList<CellNote> MadeMissing { get; init => field = value.ToImmutableArray(); } = MadeMissing.ToImmutableArray();
}

/// <summary>One imputed cell.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Value">The value filled in.</param>
/// <param name="Group">The unit's group the value was computed in, or null for all units.</param>
/// <param name="From">How many present values the mean or median was computed from.</param>
[Immutable]
public sealed record ImputedCell(string Unit, string Indicator, double Value, string? Group, int From);

/// <summary>What an imputation step did, cell by cell.</summary>
/// <param name="Order">The step's position, from 1.</param>
/// <param name="Declared">The step as declared.</param>
/// <param name="Imputed">Every filled cell.</param>
/// <param name="LeftMissing">Missing cells that could not be filled (the group has no value, or the unit no group).</param>
[Immutable]
public sealed record ImputeRecord(int Order, ImputeStep Declared, IReadOnlyList<ImputedCell> Imputed, IReadOnlyList<CellNote> LeftMissing) : StepRecord(Order, Declared)
{
    /// <summary>Every filled cell.</summary>
    public IReadOnlyList<ImputedCell> Imputed { get; init => field = value.ToImmutableArray(); } = Imputed.ToImmutableArray();

    /// <summary>Missing cells that could not be filled (the group has no value, or the unit no group).</summary>
    public IReadOnlyList<CellNote> LeftMissing { get; init => field = value.ToImmutableArray(); } = LeftMissing.ToImmutableArray();
}

/// <summary>A unit's data availability at screening.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Present">How many indicators are present.</param>
/// <param name="Availability">The share present, 0–1.</param>
/// <param name="Kept">Whether the unit stays in the composite.</param>
[Immutable]
public sealed record UnitAvailability(string Unit, int Present, double Availability, bool Kept);

/// <summary>What a unit screening step did.</summary>
/// <param name="Order">The step's position, from 1.</param>
/// <param name="Declared">The step as declared.</param>
/// <param name="Units">Every unit screened, with its availability.</param>
[Immutable]
public sealed record ScreenRecord(int Order, ScreenUnitsStep Declared, IReadOnlyList<UnitAvailability> Units) : StepRecord(Order, Declared)
{
    /// <summary>Every unit screened, with its availability.</summary>
    public IReadOnlyList<UnitAvailability> Units { get; init => field = value.ToImmutableArray(); } = Units.ToImmutableArray();

    /// <summary>The codes of the units screened out.</summary>
    public IReadOnlyList<string> Removed => [.. Units.Where(u => !u.Kept).Select(u => u.Unit)];
}

/// <summary>How an indicator came out of outlier treatment.</summary>
public enum OutlierTreatment
{
    /// <summary>It passed the skewness and kurtosis test as it was.</summary>
    None,

    /// <summary>It was winsorised and then passed.</summary>
    Winsorised,

    /// <summary>Winsorising up to the limit was not enough; the log transform was applied to the original values.</summary>
    Log,

    /// <summary>Winsorising up to the limit was not enough; the winsorised values were kept (<see cref="OutlierFallback.KeepWinsorised"/>).</summary>
    WinsorisedNotPassing,

    /// <summary>Winsorising up to the limit was not enough; the original values were kept (<see cref="OutlierFallback.None"/>).</summary>
    Failing,

    /// <summary>Skewness or kurtosis cannot be computed (fewer than four values, or all equal): left as it was (COINr warns and does the same).</summary>
    NotTestable,
}

/// <summary>One indicator's outlier treatment.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Treatment">What was done.</param>
/// <param name="Skewness">The skewness before (NaN when not computable).</param>
/// <param name="Kurtosis">The kurtosis before (NaN when not computable).</param>
/// <param name="SkewnessAfter">The skewness after.</param>
/// <param name="KurtosisAfter">The kurtosis after.</param>
/// <param name="WinsorisedUnits">The units whose values winsorising changed (when it was kept), high or low.</param>
[Immutable]
public sealed record IndicatorTreatment(
    string Indicator, OutlierTreatment Treatment, double Skewness, double Kurtosis, double SkewnessAfter, double KurtosisAfter, IReadOnlyList<string> WinsorisedUnits)
{
    /// <summary>The units whose values winsorising changed (when it was kept), high or low.</summary>
    public IReadOnlyList<string> WinsorisedUnits { get; init => field = value.ToImmutableArray(); } = WinsorisedUnits.ToImmutableArray();
}

/// <summary>What an outlier treatment step did, indicator by indicator.</summary>
/// <param name="Order">The step's position, from 1.</param>
/// <param name="Declared">The step as declared.</param>
/// <param name="Indicators">Every indicator's treatment.</param>
[Immutable]
public sealed record TreatRecord(int Order, TreatOutliersStep Declared, IReadOnlyList<IndicatorTreatment> Indicators) : StepRecord(Order, Declared)
{
    /// <summary>Every indicator's treatment.</summary>
    public IReadOnlyList<IndicatorTreatment> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();
}

/// <summary>One indicator's normalisation parameters.</summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Direction">The direction applied (±1).</param>
/// <param name="Minimum">The least value (after the direction), or NaN without values.</param>
/// <param name="Maximum">The greatest value (after the direction), or NaN without values.</param>
/// <param name="Note">Why the indicator's values became missing (a zero range), or null.</param>
[Immutable]
public sealed record IndicatorNormalisation(string Indicator, int Direction, double Minimum, double Maximum, string? Note);

/// <summary>What a normalisation step did.</summary>
/// <param name="Order">The step's position, from 1.</param>
/// <param name="Declared">The step as declared.</param>
/// <param name="Indicators">Every indicator's parameters.</param>
[Immutable]
public sealed record NormaliseRecord(int Order, NormaliseStep Declared, IReadOnlyList<IndicatorNormalisation> Indicators) : StepRecord(Order, Declared)
{
    /// <summary>Every indicator's treatment.</summary>
    public IReadOnlyList<IndicatorNormalisation> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();
}

/// <summary>Something a reader of a composite result must know about a unit's aggregate.</summary>
/// <param name="Unit">The unit's code.</param>
/// <param name="Node">The aggregate's code.</param>
/// <param name="Message">What happened.</param>
[Immutable]
public sealed record CompositeIssue(string Unit, string Node, string Message);
