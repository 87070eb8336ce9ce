using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Scoring;

/// <summary>
/// The scoring kernel: a rubric compiled into indicators whose scales are numeric tables, and the loop that scores a
/// measurement table into a <see cref="ScoreMatrix"/>. Every scoring rule lives here or in the scale it names: which
/// scale applies to a unit, points of bands, checklists and proportional scales, missing-data policies, rounding,
/// subtotals, rescaling to the rubric's maximum and competition ranks. Nothing here formats text.
/// </summary>
internal sealed class ScoringKernel
{
    private readonly KernelIndicator[] _indicators;
    private readonly int[] _areaStarts;
    private readonly decimal _rubricMaximum;
    private readonly int _pointsDecimals;
    private readonly bool _hasGroupOverrides;

    public ScoringKernel(Rubric rubric, IReadOnlyList<string> measureIds)
    {
        Rubric = rubric;
        _rubricMaximum = rubric.MaximumPoints;
        _pointsDecimals = rubric.PointsDecimals;
        var slots = measureIds.Select((id, slot) => (id, slot)).ToDictionary(x => x.id, x => x.slot, StringComparer.Ordinal);
        var populationSlots = new List<PopulationSlot>();
        var indicators = new List<KernelIndicator>();
        _areaStarts = new int[rubric.Areas.Count + 1];
        for (var a = 0; a < rubric.Areas.Count; a++)
        {
            _areaStarts[a] = indicators.Count;
            foreach (var indicator in rubric.Areas[a].Indicators)
            {
                indicators.Add(new KernelIndicator(indicators.Count, a, indicator, rubric, id => slots[id], populationSlots));
            }
        }

        _areaStarts[^1] = indicators.Count;
        _indicators = [.. indicators];
        PopulationSlots = [.. populationSlots];
        _hasGroupOverrides = _indicators.Any(i => i.Variants.Length > 1);
    }

    public Rubric Rubric { get; }

    public IReadOnlyList<KernelIndicator> Indicators => _indicators;

    /// <summary>Every population-based scale (an indicator's own, then its group overrides), in rubric order.</summary>
    public IReadOnlyList<PopulationSlot> PopulationSlots { get; }

    /// <summary>Scores every unit of the table; <paramref name="measures"/> maps each measure slot to its position in the table.</summary>
    /// <exception cref="ScoringException">A value is missing where the policy is <see cref="MissingDataPolicy.Fail"/>, or a
    /// value or its points pass the decimal range.</exception>
    public (ScoreMatrix Matrix, ScoringRun Run) Score(MeasurementTable table, int[] measures, IReadOnlyList<FrozenScale> frozen)
    {
        var populations = new PopulationResolution[PopulationSlots.Count];
        var tables = new BandTable<decimal>?[PopulationSlots.Count];
        for (var p = 0; p < populations.Length; p++)
        {
            populations[p] = PopulationSlots[p].Resolve(table, measures, frozen);
            tables[p] = populations[p].Table;
        }

        var run = new ScoringRun(table, measures, populations);
        int n = table.Units.Count, m = _indicators.Length, areas = _areaStarts.Length - 1;
        var matrix = new ScoreMatrix(n, m, areas, _hasGroupOverrides);
        // Unit by unit, as the table's rows lie in memory, each unit's totals while its cells are in cache. (Indicator by
        // indicator in blocks of units was faster while the per-cell method spilled a kilobyte frame, and slower over
        // 10^5 units, whose rows it fetched out of order: benchmarks/README.md.) The first overflow met is the first in
        // reading order.
        var units = table.Units;
        for (var u = 0; u < n; u++)
        {
            var unit = units[u];
            var j = 0;
            try
            {
                for (; j < m; j++)
                {
                    _indicators[j].Score(table, u, unit, measures, tables, matrix, (u * m) + j);
                }

                Total(matrix, u);
            }
            catch (OverflowException)
            {
                // Values within the readers' limits stay in range; an expression's own constants, or ratios of ratios of
                // extreme values, can pass decimal's range even once divided out; and maxima near it, once rescaled.
                throw j < m
                    ? Overflow(unit, _indicators[j].Definition)
                    : new ScoringException(unit, null, $"{unit.Code}: its points, rescaled to the rubric's maximum of {_rubricMaximum.ToString(CultureInfo.InvariantCulture)}, pass the decimal range (about ±7.9·10^28); check the rubric's maxima.");
            }
        }

        CompetitionRanking.HighestFirst<decimal>(matrix.Normalized, matrix.Ranks);
        return (matrix, run);
    }

