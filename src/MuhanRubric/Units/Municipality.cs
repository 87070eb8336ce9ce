using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace MuhanRubric.Units;

/// <summary>
/// A unit that is evaluated: one of Gyeonggi Province's 31 cities and counties (시군), or any other 시군구 or
/// synthetic unit a dataset declares.
/// </summary>
/// <remarks>
/// <para>The 31 Gyeonggi municipalities are static members (<see cref="Suwon"/> … <see cref="Yeoncheon"/>) and form
/// the built-in catalogue <see cref="MunicipalityCatalog.Gyeonggi"/>; any other unit is created with the constructor
/// and listed in a <see cref="MunicipalityCatalog"/> of its own. Nothing in scoring, statistics or analysis needs the
/// built-in 31.</para>
/// <para>A unit belongs to a group (for group overrides in rubrics) through its attributes: its <see cref="Kind"/>
/// (<c>City</c>, <c>County</c>, <c>District</c>), its <see cref="Region"/>, or one of its named <see cref="Groups"/>;
/// see <see cref="IsInGroup"/>. Units compare by <see cref="Code"/> (ordinal). Instances are immutable and
/// thread-safe. Korean text is stored in Unicode NFC.</para>
/// </remarks>
[Immutable]
public sealed class Municipality : IEquatable<Municipality>
{
    private const string SouthernRegion = "Southern";
    private const string NorthernRegion = "Northern";

    /// <summary>Declares a unit.</summary>
    /// <param name="code">The identifier used in data files and code, for example <c>Suwon</c> (no surrounding whitespace).</param>
    /// <param name="koreanName">The Korean display name, for example <c>수원시</c>.</param>
    /// <param name="romanizedName">The romanized name, for example <c>Suwon-si</c>; the code when null.</param>
    /// <param name="kind">City (시), county (군) or autonomous district (구); <see cref="MunicipalityKind.Other"/> for anything else.</param>
    /// <param name="region">The region the unit belongs to (for Gyeonggi: <c>Southern</c> or <c>Northern</c>), or null.</param>
    /// <param name="groups">Further named groups the unit belongs to, for group overrides.</param>
    /// <param name="aliases">Other names a data file may use for the unit (a former name such as <c>포천군</c>).</param>
    /// <exception cref="ArgumentException">The code or Korean name is empty or whitespace, the code has surrounding
    /// whitespace, or a group or alias is empty.</exception>
    /// <exception cref="ArgumentNullException">The code or Korean name is null.</exception>
    public Municipality(
        string code,
        string koreanName,
        string? romanizedName = null,
        MunicipalityKind kind = MunicipalityKind.Other,
        string? region = null,
        IEnumerable<string>? groups = null,
        IEnumerable<string>? aliases = null)
    {
        Guard.Against.NullOrWhiteSpace(code);
        if (!string.Equals(code, code.Trim(), StringComparison.Ordinal))
        {
            throw new ArgumentException($"A unit code has no surrounding whitespace; got '{code}'.", nameof(code));
        }

        Code = code;
        KoreanName = Normalize(Guard.Against.NullOrWhiteSpace(koreanName));
        RomanizedName = string.IsNullOrWhiteSpace(romanizedName) ? code : romanizedName.Trim();
        Kind = Guard.Against.EnumOutOfRange(kind);
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        Groups = Names(groups, nameof(groups));
        Aliases = Names(aliases, nameof(aliases)).Select(Normalize).ToImmutableArray();
        ShortKoreanName = KoreanName.Length > 2 && KoreanName[^1] is '시' or '군' or '구' ? KoreanName[..^1] : KoreanName;
    }

    /// <summary>The identifier used in data files and code, for example <c>Suwon</c>.</summary>
    public string Code { get; }

    /// <summary>The Korean display name, for example <c>수원시</c> (NFC).</summary>
    public string KoreanName { get; }

    /// <summary>The romanized name, for example <c>Suwon-si</c>.</summary>
    public string RomanizedName { get; }

