namespace MuhanRubric.Domain;

/// <summary>Gyeonggi Province (경기도), which runs the Muhan Care Center programme and evaluates it every year.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Province
{
    private Province()
    {
    }

    /// <summary>The one province the library models.</summary>
    public static Province Gyeonggi { get; } = new();

    /// <summary>The Korean name, <c>경기도</c>.</summary>
    public string KoreanName => "경기도";

    /// <summary>The English name, <c>Gyeonggi Province</c>.</summary>
    public string EnglishName => "Gyeonggi Province";

    /// <summary>The 31 municipalities in the report's order.</summary>
    public IReadOnlyList<Municipality> Municipalities => Municipality.All;

    /// <summary>The municipalities of one region, in the report's order.</summary>
    /// <param name="region">Southern or northern.</param>
    /// <returns>21 southern or 10 northern municipalities.</returns>
    public IReadOnlyList<Municipality> MunicipalitiesIn(ProvinceRegion region) =>
        [.. Municipality.All.Where(m => m.Region == region)];

    /// <inheritdoc/>
    public override string ToString() => $"{KoreanName} ({EnglishName})";
}