    /// <summary>A unit's area subtotals, total, maximum and normalized total.</summary>
    private void Total(ScoreMatrix matrix, int u)
    {
        var cellPoints = matrix.CellPoints;
        var cellMaxima = matrix.CellMaxima;
        var areaPoints = matrix.AreaPointsByUnit;
        var areaMaxima = matrix.AreaMaximaByUnit;
        var areaStarts = _areaStarts;
        int m = _indicators.Length, areas = areaStarts.Length - 1;
        var row = u * m;
        decimal total = 0, maximum = 0;
        for (var a = 0; a < areas; a++)
        {
            decimal points = 0, areaMaximum = 0;
            for (var j = areaStarts[a]; j < areaStarts[a + 1]; j++)
            {
                points += cellPoints[row + j];
                areaMaximum += cellMaxima[row + j];
            }

            areaPoints[(u * areas) + a] = points;
            areaMaxima[(u * areas) + a] = areaMaximum;
            total += points;
            maximum += areaMaximum;
        }

        matrix.Totals[u] = total;
        matrix.Maxima[u] = maximum;
        matrix.Normalized[u] = NormalizedTotal(total, maximum);
    }

    /// <summary>The error for a value or points past decimal's range at a unit and indicator.</summary>
    internal static ScoringException Overflow(Municipality unit, Indicator definition) =>
        new(unit, definition.Code,
            $"{unit.Code}: {definition.Code} reads {definition.Measure?.ToString() ?? "its criteria"}, whose value or points pass the decimal range (about ±7.9·10^28); check the expression's constants and what it divides by.");

    /// <summary>
    /// The total rescaled to the rubric's maximum, <c>total × rubric maximum ÷ maximum</c>, rounded to the rubric's
    /// decimals half away from zero; 0 when nothing counted. What ranks compare.
    /// </summary>
    public decimal NormalizedTotal(decimal total, decimal maximum) =>
        maximum == 0 ? 0 : RoundPoints(total * _rubricMaximum / maximum, _pointsDecimals);

    /// <summary>
    /// The same rule on a Monte Carlo sample's double totals, as an integer key in units of the rubric's last decimal
    /// (<c>round(normalized × 10^decimals)</c>): keys tie exactly where normalized totals do. Binary sums of decimal points
    /// can land a hair below a half (0.125 as 0.12499999…), so the value is nudged up by a relative 1e-12 first.
    /// </summary>
    public double NormalizedKey(double total, double maximum, double keyScale) =>
        maximum > 0 ? Math.Round(total * (double)_rubricMaximum / maximum * keyScale * (1 + 1e-12), MidpointRounding.AwayFromZero) : 0d;

    /// <summary>Points rounded to the rubric's decimals, half away from zero.</summary>
    public static decimal RoundPoints(decimal points, int decimals) => Math.Round(points, decimals, MidpointRounding.AwayFromZero);
}

/// <summary>What one <see cref="ScoringKernel.Score"/> call resolved against its table: measure positions and population cut-offs.</summary>
internal sealed class ScoringRun(MeasurementTable table, int[] measures, PopulationResolution[] populations)
{
    public MeasurementTable Table { get; } = table;

    /// <summary>A measure slot's position in the table.</summary>
    public int[] Measures { get; } = measures;

    public PopulationResolution[] Populations { get; } = populations;
}

/// <summary>One indicator, compiled: its scale per group, what it reads, and how each case scores.</summary>
/// <remarks>
/// Its methods skip zeroing their locals (<see cref="SkipLocalsInitAttribute"/>): the per-cell methods hold decimal
/// temporaries, which the runtime would otherwise clear on every call; C#'s definite assignment still guarantees every
/// local is written before it is read, and nothing here allocates on the stack.
/// </remarks>
[SkipLocalsInit]
internal sealed class KernelIndicator
{
    private readonly FrozenSet<string>? _notApplicableCodes;
    private readonly int _pointsDecimals;

