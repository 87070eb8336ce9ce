using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>Whether a unit was scored in a year of a <see cref="YearComparison"/>.</summary>
public enum UnitYearStatus
{
    /// <summary>The year's table covers the unit and has data for it.</summary>
    Scored,

    /// <summary>The year's table does not cover the unit (a unit that was created, merged or dropped).</summary>
    NotInTable,

    /// <summary>
    /// The year's table covers the unit but no cell was given for it (<see cref="MeasurementTable.UnitsWithoutData"/>):
    /// its card scores every indicator as missing, which says nothing about the unit, so the year counts as absent.
    /// </summary>
    WithoutData,
}

/// <summary>One unit in one year: its total, normalized total, maximum and rank, or null where it is absent.</summary>
/// <remarks>Immutable.</remarks>
[Immutable]
public sealed class UnitYear
{
    internal UnitYear(EvaluationPeriod period, UnitYearStatus status, ScoreCard? card)
    {
        Period = period;
        Status = status;
        Card = card;
    }

    /// <summary>The year.</summary>
    public EvaluationPeriod Period { get; }

    /// <summary>Whether the unit was scored that year, and if not, why.</summary>
    public UnitYearStatus Status { get; }

    /// <summary>Whether the unit was scored that year.</summary>
    public bool IsPresent => Status == UnitYearStatus.Scored;

    /// <summary>The unit's score card that year, or null where it is absent.</summary>
    public ScoreCard? Card { get; }

    /// <summary>The total points, or null where absent.</summary>
    public decimal? Total => Card?.Total;

    /// <summary>The total rescaled to the rubric maximum (what ranks compare), or null where absent.</summary>
    public decimal? NormalizedTotal => Card?.NormalizedTotal;

    /// <summary>The maximum the unit could reach that year, or null where absent.</summary>
    public decimal? Maximum => Card?.MaximumPoints;

    /// <summary>The rank among that year's units (competition ranking), or null where absent.</summary>
    public int? Rank => Card?.Rank;

    /// <summary>For example <c>2016: 55.04 (rank 17)</c> or <c>2017: absent (NotInTable)</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => Card is { } card
        ? string.Create(CultureInfo.InvariantCulture, $"{Period}: {card.NormalizedTotal:0.00} (rank {card.Rank})")
        : $"{Period}: absent ({Status})";
}

/// <summary>
/// How a unit's score changed from one year to a later one, and which indicators caused it.
/// </summary>
/// <remarks>
/// <para><b>What "change" means.</b> <see cref="TotalChange"/> is on points: the later total minus the earlier one.
/// <see cref="Contributions"/> attribute it to indicators, each its points in the later year minus its points in the
/// earlier one, and add up exactly to <see cref="TotalChange"/>.</para>
/// <para><b>When the maxima differ</b> (an indicator missing under <c>ExcludeAndRescale</c> or not applicable in one
/// year, or a group override with other points), the rule stays on points: an indicator that left the maximum scores 0
/// of 0 that year, so it contributes minus the points it had (or plus the points it gains when it returns). The change
/// of the unit's maximum is <see cref="MaximumChange"/>, and <see cref="MaximumChanges"/> names the indicators whose
/// maximum differs. <see cref="NormalizedTotalChange"/> is the change of the rescaled totals that ranks compare; it is
/// reported beside the points but not attributed, because each year's total is rescaled by its own maximum and the
/// rescaled change does not split into indicator parts.</para>
/// <para>Where the unit is absent in either year, the change is not comparable: every number is null and the lists are
/// empty. Immutable.</para>
/// </remarks>
[Immutable]
public sealed class YearChange
{
    internal YearChange(UnitYear from, UnitYear to)
    {
        From = from.Period;
        To = to.Period;
        if (from.Card is not { } before || to.Card is not { } after)
        {
            Contributions = [];
            BandChanges = [];
            MaximumChanges = [];
            return;
        }

        TotalChange = after.Total - before.Total;
        NormalizedTotalChange = after.NormalizedTotal - before.NormalizedTotal;
        MaximumChange = after.MaximumPoints - before.MaximumPoints;
        RankChange = before.Rank - after.Rank;
        Contributions = IndicatorAttribution.Contributions(before, after);
        BandChanges = IndicatorAttribution.BandChanges(before, after);
        MaximumChanges = [.. before.Indicators.Zip(after.Indicators).Where(p => p.First.MaximumPoints != p.Second.MaximumPoints).Select(p => p.First.Code)];
    }

    /// <summary>The earlier year.</summary>
    public EvaluationPeriod From { get; }

    /// <summary>The later year.</summary>
    public EvaluationPeriod To { get; }

    /// <summary>Whether the unit was scored in both years.</summary>
    public bool IsComparable => TotalChange is not null;

    /// <summary>The later total minus the earlier total, in points; null when not comparable.</summary>
    public decimal? TotalChange { get; }

    /// <summary>The later normalized total minus the earlier one (not attributed; see the remarks); null when not comparable.</summary>
    public decimal? NormalizedTotalChange { get; }

    /// <summary>The later maximum minus the earlier maximum; null when not comparable.</summary>
    public decimal? MaximumChange { get; }

    /// <summary>Places gained (earlier rank minus later rank; positive = moved up); null when not comparable. Each
    /// year ranks that year's units, so the change also reflects units that came or went.</summary>
    public int? RankChange { get; }

    /// <summary>Per indicator, in rubric order, its points in each year; the changes add up exactly to <see cref="TotalChange"/>.</summary>
    public ImmutableArray<IndicatorContribution> Contributions { get; }

    /// <summary>The indicators whose band, category or outcome differs between the years.</summary>
    public ImmutableArray<string> BandChanges { get; }

    /// <summary>The indicators whose maximum differs between the years (left out in one of them, or another group's points).</summary>
    public ImmutableArray<string> MaximumChanges { get; }

    /// <summary>For example <c>2016→2017: +1.5 points</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => TotalChange is { } change
        ? string.Create(CultureInfo.InvariantCulture, $"{From}→{To}: {change:+0.####;-0.####;0} points")
        : $"{From}→{To}: not comparable";
}

/// <summary>One unit across the years of a <see cref="YearComparison"/>.</summary>
/// <remarks>Immutable.</remarks>
[Immutable]
public sealed class UnitAcrossYears
{
    internal UnitAcrossYears(Municipality unit, ImmutableArray<UnitYear> years)
    {
        Unit = unit;
        Years = years;
        Changes = [.. years.Zip(years.Skip(1), (from, to) => new YearChange(from, to))];
        Overall = new YearChange(years[0], years[^1]);
        AbsentIn = [.. years.Where(y => !y.IsPresent).Select(y => y.Period)];
    }

    /// <summary>The unit (as the earliest table that covers it declares it).</summary>
    public Municipality Unit { get; }

    /// <summary>One entry per year, in period order; absent years are kept, with null numbers.</summary>
    public ImmutableArray<UnitYear> Years { get; }

    /// <summary>The change between each pair of consecutive years, in period order.</summary>
    public ImmutableArray<YearChange> Changes { get; }

    /// <summary>The change from the first year of the comparison to the last (not comparable when the unit is absent in either).</summary>
    public YearChange Overall { get; }

    /// <summary>The years in which the unit is absent (not in the table, or without data).</summary>
    public ImmutableArray<EvaluationPeriod> AbsentIn { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Unit.Code}: {string.Join(", ", Years)}";
}
