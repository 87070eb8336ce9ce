using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Rubrics;

/// <summary>
/// Builds a <see cref="Rubric"/>: areas, indicators with points, what each reads and its scale. Mutable and not
/// thread-safe; <see cref="Build"/> validates the whole definition, reports every problem at once, and returns an
/// immutable rubric.
/// </summary>
/// <example>
/// <code>
/// var rubric = Rubric.Create("caseload only")
///     .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
///         .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
///             .Reads(Measure.CasesPerCaseManager)
///             .WithBands(bands => bands
///                 .Band(10, BandRange.From(30).To(50))
///                 .Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55))
///                 .Otherwise(2))
///             .WithProvenance(Provenance.FromAssumption("an example: the optimum of p.32, coarser"))))
///     .Build();
/// </code>
/// </example>
public sealed class RubricBuilder
{
    private readonly List<AreaBuilder> _areas = [];
    private readonly List<MunicipalityGroup> _groups = [];
    private readonly HashSet<RubricProblemKind> _acceptedAsWarnings = [];
    private IReadOnlyCollection<Measure>? _availableMeasures;

    internal RubricBuilder(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    internal string Name { get; private set; }

    internal string? Description { get; private set; }

    internal decimal? DeclaredTotal { get; private set; }

    internal MissingDataPolicy MissingData { get; private set; } = MissingDataPolicy.ExcludeAndRescale;

    internal int PointsDecimals { get; private set; } = 2;

    internal IReadOnlyList<AreaBuilder> Areas => _areas;

    /// <summary>Renames the rubric (variants usually get a new name).</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithName(string name)
    {
        Name = Guard.Against.NullOrWhiteSpace(name);
        return this;
    }

    /// <summary>Sets a description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithDescription(string? description)
    {
        Description = description;
        return this;
    }

    /// <summary>Declares the total the indicators must add up to (validated at <see cref="Build"/>).</summary>
    /// <param name="total">The declared total, or null for none.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithDeclaredTotal(decimal? total)
    {
        DeclaredTotal = total;
        return this;
    }

    /// <summary>The default missing-data policy (<see cref="MissingDataPolicy.ExcludeAndRescale"/> unless set).</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithMissingData(MissingDataPolicy policy)
    {
        MissingData = policy;
        return this;
    }

    /// <summary>How many decimals points keep (2 unless set); rounding is half away from zero.</summary>
    /// <param name="decimals">From 0 to 6.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–6.</exception>
    public RubricBuilder WithPointsDecimals(int decimals)
    {
        PointsDecimals = Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 6);
        return this;
    }

    /// <summary>Declares a named group of units by its members, for group overrides.</summary>
    /// <param name="name">The group name; not a kind name (City, County, District), which units answer to themselves.</param>
    /// <param name="members">The units.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, reserved, or already declared.</exception>
    public RubricBuilder AddGroup(string name, params Municipality[] members) =>
        AddGroup(name, Guard.Against.Null(members).Select(m => Guard.Against.Null(m).Code));

    /// <summary>Declares a named group of units by the codes of its members, for group overrides.</summary>
    /// <param name="name">The group name; not a kind name (City, County, District), which units answer to themselves.</param>
    /// <param name="unitCodes">The codes of the member units.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, reserved, or already declared, or a code is empty.</exception>
    public RubricBuilder AddGroup(string name, IEnumerable<string> unitCodes)
    {
        Guard.Against.NullOrWhiteSpace(name);
        if (MunicipalityGroup.ReservedNames.Contains(name) || _groups.Any(g => g.Name == name))
        {
            throw new ArgumentException($"A group named '{name}' already exists.", nameof(name));
        }

        _groups.Add(new MunicipalityGroup(name, Codes(unitCodes, nameof(unitCodes))));
        return this;
    }

