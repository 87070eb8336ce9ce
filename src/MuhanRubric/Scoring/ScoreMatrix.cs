using System.Globalization;

namespace MuhanRubric.Scoring;

/// <summary>
/// The numbers of one scoring run, without any text: per unit and indicator the points, the maximum counted, the
/// status and the band hit; per unit the area subtotals, total, maximum, normalized total and rank. What the compiled
/// rubric computes; <see cref="ScoringResult"/>, its score cards and their explanations are views rendered from it.
/// </summary>
/// <remarks>
/// <para>Units are in the scored table's order, indicators and areas in rubric order (every indicator of the rubric,
/// scored or not). Points are exact decimals, as on the score cards.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ScoreMatrix
{
    // Cell arrays are unit-major: cell (u, j) is at u × IndicatorCount + j.
    internal readonly decimal[] CellPoints;
    internal readonly decimal[] CellMaxima;
    internal readonly CellOutcome[] Outcomes;
    internal readonly int[] Bands;
    internal readonly int[]? Variants;
    internal readonly decimal[] AreaPointsByUnit;
    internal readonly decimal[] AreaMaximaByUnit;
    internal readonly decimal[] Totals;
    internal readonly decimal[] Maxima;
    internal readonly decimal[] Normalized;
    internal readonly int[] Ranks;

    internal ScoreMatrix(int units, int indicators, int areas, bool hasGroupOverrides)
    {
        UnitCount = units;
        IndicatorCount = indicators;
        AreaCount = areas;
        var cells = checked(units * indicators);
        CellPoints = new decimal[cells];
        CellMaxima = new decimal[cells];
        Outcomes = new CellOutcome[cells];
        Bands = new int[cells];
        Variants = hasGroupOverrides ? new int[cells] : null;
        AreaPointsByUnit = new decimal[checked(units * areas)];
        AreaMaximaByUnit = new decimal[units * areas];
        Totals = new decimal[units];
        Maxima = new decimal[units];
        Normalized = new decimal[units];
        Ranks = new int[units];
    }

    /// <summary>How many units were scored.</summary>
    public int UnitCount { get; }

    /// <summary>How many indicators the rubric has (scored or not).</summary>
    public int IndicatorCount { get; }

    /// <summary>How many areas the rubric has.</summary>
    public int AreaCount { get; }

    /// <summary>The points a unit got for an indicator.</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="indicator">The indicator's position in the rubric.</param>
    /// <returns>The points (exact, rounded to the rubric's decimals).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public decimal Points(int unit, int indicator) => CellPoints[Cell(unit, indicator)];

    /// <summary>The maximum an indicator counts for at a unit (0 when it left the unit's maximum).</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="indicator">The indicator's position in the rubric.</param>
    /// <returns>The maximum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public decimal MaximumPoints(int unit, int indicator) => CellMaxima[Cell(unit, indicator)];

    /// <summary>What happened to an indicator at a unit.</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="indicator">The indicator's position in the rubric.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public IndicatorStatus Status(int unit, int indicator) => Outcomes[Cell(unit, indicator)].Status();

    /// <summary>
    /// The band or category hit (its position in the applied scale's bands), the number of criteria met for a checklist,
    /// or −1 (no band held the value, a proportional scale, or not scored).
    /// </summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="indicator">The indicator's position in the rubric.</param>
    /// <returns>The band position, criteria count, or −1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public int BandIndex(int unit, int indicator) => Bands[Cell(unit, indicator)];

    /// <summary>A unit's points in an area.</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="area">The area's position in the rubric.</param>
    /// <returns>The area subtotal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public decimal AreaPoints(int unit, int area) => AreaPointsByUnit[AreaCell(unit, area)];

    /// <summary>The maximum an area counts for at a unit.</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <param name="area">The area's position in the rubric.</param>
    /// <returns>The area's maximum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public decimal AreaMaximumPoints(int unit, int area) => AreaMaximaByUnit[AreaCell(unit, area)];

    /// <summary>A unit's total: the exact sum of its points.</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is out of range.</exception>
    public decimal Total(int unit) => Totals[Unit(unit)];

    /// <summary>The maximum a unit could reach (lower than the rubric's when indicators left it).</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <returns>The maximum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is out of range.</exception>
    public decimal MaximumPoints(int unit) => Maxima[Unit(unit)];

    /// <summary>The total rescaled to the rubric's maximum and rounded to its decimals (see <see cref="ScoreCard.NormalizedTotal"/>).</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <returns>The normalized total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is out of range.</exception>
    public decimal NormalizedTotal(int unit) => Normalized[Unit(unit)];

    /// <summary>The rank by normalized total, highest first, competition ranking ("1224").</summary>
    /// <param name="unit">The unit's position in the scored table.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is out of range.</exception>
    public int Rank(int unit) => Ranks[Unit(unit)];

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{UnitCount} units × {IndicatorCount} indicators");

    internal int Cell(int unit, int indicator) =>
        (Unit(unit) * IndicatorCount) + (unchecked((uint)indicator) < (uint)IndicatorCount ? indicator : throw Outside(nameof(indicator), indicator, IndicatorCount));

    private int AreaCell(int unit, int area) =>
        (Unit(unit) * AreaCount) + (unchecked((uint)area) < (uint)AreaCount ? area : throw Outside(nameof(area), area, AreaCount));

    private int Unit(int unit) => unchecked((uint)unit) < (uint)UnitCount ? unit : throw Outside(nameof(unit), unit, UnitCount);

    private static ArgumentOutOfRangeException Outside(string name, int value, int count) =>
        new(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be from 0 to {count - 1}; got {value}."));
}

/// <summary>Why a cell of a <see cref="ScoreMatrix"/> has its points: a status with the detail its explanation needs.</summary>
internal enum CellOutcome : byte
{
    Scored,
    MissingBlank,
    MissingShareUnavailable,
    NotApplicableDeclared,
    NotApplicableValue,
    Unspecified,
    CutoffsNotComputable,
    Excluded,
}

/// <summary>The public status of an outcome.</summary>
internal static class CellOutcomes
{
    public static IndicatorStatus Status(this CellOutcome outcome) => outcome switch
    {
        CellOutcome.Scored => IndicatorStatus.Scored,
        CellOutcome.MissingBlank or CellOutcome.MissingShareUnavailable => IndicatorStatus.Missing,
        CellOutcome.NotApplicableDeclared or CellOutcome.NotApplicableValue => IndicatorStatus.NotApplicable,
        CellOutcome.Unspecified or CellOutcome.CutoffsNotComputable => IndicatorStatus.Unspecified,
        _ => IndicatorStatus.Excluded,
    };
}