    public KernelIndicator(int index, int area, Indicator indicator, Rubric rubric, Func<string, int> slotOf, List<PopulationSlot> populationSlots)
    {
        Index = index;
        AreaIndex = area;
        Definition = indicator;
        Policy = indicator.MissingData ?? rubric.MissingData;
        _pointsDecimals = rubric.PointsDecimals;
        _notApplicableCodes = indicator.NotApplicable is { } rule ? rule.UnitCodes.ToFrozenSet(StringComparer.Ordinal) : null;

        // Expressions are compiled only for scored indicators: the others never read a value.
        Measure = indicator.IsScored && indicator.Measure is { } measure ? KernelExpression.Compile(measure, slotOf) : null;
        var variants = new List<ScaleVariant> { new(null, null, indicator.Scale, indicator.MaximumPoints, indicator.IsScored, rubric.PointsDecimals, slotOf) };

        // A group the rubric declares has its own members; any other group is a unit attribute (kind, region, groups).
        foreach (var o in indicator.GroupOverrides)
        {
            var declared = rubric.Group(o.Group) is { } group ? group.MemberCodes.ToFrozenSet(StringComparer.Ordinal) : null;
            variants.Add(new ScaleVariant(o.Group, declared, o.Scale, o.MaximumPoints ?? indicator.MaximumPoints, indicator.IsScored, rubric.PointsDecimals, slotOf));
        }

        Variants = [.. variants];
        for (var v = 0; v < Variants.Length; v++)
        {
            if (Variants[v].Scale is PopulationBandScale scale)
            {
                Variants[v].PopulationSlot = populationSlots.Count;
                populationSlots.Add(new PopulationSlot(this, v, scale));
            }
        }
    }

    public int Index { get; }

    public int AreaIndex { get; }

    public Indicator Definition { get; }

    public MissingDataPolicy Policy { get; }

    /// <summary>What the indicator reads (null for checklists and indicators that are not scored).</summary>
    public KernelExpression? Measure { get; }

    /// <summary>The indicator's own scale first, then one per group override, in order.</summary>
    public ScaleVariant[] Variants { get; }

    public bool IsDeclaredNotApplicable(Municipality unit) => _notApplicableCodes?.Contains(unit.Code) == true;

    /// <summary>The variant that applies to a unit: the first group override it belongs to, or the indicator's own scale.</summary>
    public int VariantFor(Municipality unit)
    {
        for (var v = 1; v < Variants.Length; v++)
        {
            if (Variants[v].Includes(unit))
            {
                return v;
            }
        }

        return 0;
    }

    /// <summary>Whether a unit belongs to a group as this indicator's overrides define it.</summary>
    public bool IsInGroup(Municipality unit, string group)
    {
        for (var v = 1; v < Variants.Length; v++)
        {
            if (Variants[v].Group == group)
            {
                return Variants[v].Includes(unit);
            }
        }

        return unit.IsInGroup(group);
    }

    /// <summary>Scores one cell into the matrix.</summary>
    public void Score(MeasurementTable table, int u, Municipality unit, int[] measures, BandTable<decimal>?[] populations, ScoreMatrix matrix, int cell)
    {
        var v = Variants.Length == 1 ? 0 : VariantFor(unit);
        if (matrix.Variants is { } variants)
        {
            variants[cell] = v;
        }

        var variant = Variants[v];
        matrix.Bands[cell] = -1;
        if (Definition.IsExcluded)
        {
            matrix.Outcomes[cell] = CellOutcome.Excluded;
            return;
        }

        if (variant.Kind == ScaleKind.Unspecified)
        {
            matrix.Outcomes[cell] = CellOutcome.Unspecified;
            return;
        }

        if (IsDeclaredNotApplicable(unit))
        {
            matrix.Outcomes[cell] = CellOutcome.NotApplicableDeclared;
            return;
        }

        if (variant.Criteria is { } criteria)
        {
            ScoreChecklist(table, u, unit, measures, variant, criteria, matrix, cell);
            return;
        }

        // A whole measure (most are) is read in decimal arithmetic; a ratio or a mean as an exact quotient, which a
        // proportional scale multiplies before it divides (exact rounding) and bands compare divided out. Each reading
        // has its own method: one method for all of them kept every path's decimal temporaries in one frame of a
        // kilobyte, spilled on every cell.
        if (!Measure!.IsWhole)
        {
            if (Measure.IsWholeQuotient)
            {
                ScoreParts(table, u, unit, measures, variant, populations, matrix, cell);
            }
            else
            {
                ScoreExact(table, u, unit, measures, variant, populations, matrix, cell);
            }

            return;
        }

        if (!Measure.TryEvaluateWhole(table, u, measures, out var raw, out var status))
        {
            NoValue(unit, variant, status, matrix, cell);
        }
        else if (variant.Proportional is { } scale)
        {
            Proportional(matrix, cell, scale.PointsForWhole(raw, variant.Maximum), variant);
        }
        else
        {
            ScoreBand(raw, variant, populations, matrix, cell);
        }
    }