    /// <summary>Distinct, non-empty unit codes in the given order.</summary>
    internal static string[] Codes(IEnumerable<string> codes, string parameter)
    {
        var list = Guard.Against.Null(codes).ToArray();
        return list.Any(string.IsNullOrWhiteSpace)
            ? throw new ArgumentException("A unit code must not be empty.", parameter)
            : [.. list.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Adds an area.</summary>
    /// <param name="code">The code, for example <c>A</c>.</param>
    /// <param name="koreanName">The Korean name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="configure">Adds the area's indicators.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder AddArea(string code, string koreanName, string englishName, Action<AreaBuilder> configure)
    {
        var area = new AreaBuilder(Guard.Against.Null(code), koreanName, englishName);
        Guard.Against.Null(configure)(area);
        _areas.Add(area);
        return this;
    }

    /// <summary>Changes an existing area.</summary>
    /// <param name="code">The area code.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No area has that code.</exception>
    public RubricBuilder Area(string code, Action<AreaBuilder> configure)
    {
        Guard.Against.Null(configure)(_areas.FirstOrDefault(a => a.Code == code) ?? throw new KeyNotFoundException($"The rubric has no area {code}."));
        return this;
    }

    /// <summary>Changes an existing indicator, wherever it is.</summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="configure">The changes.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    public RubricBuilder Indicator(string code, Action<IndicatorBuilder> configure)
    {
        var indicator = _areas.SelectMany(a => a.Indicators).FirstOrDefault(i => i.Code == code)
            ?? throw new KeyNotFoundException($"The rubric has no indicator {code}.");
        Guard.Against.Null(configure)(indicator);
        return this;
    }

    /// <summary>Removes an indicator (the maximum shrinks by its points).</summary>
    /// <param name="code">The indicator code.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    public RubricBuilder RemoveIndicator(string code)
    {
        foreach (var area in _areas)
        {
            if (area.Remove(code))
            {
                return this;
            }
        }

        throw new KeyNotFoundException($"The rubric has no indicator {code}.");
    }

    /// <summary>
    /// Removes an indicator and, by the stated rule, gives its points to the others (each is reweighted, so values
    /// keep their share of the maximum).
    /// </summary>
    /// <param name="code">The indicator code.</param>
    /// <param name="rule">How its points are redistributed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    /// <exception cref="InvalidOperationException">No indicator is left to receive the points.</exception>
    public RubricBuilder DropIndicator(string code, PointsRedistribution rule = PointsRedistribution.None)
    {
        var area = _areas.FirstOrDefault(a => a.Indicators.Any(i => i.Code == code)) ?? throw new KeyNotFoundException($"The rubric has no indicator {code}.");
        var dropped = area.Indicators.First(i => i.Code == code);
        var points = dropped.MaximumPoints;
        RemoveIndicator(code);
        var receivers = rule switch
        {
            PointsRedistribution.None => [],
            PointsRedistribution.ProportionalWithinArea or PointsRedistribution.EquallyWithinArea => area.Indicators.Where(IsScoredSpec).ToList(),
            _ => _areas.SelectMany(a => a.Indicators).Where(IsScoredSpec).ToList(),
        };
        if (rule != PointsRedistribution.None && receivers.Count == 0)
        {
            throw new InvalidOperationException($"No scored indicator is left to receive the {points.ToString(System.Globalization.CultureInfo.InvariantCulture)} points of {code}.");
        }

        // Shares are rounded to 4 decimals; the last receiver takes the remainder so no point is lost.
        var total = receivers.Sum(i => i.MaximumPoints);
        var given = 0m;
        for (var r = 0; r < receivers.Count; r++)
        {
            var receiver = receivers[r];
            var share = r == receivers.Count - 1 ? points - given
                : Math.Round(rule == PointsRedistribution.EquallyWithinArea ? points / receivers.Count : points * receiver.MaximumPoints / total, 4, MidpointRounding.AwayFromZero);
            given += share;
            if (share != 0)
            {
                receiver.Reweight(receiver.MaximumPoints + share);
            }
        }

        if (area.DeclaredPoints is { } declared && rule is PointsRedistribution.None or PointsRedistribution.ProportionalAcrossRubric)
        {
            area.WithDeclaredPoints(declared - points);
        }

        if (DeclaredTotal is { } rubricTotal && rule == PointsRedistribution.None)
        {
            DeclaredTotal = rubricTotal - points;
        }

        return this;

        static bool IsScoredSpec(IndicatorBuilder i) => i.ExclusionReason is null && i.Scale is not null and not UnspecifiedSpec && i.MaximumPoints > 0;
    }

    /// <summary>
    /// Accepts problems of these kinds as warnings kept on the built rubric instead of failing the build, for a
    /// rubric transcribed as published with its own inconsistencies.
    /// </summary>
    /// <param name="kinds">The kinds to accept.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder AcceptAsWarnings(params RubricProblemKind[] kinds)
    {
        _acceptedAsWarnings.UnionWith(kinds ?? []);
        return this;
    }

    /// <summary>
    /// Checks at <see cref="Build"/> that indicators read only these measures (for example
    /// <see cref="MeasureCatalog.Gyeonggi2016"/>). Unless set, any measure id may be read, and the data is checked when
    /// it is scored.
    /// </summary>
    /// <param name="measures">The measures the data will hold.</param>
    /// <returns>This builder.</returns>
    public RubricBuilder WithAvailableMeasures(IEnumerable<Measure> measures)
    {
        _availableMeasures = [.. Guard.Against.Null(measures)];
        return this;
    }

    /// <summary>Validates the whole definition and builds the rubric.</summary>
    /// <returns>The immutable rubric, with accepted problems in <see cref="Rubric.Warnings"/>.</returns>
    /// <exception cref="RubricValidationException">The definition has problems that were not accepted; every one is listed.</exception>
    public Rubric Build()
    {
        var validator = new RubricValidator(_availableMeasures);
        var areas = _areas.Select(a => a.Build(validator)).ToList();
        validator.CheckCodes(_areas);
        var sum = _areas.SelectMany(a => a.Indicators).Sum(i => i.MaximumPoints);
        if (DeclaredTotal is { } total && total != sum)
        {
            validator.Add(RubricProblemKind.RubricTotalMismatch, "rubric", FormattableString.Invariant($"indicators add up to {sum} points, but the rubric declares {total}"));
        }

        var errors = validator.Problems.Where(p => !_acceptedAsWarnings.Contains(p.Kind) && !RubricValidator.IsAlwaysWarning(p.Kind)).ToList();
        if (errors.Count > 0)
        {
            throw new RubricValidationException(Name, validator.Problems);
        }

        return new Rubric(Name, Description, DeclaredTotal, MissingData, PointsDecimals, [.. _groups], areas, validator.Problems);
    }

    internal static RubricBuilder From(Rubric rubric)
    {
        var builder = new RubricBuilder(rubric.Name)
        {
            Description = rubric.Description,
            DeclaredTotal = rubric.DeclaredTotal,
            MissingData = rubric.MissingData,
            PointsDecimals = rubric.PointsDecimals,
        };
        builder._groups.AddRange(rubric.Groups);
        builder._acceptedAsWarnings.UnionWith(rubric.Warnings.Select(w => w.Kind).Where(k => !RubricValidator.IsAlwaysWarning(k)));
        foreach (var area in rubric.Areas)
        {
            builder._areas.Add(AreaBuilder.From(area));
        }

        return builder;
    }
}

/// <summary>Builds an area's indicators.</summary>
public sealed class AreaBuilder
{
    private readonly List<IndicatorBuilder> _indicators = [];

    internal AreaBuilder(string code, string koreanName, string englishName)
    {
        Code = code;
        KoreanName = koreanName ?? string.Empty;
        EnglishName = englishName ?? string.Empty;
    }

    internal string Code { get; }

    internal string KoreanName { get; }

    internal string EnglishName { get; }

    internal decimal? DeclaredPoints { get; private set; }

    internal IReadOnlyList<IndicatorBuilder> Indicators => _indicators;

    /// <summary>Declares the subtotal the area's indicators must add up to.</summary>
    /// <param name="points">The declared subtotal.</param>
    /// <returns>This builder.</returns>
    public AreaBuilder WithDeclaredPoints(decimal? points)
    {
        DeclaredPoints = points;
        return this;
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="code">The code, for example <c>C1</c>.</param>
    /// <param name="koreanName">The Korean name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="maximumPoints">The maximum points.</param>
    /// <param name="configure">What it reads and its scale.</param>
    /// <returns>This builder.</returns>
    public AreaBuilder AddIndicator(string code, string koreanName, string englishName, decimal maximumPoints, Action<IndicatorBuilder> configure)
    {
        var indicator = new IndicatorBuilder(Guard.Against.Null(code), koreanName, englishName, maximumPoints);
        Guard.Against.Null(configure)(indicator);
        _indicators.Add(indicator);
        return this;
    }

    internal bool Remove(string code) => _indicators.RemoveAll(i => i.Code == code) > 0;

    internal Area Build(RubricValidator validator)
    {
        var indicators = _indicators.Select(i => i.Build(validator)).ToList();
        var sum = _indicators.Sum(i => i.MaximumPoints);
        if (DeclaredPoints is { } declared && declared != sum)
        {
            validator.Add(RubricProblemKind.AreaTotalMismatch, Code, FormattableString.Invariant($"indicators add up to {sum} points, but the area declares {declared}"));
        }

        return new Area(Code, KoreanName, EnglishName, DeclaredPoints, indicators);
    }

    internal static AreaBuilder From(Area area)
    {
        var builder = new AreaBuilder(area.Code, area.KoreanName, area.EnglishName) { DeclaredPoints = area.DeclaredPoints };
        builder._indicators.AddRange(area.Indicators.Select(IndicatorBuilder.From));
        return builder;
    }
}

/// <summary>
/// The step after a scale is chosen or changed: where it comes from. A new scale starts with no provenance (it does
/// not inherit the one it replaces), and <see cref="RubricBuilder.Build"/> reports a scale without one as
/// <see cref="RubricProblemKind.MissingProvenance"/>.
/// </summary>
/// <typeparam name="TBuilder">The builder the chain goes back to (an indicator or a group override).</typeparam>
/// <example><c>.WithBands(b => b.Band(10, BandRange.From(30).To(50)).Otherwise(2)).WithProvenance(Provenance.FromTable("Ⅱ-4", 32))</c></example>
public interface IScaleProvenance<out TBuilder>
{
    /// <summary>Where the scale just chosen comes from.</summary>
    /// <param name="provenance">A table and page, a page of prose, or an assumption with its reason.</param>
    /// <returns>The builder, to go on with the indicator or group override.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provenance"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The scale this step belongs to has since been replaced by another.</exception>
    TBuilder WithProvenance(Provenance provenance);
}

/// <summary>Chooses a scale: shared by indicators and their group overrides. Each choice returns the provenance step.</summary>
public abstract class ScaleChoice<TSelf>
    where TSelf : ScaleChoice<TSelf>
{
    private protected ScaleChoice()
    {
    }

    internal ScaleSpec? Scale { get; set; }

    /// <summary>Numeric bands to points, each band a union of <see cref="BandRange"/>s.</summary>
    /// <param name="configure">Adds the bands.</param>
    /// <returns>The provenance step of the new scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public IScaleProvenance<TSelf> WithBands(Action<BandScaleBuilder> configure)
    {
        var bands = new BandScaleBuilder();
        Guard.Against.Null(configure)(bands);
        return Choose(new BandSpec(bands.Bands, bands.OtherwisePoints, false, null));
    }

    /// <summary>Ordered named categories to points (every category labelled, as printed: ① 1회 미만 …).</summary>
    /// <param name="configure">Adds the categories.</param>
    /// <returns>The provenance step of the new scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public IScaleProvenance<TSelf> WithCategories(Action<CategoryScaleBuilder> configure)
    {
        var categories = new CategoryScaleBuilder();
        Guard.Against.Null(configure)(categories);
        return Choose(new BandSpec(categories.Categories, categories.OtherwisePoints, true, null));
    }

    /// <summary>Points by how many criteria hold.</summary>
    /// <param name="configure">Adds the criteria and the points.</param>
    /// <returns>The provenance step of the new scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public IScaleProvenance<TSelf> WithChecklist(Action<ChecklistBuilder> configure)
    {
        var checklist = new ChecklistBuilder();
        Guard.Against.Null(configure)(checklist);
        return Choose(new ChecklistSpec(checklist.Criteria, checklist.PointsByCount, null));
    }

    /// <summary>A share of the maximum: 0 at <paramref name="zeroAt"/>, full at <paramref name="fullAt"/>, linear between.</summary>
    /// <param name="zeroAt">The value that earns nothing.</param>
    /// <param name="fullAt">The value that earns the maximum.</param>
    /// <returns>The provenance step of the new scale.</returns>
    public IScaleProvenance<TSelf> Proportional(decimal zeroAt, decimal fullAt) => Choose(new ProportionalSpec(zeroAt, fullAt, null));

    /// <summary>Bands whose edges are statistics of the scored population, each a <see cref="CutoffRange"/>.</summary>
    /// <param name="configure">Adds the bands.</param>
    /// <returns>The provenance step of the new scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public IScaleProvenance<TSelf> WithPopulationBands(Action<PopulationBandBuilder> configure)
    {
        var bands = new PopulationBandBuilder();
        Guard.Against.Null(configure)(bands);
        return Choose(new PopulationSpec(bands.Bands, bands.OtherwisePoints, bands.QuantileDefinition, null));
    }

    /// <summary>The report names the indicator but prints no scale.</summary>
    /// <param name="printed">What the report prints instead.</param>
    /// <returns>The provenance step of the new scale.</returns>
    public IScaleProvenance<TSelf> Unspecified(string printed) => Choose(new UnspecifiedSpec(printed ?? string.Empty, null));

    /// <summary>Makes <paramref name="spec"/> the scale and returns its provenance step.</summary>
    private protected IScaleProvenance<TSelf> Choose(ScaleSpec spec)
    {
        // A new or changed scale never keeps a provenance: the source of the old scale does not describe it.
        Scale = spec with { Provenance = null };
        return new ProvenanceStep(this, Scale);
    }

    /// <summary>Gives the provenance to the scale it was returned for, and only while that scale is still the chosen one.</summary>
    private sealed class ProvenanceStep(ScaleChoice<TSelf> owner, ScaleSpec spec) : IScaleProvenance<TSelf>
    {
        private ScaleSpec _spec = spec;

        public TSelf WithProvenance(Provenance provenance)
        {
            Guard.Against.Null(provenance);
            if (!ReferenceEquals(owner.Scale, _spec))
            {
                throw new InvalidOperationException("This provenance step belongs to a scale that has since been replaced; give the provenance on the step the new scale returned.");
            }

            owner.Scale = _spec = _spec with { Provenance = provenance };
            return (TSelf)owner;
        }
    }
}

/// <summary>Builds an indicator: what it reads, its scale, its policies.</summary>
public sealed class IndicatorBuilder : ScaleChoice<IndicatorBuilder>
{
    private readonly List<(string Group, GroupOverrideBuilder Override)> _overrides = [];

    internal IndicatorBuilder(string code, string koreanName, string englishName, decimal maximumPoints)
    {
        Code = code;
        KoreanName = koreanName ?? string.Empty;
        EnglishName = englishName ?? string.Empty;
        MaximumPoints = maximumPoints;
    }

    internal string Code { get; }

    internal string KoreanName { get; }

    internal string EnglishName { get; }

    internal decimal MaximumPoints { get; private set; }

    internal MeasureExpression? Measure { get; private set; }

    internal MissingDataPolicy? MissingData { get; private set; }

    internal NotApplicableRule? NotApplicable { get; private set; }

    internal string? ExclusionReason { get; private set; }

    internal Provenance? PointsProvenance { get; private set; }

    /// <summary>Reads a dataset field.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="target">Its value (default) or, for <c>n(p%)</c> cells, its percentage.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Reads(Measure measure, ValuePart target = ValuePart.Value)
    {
        Measure = MeasureExpression.Field(Guard.Against.Null(measure), target);
        return this;
    }

    /// <summary>Reads a derived measure.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Reads(MeasureExpression expression)
    {
        Measure = Guard.Against.Null(expression);
        return this;
    }

    /// <summary>Changes the maximum points.</summary>
    /// <param name="points">The maximum.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithMaximumPoints(decimal points)
    {
        MaximumPoints = points;
        return this;
    }

    /// <summary>
    /// Reweights the indicator: a new maximum, with every points level of its scale (and of its group overrides)
    /// multiplied by <c>newMaximum ÷ old maximum</c> (rounded to 4 decimals), so a value keeps its share of the maximum.
    /// An assumption keeps its reason: the rule is the same, its points scaled (state a rule's points as shares of the
    /// maximum, and its reason stays true); a printed source (<c>표 Ⅱ-4 p.32</c>) becomes an assumption that says the
    /// printed points were rescaled.
    /// </summary>
    /// <param name="newMaximum">The new maximum points.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The current maximum is 0, so there is no share to keep, or the new
    /// maximum equals the current one, so nothing would change.</exception>
    public IndicatorBuilder Reweight(decimal newMaximum)
    {
        if (MaximumPoints == 0)
        {
            throw new InvalidOperationException($"{Code} has a maximum of 0; set its points with WithMaximumPoints and its scale instead.");
        }

        if (newMaximum == MaximumPoints)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"{Code}: Reweight({newMaximum}) would change nothing: the maximum is already {MaximumPoints}."));
        }

        Scale = Scale is null ? null : ScaleSpec.Rescale(Scale, MaximumPoints, newMaximum);
        foreach (var (_, groupOverride) in _overrides)
        {
            var groupMaximum = groupOverride.MaximumPoints ?? MaximumPoints;
            var newGroupMaximum = groupOverride.MaximumPoints is null ? newMaximum : Math.Round(groupMaximum * newMaximum / MaximumPoints, 4, MidpointRounding.AwayFromZero);
            groupOverride.Scale = groupOverride.Scale is null ? null : ScaleSpec.Rescale(groupOverride.Scale, groupMaximum, newGroupMaximum);
            groupOverride.WithMaximumPoints(groupOverride.MaximumPoints is null ? null : newGroupMaximum);
        }

        MaximumPoints = newMaximum;
        return this;
    }

