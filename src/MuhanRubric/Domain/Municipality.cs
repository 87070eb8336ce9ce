using System.Collections.Frozen;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MuhanRubric.Domain;

/// <summary>
/// One of Gyeonggi Province's 31 cities and counties (시군), each running a Muhan Care Center.
/// </summary>
/// <remarks>
/// The 31 instances are fixed and listed in <see cref="All"/> in the report's order (the province's usual
/// listing: the 21 southern municipalities, then the 10 northern ones). Instances are immutable and compare by
/// <see cref="Code"/>; the type is thread-safe.
/// </remarks>
public sealed class Municipality : IEquatable<Municipality>, IComparable<Municipality>
{
    private Municipality(string code, string koreanName, string romanizedName, MunicipalityKind kind, ProvinceRegion region, int reportOrder)
    {
        Code = code;
        KoreanName = koreanName;
        RomanizedName = romanizedName;
        Kind = kind;
        Region = region;
        ReportOrder = reportOrder;
    }

    /// <summary>The English identifier used in data files and code, for example <c>Suwon</c>.</summary>
    public string Code { get; }

    /// <summary>The Korean display name, for example <c>수원시</c>.</summary>
    public string KoreanName { get; }

    /// <summary>The Revised Romanization the municipality uses for itself, for example <c>Suwon-si</c>.</summary>
    public string RomanizedName { get; }

    /// <summary>City (시) or county (군).</summary>
    public MunicipalityKind Kind { get; }

    /// <summary>The southern or northern group of the province.</summary>
    public ProvinceRegion Region { get; }

    /// <summary>The 1-based position in the report's order (<c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>).</summary>
    public int ReportOrder { get; }

    /// <summary>The Korean name without its 시/군 suffix, as tables often print it (<c>수원</c>).</summary>
    public string ShortKoreanName => KoreanName[..^1];

    /// <summary>수원시 (Suwon-si), southern, report order 1.</summary>
    public static Municipality Suwon { get; } = new("Suwon", "수원시", "Suwon-si", MunicipalityKind.City, ProvinceRegion.Southern, 1);

    /// <summary>성남시 (Seongnam-si), southern, report order 2.</summary>
    public static Municipality Seongnam { get; } = new("Seongnam", "성남시", "Seongnam-si", MunicipalityKind.City, ProvinceRegion.Southern, 2);

    /// <summary>부천시 (Bucheon-si), southern, report order 3.</summary>
    public static Municipality Bucheon { get; } = new("Bucheon", "부천시", "Bucheon-si", MunicipalityKind.City, ProvinceRegion.Southern, 3);

    /// <summary>용인시 (Yongin-si), southern, report order 4.</summary>
    public static Municipality Yongin { get; } = new("Yongin", "용인시", "Yongin-si", MunicipalityKind.City, ProvinceRegion.Southern, 4);

    /// <summary>안산시 (Ansan-si), southern, report order 5.</summary>
    public static Municipality Ansan { get; } = new("Ansan", "안산시", "Ansan-si", MunicipalityKind.City, ProvinceRegion.Southern, 5);

    /// <summary>안양시 (Anyang-si), southern, report order 6.</summary>
    public static Municipality Anyang { get; } = new("Anyang", "안양시", "Anyang-si", MunicipalityKind.City, ProvinceRegion.Southern, 6);

    /// <summary>평택시 (Pyeongtaek-si), southern, report order 7.</summary>
    public static Municipality Pyeongtaek { get; } = new("Pyeongtaek", "평택시", "Pyeongtaek-si", MunicipalityKind.City, ProvinceRegion.Southern, 7);

    /// <summary>시흥시 (Siheung-si), southern, report order 8.</summary>
    public static Municipality Siheung { get; } = new("Siheung", "시흥시", "Siheung-si", MunicipalityKind.City, ProvinceRegion.Southern, 8);

    /// <summary>화성시 (Hwaseong-si), southern, report order 9.</summary>
    public static Municipality Hwaseong { get; } = new("Hwaseong", "화성시", "Hwaseong-si", MunicipalityKind.City, ProvinceRegion.Southern, 9);

    /// <summary>광명시 (Gwangmyeong-si), southern, report order 10.</summary>
    public static Municipality Gwangmyeong { get; } = new("Gwangmyeong", "광명시", "Gwangmyeong-si", MunicipalityKind.City, ProvinceRegion.Southern, 10);