    private void ScoreChecklist(MeasurementTable table, int u, Municipality unit, int[] measures, ScaleVariant variant, KernelExpression[] criteria, ScoreMatrix matrix, int cell)
    {
        var count = 0;
        for (var c = 0; c < criteria.Length; c++)
        {
            if (!criteria[c].TryEvaluate(table, u, measures, out var value, out var status))
            {
                Missing(unit, variant, status, matrix, cell);
                return;
            }

            count += variant.Conditions!.Holds(c, value) ? 1 : 0;
        }

        matrix.Outcomes[cell] = CellOutcome.Scored;
        matrix.Bands[cell] = count;
        matrix.CellPoints[cell] = variant.BandPoints[count];
        matrix.CellMaxima[cell] = variant.Maximum;
    }

    /// <summary>A mean or a ratio of whole terms (the shares and ratios): read in parts, as the quotient of <see cref="ScoreExact"/> would be.</summary>
    private void ScoreParts(MeasurementTable table, int u, Municipality unit, int[] measures, ScaleVariant variant, BandTable<decimal>?[] populations, ScoreMatrix matrix, int cell)
    {
        if (!Measure!.TryEvaluateParts(table, u, measures, out var numerator, out var denominator, out var status))
        {
            NoValue(unit, variant, status, matrix, cell);
            return;
        }

        var quotient = new Quotient(numerator, denominator);
        if (variant.Proportional is { } scale)
        {
            Proportional(matrix, cell, scale.PointsFor(quotient, variant.Maximum), variant);
        }
        else
        {
            ScoreBand(quotient.Value, variant, populations, matrix, cell);
        }
    }

    private void ScoreExact(MeasurementTable table, int u, Municipality unit, int[] measures, ScaleVariant variant, BandTable<decimal>?[] populations, ScoreMatrix matrix, int cell)
    {
        var read = Measure!.EvaluateExact(table, u, measures);
        if (!read.HasValue)
        {
            NoValue(unit, variant, read.Status, matrix, cell);
        }
        else if (variant.Proportional is { } scale)
        {
            Proportional(matrix, cell, scale.PointsFor(read.Quotient, variant.Maximum), variant);
        }
        else
        {
            ScoreBand(read.Quotient.Value, variant, populations, matrix, cell);
        }
    }

    /// <summary>A value on fixed or population bands: the first band holding it, or the points otherwise.</summary>
    private static void ScoreBand(decimal raw, ScaleVariant variant, BandTable<decimal>?[] populations, ScoreMatrix matrix, int cell)
    {
        var bands = variant.Bands ?? populations[variant.PopulationSlot];
        if (bands is null)
        {
            matrix.Outcomes[cell] = CellOutcome.CutoffsNotComputable;
            return;
        }

        var band = bands.Find(raw);
        matrix.Outcomes[cell] = CellOutcome.Scored;
        matrix.Bands[cell] = band;
        matrix.CellPoints[cell] = band >= 0 ? variant.BandPoints[band] : variant.OtherwisePoints ?? 0m;
        matrix.CellMaxima[cell] = variant.Maximum;
    }

    /// <summary>
    /// A proportional scale's points (out of the variant's maximum, a group override's own when it has one), rounded,
    /// and never above the maximum: a maximum finer than the rubric's decimals (2.5 points rounded to 0 decimals) would
    /// otherwise round past itself (3).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Once per proportional cell: a call costs as much as its body.
    private void Proportional(ScoreMatrix matrix, int cell, decimal points, ScaleVariant variant)
    {
        var rounded = ScoringKernel.RoundPoints(points, _pointsDecimals);
        matrix.Outcomes[cell] = CellOutcome.Scored;
        matrix.CellPoints[cell] = variant.MaximumFinerThanPoints ? Math.Min(rounded, variant.Maximum) : rounded;
        matrix.CellMaxima[cell] = variant.Maximum;
    }