    /// <summary>
    /// Moves every band edge equal to <paramref name="from"/> to <paramref name="to"/> (bands and categories), keeping
    /// each side's inclusiveness. The changed scale starts with no provenance: give its source on the returned step.
    /// </summary>
    /// <param name="from">The edge to move.</param>
    /// <param name="to">Its new position.</param>
    /// <returns>The provenance step of the changed scale.</returns>
    /// <exception cref="InvalidOperationException">The scale has no bands or categories, no edge is at
    /// <paramref name="from"/>, or <paramref name="to"/> equals <paramref name="from"/>: the call would change nothing.</exception>
    public IScaleProvenance<IndicatorBuilder> MoveBandEdge(double from, double to)
    {
        var call = FormattableString.Invariant($"MoveBandEdge({from}, {to})");
        var bands = BandsToChange(call);
        if (from.Equals(to))
        {
            throw new InvalidOperationException($"{Code}: {call} would move nothing: the new edge equals the old.");
        }

        var edges = ScaleSpec.Edges(bands);
        if (!edges.Contains(from))
        {
            throw new InvalidOperationException($"{Code}: {call} found no band edge at {from.ToString(CultureInfo.InvariantCulture)}; the edges are {string.Join(", ", edges.Select(e => e.ToString(CultureInfo.InvariantCulture)))}.");
        }

        return Choose(ScaleSpec.MapEdges(bands, e => e == from ? to : e));
    }

