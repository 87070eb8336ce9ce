using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Rubrics;

/// <summary>What scoring does when an indicator's value is missing (a blank cell).</summary>
public enum MissingDataPolicy
{
    /// <summary>Leave the indicator out for that municipality and lower its maximum by the indicator's points. The default.</summary>
    ExcludeAndRescale,

    /// <summary>Score the indicator 0 out of its maximum.</summary>
    ScoreZero,

    /// <summary>Stop scoring with an error naming the municipality and the indicator.</summary>
    Fail,
}

/// <summary>How the points of a dropped indicator are redistributed.</summary>
public enum PointsRedistribution
{
    /// <summary>Not at all: the maximum (and any declared area or rubric total) shrinks.</summary>
    None,

    /// <summary>To the other scored indicators of the same area, in proportion to their points.</summary>
    ProportionalWithinArea,

    /// <summary>To the other scored indicators of the same area, in equal parts.</summary>
    EquallyWithinArea,

    /// <summary>To every other scored indicator of the rubric, in proportion to their points.</summary>
    ProportionalAcrossRubric,
}

/// <summary>
/// A group of units the rubric declares by name and members, for group overrides. A group the rubric does not declare
/// is a unit attribute: a kind (<c>City</c>, <c>County</c>, <c>District</c>), a region (<c>Southern</c>, <c>Northern</c>
/// for Gyeonggi) or a named group of the units (see <see cref="Municipality.IsInGroup"/>).
/// </summary>
/// <param name="Name">The group name.</param>
/// <param name="MemberCodes">The codes of the member units.</param>
[Immutable]
public sealed record MunicipalityGroup(string Name, IReadOnlyList<string> MemberCodes)
{
    /// <summary>The codes of the member units (a copy of the list given).</summary>
    public IReadOnlyList<string> MemberCodes { get; init => field = value.ToImmutableArray(); } = MemberCodes.ToImmutableArray();

    /// <summary>The kind names a declared group may not take, because units answer to them: City, County, District.</summary>
    public static IReadOnlyList<string> ReservedNames { get; } = ["City", "County", "District"];

    /// <inheritdoc/>
    public bool Equals(MunicipalityGroup? other) => other is not null && Name == other.Name && MemberCodes.SequenceEqual(other.MemberCodes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, MemberCodes.Count);
}

/// <summary>Another scale (and optionally other points) for the municipalities of a group.</summary>
/// <param name="Group">The group name (built-in or declared on the rubric).</param>
/// <param name="Scale">The scale for the group.</param>
/// <param name="MaximumPoints">The maximum for the group, or null to keep the indicator's.</param>
[Immutable]
public sealed record GroupOverride(string Group, Scale Scale, decimal? MaximumPoints);

/// <summary>Units for which an indicator does not apply (distinct from missing and from zero), by code.</summary>
/// <param name="UnitCodes">The codes of the units.</param>
/// <param name="Reason">Why it does not apply.</param>
[Immutable]
public sealed record NotApplicableRule(IReadOnlyList<string> UnitCodes, string Reason)
{
    /// <summary>The codes of the units (a copy of the list given).</summary>
    public IReadOnlyList<string> UnitCodes { get; init => field = value.ToImmutableArray(); } = UnitCodes.ToImmutableArray();

    /// <inheritdoc/>
    public bool Equals(NotApplicableRule? other) => other is not null && Reason == other.Reason && UnitCodes.SequenceEqual(other.UnitCodes);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Reason, UnitCodes.Count);
}

/// <summary>An indicator (평가지표): its points, what it reads, and its scale.</summary>
/// <remarks>Immutable; built by <see cref="RubricBuilder"/>.</remarks>
[Immutable]
public sealed class Indicator
{
    internal Indicator(
        string code, string koreanName, string englishName, decimal maximumPoints, MeasureExpression? measure, Scale scale,
        MissingDataPolicy? missingData, IReadOnlyList<GroupOverride> groupOverrides, NotApplicableRule? notApplicable,
        string? exclusionReason, Provenance pointsProvenance)
    {
        Code = code;
        KoreanName = koreanName;
        EnglishName = englishName;
        MaximumPoints = maximumPoints;
        Measure = measure;
        Scale = scale;
        MissingData = missingData;
        GroupOverrides = groupOverrides.ToImmutableArray();
        NotApplicable = notApplicable;
        ExclusionReason = exclusionReason;
        PointsProvenance = pointsProvenance;
    }

    /// <summary>The code, for example <c>C1</c>.</summary>
    public string Code { get; }

    /// <summary>The Korean name.</summary>
    public string KoreanName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The maximum points (배점).</summary>
    public decimal MaximumPoints { get; }

    /// <summary>What the indicator reads; null for checklists (their criteria read) and unspecified scales.</summary>
    public MeasureExpression? Measure { get; }

    /// <summary>The scale.</summary>
    public Scale Scale { get; }

    /// <summary>The missing-data policy, or null to use the rubric's.</summary>
    public MissingDataPolicy? MissingData { get; }

    /// <summary>Other scales for groups of municipalities.</summary>
    public IReadOnlyList<GroupOverride> GroupOverrides { get; }

    /// <summary>Municipalities for which the indicator does not apply, if any.</summary>
    public NotApplicableRule? NotApplicable { get; }