    /// <summary>City (시), county (군), autonomous district (구) or other.</summary>
    public MunicipalityKind Kind { get; }

    /// <summary>The region the unit belongs to (Gyeonggi: <c>Southern</c> or <c>Northern</c>), or null.</summary>
    public string? Region { get; }

    /// <summary>Further named groups the unit belongs to.</summary>
    public ImmutableArray<string> Groups { get; }

    /// <summary>Other names a data file may use for the unit.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>
    /// The Korean name without its 시/군/구 suffix, as tables often print it (<c>수원</c>); the full name when it has
    /// only two syllables (<c>중구</c>).
    /// </summary>
    public string ShortKoreanName { get; }

    /// <summary>
    /// Whether the unit belongs to a group: the group is its kind (<c>City</c>, <c>County</c>, <c>District</c>), its
    /// region, or one of its named groups. Names compare ordinally.
    /// </summary>
    /// <param name="group">The group name.</param>
    /// <returns>Whether the unit is a member.</returns>
    public bool IsInGroup(string group)
    {
        Guard.Against.Null(group);
        return (Kind != MunicipalityKind.Other && string.Equals(group, KindName(Kind), StringComparison.Ordinal))
            || string.Equals(group, Region, StringComparison.Ordinal)
            || Groups.Contains(group, StringComparer.Ordinal);
    }