    /// <summary>
    /// Shifts every finite band edge by <paramref name="delta"/> (for example −10 moves 30–50 to 20–40). The changed
    /// scale starts with no provenance: give its source on the returned step.
    /// </summary>
    /// <param name="delta">The shift.</param>
    /// <returns>The provenance step of the changed scale.</returns>
    /// <exception cref="InvalidOperationException">The scale has no bands or categories, none of its bands has a finite
    /// edge, or <paramref name="delta"/> is 0: the call would change nothing.</exception>
    public IScaleProvenance<IndicatorBuilder> ShiftBandEdges(double delta)
    {
        var call = FormattableString.Invariant($"ShiftBandEdges({delta})");
        var bands = BandsToChange(call);
        if (delta == 0)
        {
            throw new InvalidOperationException($"{Code}: {call} would move nothing.");
        }

        if (ScaleSpec.Edges(bands).Count == 0)
        {
            throw new InvalidOperationException($"{Code}: {call} found no finite band edge to shift.");
        }

        return Choose(ScaleSpec.MapEdges(bands, e => e + delta));
    }

    private BandSpec BandsToChange(string call) => Scale as BandSpec
        ?? throw new InvalidOperationException($"{Code}: {call} needs a scale of bands or categories; the scale is {ScaleSpec.KindName(Scale)}.");