    /// <summary>군포시 (Gunpo-si), southern, report order 11.</summary>
    public static Municipality Gunpo { get; } = new("Gunpo", "군포시", "Gunpo-si", MunicipalityKind.City, ProvinceRegion.Southern, 11);

    /// <summary>광주시 (Gwangju-si), southern, report order 12. Gyeonggi's Gwangju-si, not Gwangju Metropolitan City.</summary>
    public static Municipality Gwangju { get; } = new("Gwangju", "광주시", "Gwangju-si", MunicipalityKind.City, ProvinceRegion.Southern, 12);

    /// <summary>김포시 (Gimpo-si), southern, report order 13.</summary>
    public static Municipality Gimpo { get; } = new("Gimpo", "김포시", "Gimpo-si", MunicipalityKind.City, ProvinceRegion.Southern, 13);

    /// <summary>이천시 (Icheon-si), southern, report order 14.</summary>
    public static Municipality Icheon { get; } = new("Icheon", "이천시", "Icheon-si", MunicipalityKind.City, ProvinceRegion.Southern, 14);

    /// <summary>안성시 (Anseong-si), southern, report order 15.</summary>
    public static Municipality Anseong { get; } = new("Anseong", "안성시", "Anseong-si", MunicipalityKind.City, ProvinceRegion.Southern, 15);

    /// <summary>오산시 (Osan-si), southern, report order 16.</summary>
    public static Municipality Osan { get; } = new("Osan", "오산시", "Osan-si", MunicipalityKind.City, ProvinceRegion.Southern, 16);

    /// <summary>하남시 (Hanam-si), southern, report order 17.</summary>
    public static Municipality Hanam { get; } = new("Hanam", "하남시", "Hanam-si", MunicipalityKind.City, ProvinceRegion.Southern, 17);

    /// <summary>의왕시 (Uiwang-si), southern, report order 18.</summary>
    public static Municipality Uiwang { get; } = new("Uiwang", "의왕시", "Uiwang-si", MunicipalityKind.City, ProvinceRegion.Southern, 18);

    /// <summary>여주시 (Yeoju-si), southern, report order 19.</summary>
    public static Municipality Yeoju { get; } = new("Yeoju", "여주시", "Yeoju-si", MunicipalityKind.City, ProvinceRegion.Southern, 19);

    /// <summary>양평군 (Yangpyeong-gun), southern, report order 20.</summary>
    public static Municipality Yangpyeong { get; } = new("Yangpyeong", "양평군", "Yangpyeong-gun", MunicipalityKind.County, ProvinceRegion.Southern, 20);

    /// <summary>과천시 (Gwacheon-si), southern, report order 21.</summary>
    public static Municipality Gwacheon { get; } = new("Gwacheon", "과천시", "Gwacheon-si", MunicipalityKind.City, ProvinceRegion.Southern, 21);

    /// <summary>고양시 (Goyang-si), northern, report order 22.</summary>
    public static Municipality Goyang { get; } = new("Goyang", "고양시", "Goyang-si", MunicipalityKind.City, ProvinceRegion.Northern, 22);

    /// <summary>남양주시 (Namyangju-si), northern, report order 23.</summary>
    public static Municipality Namyangju { get; } = new("Namyangju", "남양주시", "Namyangju-si", MunicipalityKind.City, ProvinceRegion.Northern, 23);

    /// <summary>의정부시 (Uijeongbu-si), northern, report order 24.</summary>
    public static Municipality Uijeongbu { get; } = new("Uijeongbu", "의정부시", "Uijeongbu-si", MunicipalityKind.City, ProvinceRegion.Northern, 24);

    /// <summary>파주시 (Paju-si), northern, report order 25.</summary>
    public static Municipality Paju { get; } = new("Paju", "파주시", "Paju-si", MunicipalityKind.City, ProvinceRegion.Northern, 25);

    /// <summary>구리시 (Guri-si), northern, report order 26.</summary>
    public static Municipality Guri { get; } = new("Guri", "구리시", "Guri-si", MunicipalityKind.City, ProvinceRegion.Northern, 26);

    /// <summary>양주시 (Yangju-si), northern, report order 27.</summary>
    public static Municipality Yangju { get; } = new("Yangju", "양주시", "Yangju-si", MunicipalityKind.City, ProvinceRegion.Northern, 27);