    /// <summary>Why the indicator is excluded from scoring, or null when it is scored.</summary>
    public string? ExclusionReason { get; }

    /// <summary>Whether the indicator is excluded from scoring (its points do not count towards the maximum).</summary>
    public bool IsExcluded => ExclusionReason is not null;

    /// <summary>Where the points come from.</summary>
    public Provenance PointsProvenance { get; }

    /// <summary>Whether the indicator is scored: neither excluded nor with an unspecified scale.</summary>
    public bool IsScored => !IsExcluded && Scale.Kind != ScaleKind.Unspecified;

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Code} {KoreanName} ({MaximumPoints} pts)");
}

/// <summary>An area (평가분야) A–D with its indicators.</summary>
[Immutable]
public sealed class Area
{
    internal Area(string code, string koreanName, string englishName, decimal? declaredPoints, IReadOnlyList<Indicator> indicators)
    {
        Code = code;
        KoreanName = koreanName;
        EnglishName = englishName;
        DeclaredPoints = declaredPoints;
        Indicators = indicators.ToImmutableArray();
    }

    /// <summary>The code, for example <c>C</c>.</summary>
    public string Code { get; }

    /// <summary>The Korean name.</summary>
    public string KoreanName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The subtotal the area declares, if any (validated against its indicators).</summary>
    public decimal? DeclaredPoints { get; }

    /// <summary>The indicators in order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>The maximum the area's scored indicators can give (excluded and unspecified ones do not count).</summary>
    public decimal MaximumPoints => Indicators.Where(i => i.IsScored).Sum(i => i.MaximumPoints);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {KoreanName}";
}

/// <summary>
/// A built, validated rubric: areas → indicators → scales. Immutable and thread-safe; <see cref="ToBuilder"/> starts
/// a variant; <see cref="RubricJson"/> writes it as data and reads it back.
/// </summary>
[Immutable]
public sealed class Rubric
{
    internal Rubric(
        string name, string? description, decimal? declaredTotal, MissingDataPolicy missingData, int pointsDecimals,
        IReadOnlyList<MunicipalityGroup> groups, IReadOnlyList<Area> areas, IReadOnlyList<RubricProblem> warnings)
    {
        Name = name;
        Description = description;
        DeclaredTotal = declaredTotal;
        MissingData = missingData;
        PointsDecimals = pointsDecimals;
        Groups = groups.ToImmutableArray();
        Areas = areas.ToImmutableArray();
        Warnings = warnings.ToImmutableArray();
    }

    /// <summary>The rubric's name.</summary>
    public string Name { get; }

    /// <summary>The same rubric with its warnings replaced (a rubric read from a file places them in the file).</summary>
    internal Rubric WithWarnings(IReadOnlyList<RubricProblem> warnings) =>
        new(Name, Description, DeclaredTotal, MissingData, PointsDecimals, Groups, Areas, warnings);

    /// <summary>A description, if any.</summary>
    public string? Description { get; }

    /// <summary>The total the rubric declares (계), if any.</summary>
    public decimal? DeclaredTotal { get; }

    /// <summary>The default missing-data policy.</summary>
    public MissingDataPolicy MissingData { get; }

    /// <summary>
    /// How many decimals an indicator's points keep: points are exact decimals, and a proportional scale's share is
    /// rounded to this many decimals, half away from zero. Totals are exact sums of the rounded points.
    /// </summary>
    public int PointsDecimals { get; }

    /// <summary>The groups the rubric declares by members (other group names are unit attributes).</summary>
    public IReadOnlyList<MunicipalityGroup> Groups { get; }

    /// <summary>The areas in order.</summary>
    public IReadOnlyList<Area> Areas { get; }

    /// <summary>
    /// Problems accepted as warnings at <see cref="RubricBuilder.Build"/> (a published rubric's own inconsistencies),
    /// and the problems that are always warnings (<see cref="RubricProblemKind.MaximumUnreachable"/>).
    /// </summary>
    public IReadOnlyList<RubricProblem> Warnings { get; }

    /// <summary>All indicators in order.</summary>
    public IEnumerable<Indicator> Indicators => Areas.SelectMany(a => a.Indicators);

    /// <summary>The maximum of the scored indicators (excluded and unspecified ones do not count).</summary>
    public decimal MaximumPoints => Areas.Sum(a => a.MaximumPoints);

    /// <summary>An indicator by code.</summary>
    /// <param name="code">For example <c>C1</c>.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that code.</exception>
    public Indicator Indicator(string code) =>
        Indicators.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"Rubric '{Name}' has no indicator {code}.");

    /// <summary>A group the rubric declares by members.</summary>
    /// <param name="name">The group name.</param>
    /// <returns>The group, or null when the name is not declared (it is then a unit attribute).</returns>
    public MunicipalityGroup? Group(string name) => Groups.FirstOrDefault(g => g.Name == name);

    /// <summary>Starts a builder with this rubric's definition, for a variant.</summary>
    /// <returns>A new mutable builder; the rubric itself is unchanged.</returns>
    public RubricBuilder ToBuilder() => RubricBuilder.From(this);

    /// <summary>Starts a rubric.</summary>
    /// <param name="name">The rubric's name.</param>
    /// <returns>A new builder.</returns>
    public static RubricBuilder Create(string name) => new(name);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Indicators.Count()} indicators, {MaximumPoints} pts)");
}