    /// <summary>Where the points come from.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithPointsProvenance(Provenance provenance)
    {
        PointsProvenance = Guard.Against.Null(provenance);
        return this;
    }

    /// <summary>Overrides the rubric's missing-data policy for this indicator.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder WithMissingData(MissingDataPolicy policy)
    {
        MissingData = policy;
        return this;
    }

    /// <summary>Marks the indicator not applicable for some units (neither missing nor zero).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="municipalities">The units.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder NotApplicableFor(string reason, params Municipality[] municipalities) =>
        NotApplicableFor(reason, Guard.Against.Null(municipalities).Select(m => Guard.Against.Null(m).Code));

    /// <summary>Marks the indicator not applicable for some units, by code (neither missing nor zero).</summary>
    /// <param name="reason">Why.</param>
    /// <param name="unitCodes">The codes of the units.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder NotApplicableFor(string reason, IEnumerable<string> unitCodes)
    {
        NotApplicable = new NotApplicableRule(RubricBuilder.Codes(unitCodes, nameof(unitCodes)), Guard.Against.NullOrWhiteSpace(reason));
        return this;
    }

    /// <summary>Excludes the indicator from scoring; its points leave the maximum.</summary>
    /// <param name="reason">Why (for example: no published data).</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Excluded(string reason)
    {
        ExclusionReason = Guard.Against.NullOrWhiteSpace(reason);
        return this;
    }