    /// <summary>수원시 (Suwon-si), southern.</summary>
    public static Municipality Suwon { get; } = new("Suwon", "수원시", "Suwon-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>성남시 (Seongnam-si), southern.</summary>
    public static Municipality Seongnam { get; } = new("Seongnam", "성남시", "Seongnam-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>부천시 (Bucheon-si), southern.</summary>
    public static Municipality Bucheon { get; } = new("Bucheon", "부천시", "Bucheon-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>용인시 (Yongin-si), southern.</summary>
    public static Municipality Yongin { get; } = new("Yongin", "용인시", "Yongin-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>안산시 (Ansan-si), southern.</summary>
    public static Municipality Ansan { get; } = new("Ansan", "안산시", "Ansan-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>안양시 (Anyang-si), southern.</summary>
    public static Municipality Anyang { get; } = new("Anyang", "안양시", "Anyang-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>평택시 (Pyeongtaek-si), southern.</summary>
    public static Municipality Pyeongtaek { get; } = new("Pyeongtaek", "평택시", "Pyeongtaek-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>시흥시 (Siheung-si), southern.</summary>
    public static Municipality Siheung { get; } = new("Siheung", "시흥시", "Siheung-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>화성시 (Hwaseong-si), southern.</summary>
    public static Municipality Hwaseong { get; } = new("Hwaseong", "화성시", "Hwaseong-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>광명시 (Gwangmyeong-si), southern.</summary>
    public static Municipality Gwangmyeong { get; } = new("Gwangmyeong", "광명시", "Gwangmyeong-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>군포시 (Gunpo-si), southern.</summary>
    public static Municipality Gunpo { get; } = new("Gunpo", "군포시", "Gunpo-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>광주시 (Gwangju-si), southern. Gyeonggi's Gwangju-si, not Gwangju Metropolitan City.</summary>
    public static Municipality Gwangju { get; } = new("Gwangju", "광주시", "Gwangju-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>김포시 (Gimpo-si), southern.</summary>
    public static Municipality Gimpo { get; } = new("Gimpo", "김포시", "Gimpo-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>이천시 (Icheon-si), southern.</summary>
    public static Municipality Icheon { get; } = new("Icheon", "이천시", "Icheon-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>안성시 (Anseong-si), southern.</summary>
    public static Municipality Anseong { get; } = new("Anseong", "안성시", "Anseong-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>오산시 (Osan-si), southern.</summary>
    public static Municipality Osan { get; } = new("Osan", "오산시", "Osan-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>하남시 (Hanam-si), southern.</summary>
    public static Municipality Hanam { get; } = new("Hanam", "하남시", "Hanam-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>의왕시 (Uiwang-si), southern.</summary>
    public static Municipality Uiwang { get; } = new("Uiwang", "의왕시", "Uiwang-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>여주시 (Yeoju-si), southern.</summary>
    public static Municipality Yeoju { get; } = new("Yeoju", "여주시", "Yeoju-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>양평군 (Yangpyeong-gun), southern.</summary>
    public static Municipality Yangpyeong { get; } = new("Yangpyeong", "양평군", "Yangpyeong-gun", MunicipalityKind.County, SouthernRegion);

    /// <summary>과천시 (Gwacheon-si), southern.</summary>
    public static Municipality Gwacheon { get; } = new("Gwacheon", "과천시", "Gwacheon-si", MunicipalityKind.City, SouthernRegion);

    /// <summary>고양시 (Goyang-si), northern.</summary>
    public static Municipality Goyang { get; } = new("Goyang", "고양시", "Goyang-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>남양주시 (Namyangju-si), northern.</summary>
    public static Municipality Namyangju { get; } = new("Namyangju", "남양주시", "Namyangju-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>의정부시 (Uijeongbu-si), northern.</summary>
    public static Municipality Uijeongbu { get; } = new("Uijeongbu", "의정부시", "Uijeongbu-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>파주시 (Paju-si), northern.</summary>
    public static Municipality Paju { get; } = new("Paju", "파주시", "Paju-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>구리시 (Guri-si), northern.</summary>
    public static Municipality Guri { get; } = new("Guri", "구리시", "Guri-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>양주시 (Yangju-si), northern.</summary>
    public static Municipality Yangju { get; } = new("Yangju", "양주시", "Yangju-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>포천시 (Pocheon-si), northern; also found by its former county name 포천군 (a city since 2003).</summary>
    public static Municipality Pocheon { get; } = new("Pocheon", "포천시", "Pocheon-si", MunicipalityKind.City, NorthernRegion, aliases: ["포천군"]);

    /// <summary>동두천시 (Dongducheon-si), northern.</summary>
    public static Municipality Dongducheon { get; } = new("Dongducheon", "동두천시", "Dongducheon-si", MunicipalityKind.City, NorthernRegion);

    /// <summary>가평군 (Gapyeong-gun), northern.</summary>
    public static Municipality Gapyeong { get; } = new("Gapyeong", "가평군", "Gapyeong-gun", MunicipalityKind.County, NorthernRegion);

    /// <summary>연천군 (Yeoncheon-gun), northern.</summary>
    public static Municipality Yeoncheon { get; } = new("Yeoncheon", "연천군", "Yeoncheon-gun", MunicipalityKind.County, NorthernRegion);

    /// <inheritdoc/>
    public bool Equals(Municipality? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Municipality);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Value equality (by code).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both denote the same unit.</returns>
    public static bool operator ==(Municipality? left, Municipality? right) => Equals(left, right);

    /// <summary>Value inequality (by code).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they denote different units.</returns>
    public static bool operator !=(Municipality? left, Municipality? right) => !Equals(left, right);

    /// <summary>The Korean name and the romanized name, for example <c>수원시 (Suwon-si)</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => $"{KoreanName} ({RomanizedName})";

    /// <summary>The group name of a kind: <c>City</c>, <c>County</c>, <c>District</c> or <c>Other</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    internal static string KindName(MunicipalityKind kind) => kind switch
    {
        MunicipalityKind.City => "City",
        MunicipalityKind.County => "County",
        MunicipalityKind.District => "District",
        _ => "Other",
    };

    /// <summary>Korean text as data files should compare it: trimmed (full-width spaces too) and in Unicode NFC.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text.</returns>
    internal static string Normalize(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    private static ImmutableArray<string> Names(IEnumerable<string>? names, string parameter)
    {
        var list = names?.ToImmutableArray() ?? [];
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Names in '{parameter}' must not be empty."), parameter);
        }

        return [.. list.Select(n => n.Trim()).Distinct(StringComparer.Ordinal)];
    }
}