    /// <summary>포천시 (Pocheon-si), northern, report order 28.</summary>
    public static Municipality Pocheon { get; } = new("Pocheon", "포천시", "Pocheon-si", MunicipalityKind.City, ProvinceRegion.Northern, 28);

    /// <summary>동두천시 (Dongducheon-si), northern, report order 29.</summary>
    public static Municipality Dongducheon { get; } = new("Dongducheon", "동두천시", "Dongducheon-si", MunicipalityKind.City, ProvinceRegion.Northern, 29);

    /// <summary>가평군 (Gapyeong-gun), northern, report order 30.</summary>
    public static Municipality Gapyeong { get; } = new("Gapyeong", "가평군", "Gapyeong-gun", MunicipalityKind.County, ProvinceRegion.Northern, 30);

    /// <summary>연천군 (Yeoncheon-gun), northern, report order 31.</summary>
    public static Municipality Yeoncheon { get; } = new("Yeoncheon", "연천군", "Yeoncheon-gun", MunicipalityKind.County, ProvinceRegion.Northern, 31);

    /// <summary>The 31 municipalities in the report's order.</summary>
    public static IReadOnlyList<Municipality> All { get; } =
    [
        Suwon, Seongnam, Bucheon, Yongin, Ansan, Anyang, Pyeongtaek, Siheung, Hwaseong, Gwangmyeong, Gunpo,
        Gwangju, Gimpo, Icheon, Anseong, Osan, Hanam, Uiwang, Yeoju, Yangpyeong, Gwacheon, Goyang, Namyangju,
        Uijeongbu, Paju, Guri, Yangju, Pocheon, Dongducheon, Gapyeong, Yeoncheon,
    ];

    private static readonly FrozenDictionary<string, Municipality> _byCode =
        All.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);

    // Every way the report prints a name: full (수원시), short (수원), and the old county name 포천군.
    private static readonly FrozenDictionary<string, Municipality> _byKoreanName =
        All.SelectMany(m => new[] { (m.KoreanName, m), (m.ShortKoreanName, m) })
            .Append(("포천군", Pocheon))
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Finds a municipality by its English <see cref="Code"/> (case-sensitive, ordinal).</summary>
    /// <param name="code">For example <c>Suwon</c>.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No municipality has that code.</exception>
    public static Municipality FromCode(string code)
    {
        Guard.Against.Null(code);
        return TryFromCode(code, out var found)
            ? found
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"'{code}' is not one of the 31 municipality codes (Suwon, Seongnam, …, Yeoncheon)."),
                nameof(code));
    }

    /// <summary>Finds a municipality by its English <see cref="Code"/>.</summary>
    /// <param name="code">For example <c>Suwon</c>.</param>
    /// <param name="municipality">The municipality, when found.</param>
    /// <returns>Whether a municipality has that code.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Municipality? municipality)
    {
        municipality = null;
        return code is not null && _byCode.TryGetValue(code, out municipality);
    }

    /// <summary>
    /// Finds a municipality by a Korean name as the report prints it: full (<c>수원시</c>), short (<c>수원</c>),
    /// or the former county name <c>포천군</c> (Pocheon has been a city since 2003).
    /// </summary>
    /// <param name="name">The Korean name.</param>
    /// <param name="municipality">The municipality, when found.</param>
    /// <returns>Whether the name denotes a municipality.</returns>
    public static bool TryFromKoreanName(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Municipality? municipality)
    {
        municipality = null;
        return name is not null && _byKoreanName.TryGetValue(name.Trim(), out municipality);
    }

    /// <inheritdoc/>
    public bool Equals(Municipality? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Municipality);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares by <see cref="ReportOrder"/>.</summary>
    /// <param name="other">The other municipality.</param>
    /// <returns>Negative, zero or positive as this one comes before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Municipality? other) => other is null ? 1 : ReportOrder.CompareTo(other.ReportOrder);

    /// <summary>Value equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both denote the same municipality.</returns>
    public static bool operator ==(Municipality? left, Municipality? right) => Equals(left, right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they denote different municipalities.</returns>
    public static bool operator !=(Municipality? left, Municipality? right) => !Equals(left, right);

    /// <summary>The Korean name and the romanized name, for example <c>수원시 (Suwon-si)</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => $"{KoreanName} ({RomanizedName})";
}