    /// <summary>Another scale (and optionally other points) for a group of municipalities.</summary>
    /// <param name="group">A group declared with <see cref="RubricBuilder.AddGroup(string, Municipality[])"/>, or a unit
    /// attribute: a kind (City, County, District), a region (Southern, Northern) or a named group of the units.</param>
    /// <param name="configure">Chooses the group's scale.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder ForGroup(string group, Action<GroupOverrideBuilder> configure)
    {
        var groupOverride = new GroupOverrideBuilder();
        Guard.Against.Null(configure)(groupOverride);
        _overrides.RemoveAll(o => o.Group == group);
        _overrides.Add((Guard.Against.NullOrWhiteSpace(group), groupOverride));
        return this;
    }

    internal Indicator Build(RubricValidator validator)
    {
        var scale = validator.Scale(Scale, Code, MaximumPoints, Measure, ExclusionReason is not null);
        var overrides = new List<GroupOverride>();
        foreach (var (group, groupOverride) in _overrides)
        {
            var max = groupOverride.MaximumPoints ?? MaximumPoints;
            var overrideScale = validator.Scale(groupOverride.Scale, $"{Code} [{group}]", max, Measure);
            overrides.Add(new GroupOverride(group, overrideScale, groupOverride.MaximumPoints));
        }

        if (MaximumPoints < 0)
        {
            validator.Add(RubricProblemKind.NegativePoints, Code, FormattableString.Invariant($"maximum points {MaximumPoints} are negative"));
        }

        return new Indicator(Code, KoreanName, EnglishName, MaximumPoints, Measure, scale, MissingData, overrides, NotApplicable, ExclusionReason,
            PointsProvenance ?? Provenance.FromAssumption("no source given"));
    }