    /// <summary>A value that is not there: not applicable, or missing under the indicator's policy.</summary>
    private void NoValue(Municipality unit, ScaleVariant variant, ReadingStatus status, ScoreMatrix matrix, int cell)
    {
        if (status == ReadingStatus.NotApplicable)
        {
            matrix.Outcomes[cell] = CellOutcome.NotApplicableValue;
        }
        else
        {
            Missing(unit, variant, status, matrix, cell);
        }
    }

    private void Missing(Municipality unit, ScaleVariant variant, ReadingStatus status, ScoreMatrix matrix, int cell)
    {
        var shareUnavailable = status == ReadingStatus.ShareUnavailable;
        matrix.Outcomes[cell] = shareUnavailable ? CellOutcome.MissingShareUnavailable : CellOutcome.MissingBlank;
        switch (Policy)
        {
            case MissingDataPolicy.Fail:
                throw new ScoringException(unit, Definition.Code,
                    $"{unit.Code}: {Definition.Code} reads {Definition.Measure?.ToString() ?? "its criteria"}, whose value is missing ({(shareUnavailable ? "a share neither given beside the count nor derivable" : "blank")}), and the policy is Fail.");
            case MissingDataPolicy.ScoreZero:
                matrix.CellMaxima[cell] = variant.Maximum;
                break;
            default:
                break; // ExcludeAndRescale: 0 of 0, the unit's maximum drops.
        }
    }
}

/// <summary>One scale of an indicator (its own or a group override's), compiled.</summary>
internal sealed class ScaleVariant
{
    private readonly FrozenSet<string>? _declaredMembers;

    public ScaleVariant(string? group, FrozenSet<string>? declaredMembers, Scale scale, decimal maximum, bool scored, int pointsDecimals, Func<string, int> slotOf)
    {
        Group = group;
        _declaredMembers = declaredMembers;
        Scale = scale;
        Kind = scale.Kind;
        Maximum = maximum;
        switch (scale)
        {
            case BandScale bands:
                Bands = BandTable<decimal>.From(bands);
                BandPoints = [.. bands.Bands.Select(b => b.Points)];
                OtherwisePoints = bands.OtherwisePoints;
                break;
            case PopulationBandScale population:
                BandPoints = [.. population.Bands.Select(b => b.Points)];
                OtherwisePoints = population.OtherwisePoints;
                break;
            case ProportionalScale proportional:
                Proportional = proportional;
                MaximumFinerThanPoints = ScoringKernel.RoundPoints(maximum, pointsDecimals) != maximum;
                break;
            case ChecklistScale checklist when scored:
                Criteria = [.. checklist.Criteria.Select(c => KernelExpression.Compile(c.Expression, slotOf))];
                Conditions = BandTable<decimal>.From([.. checklist.Criteria.Select((c, k) => (k, c.Condition))]);
                BandPoints = [.. checklist.PointsByCount];
                break;
            default:
                break;
        }
    }

    /// <summary>The group of the override, or null for the indicator's own scale.</summary>
    public string? Group { get; }

    public Scale Scale { get; }

    public ScaleKind Kind { get; }

    /// <summary>The maximum the indicator counts for under this scale.</summary>
    public decimal Maximum { get; }

    /// <summary>The fixed bands; null for population bands (resolved per table) and other kinds.</summary>
    public BandTable<decimal>? Bands { get; }

    /// <summary>Points per band, by position in the scale's bands (fixed or population); for a checklist, by criteria met.</summary>
    public decimal[] BandPoints { get; } = [];

    public decimal? OtherwisePoints { get; }

    /// <summary>The position of a population scale among the kernel's population slots, or −1.</summary>
    public int PopulationSlot { get; set; } = -1;

    /// <summary>The checklist's criteria, compiled.</summary>
    public KernelExpression[]? Criteria { get; }

    /// <summary>The scale when it is proportional.</summary>
    public ProportionalScale? Proportional { get; }

    /// <summary>Whether the maximum has more decimals than points are rounded to, so that rounding could pass it.</summary>
    public bool MaximumFinerThanPoints { get; }

    /// <summary>The checklist's conditions, one interval per criterion, in order.</summary>
    public BandTable<decimal>? Conditions { get; }

    public bool Includes(Municipality unit) => _declaredMembers?.Contains(unit.Code) ?? unit.IsInGroup(Group!);
}