    internal static IndicatorBuilder From(Indicator indicator)
    {
        var builder = new IndicatorBuilder(indicator.Code, indicator.KoreanName, indicator.EnglishName, indicator.MaximumPoints)
        {
            Measure = indicator.Measure,
            MissingData = indicator.MissingData,
            NotApplicable = indicator.NotApplicable,
            ExclusionReason = indicator.ExclusionReason,
            PointsProvenance = indicator.PointsProvenance,
            Scale = ScaleSpec.From(indicator.Scale),
        };
        foreach (var groupOverride in indicator.GroupOverrides)
        {
            var overrideBuilder = new GroupOverrideBuilder { Scale = ScaleSpec.From(groupOverride.Scale) };
            overrideBuilder.WithMaximumPoints(groupOverride.MaximumPoints);
            builder._overrides.Add((groupOverride.Group, overrideBuilder));
        }

        return builder;
    }
}

/// <summary>Chooses a group's scale and, optionally, its maximum.</summary>
public sealed class GroupOverrideBuilder : ScaleChoice<GroupOverrideBuilder>
{
    internal GroupOverrideBuilder()
    {
    }

    internal decimal? MaximumPoints { get; private set; }

    /// <summary>Other maximum points for the group (null keeps the indicator's).</summary>
    /// <param name="points">The maximum.</param>
    /// <returns>This builder.</returns>
    public GroupOverrideBuilder WithMaximumPoints(decimal? points)
    {
        MaximumPoints = points;
        return this;
    }
}
