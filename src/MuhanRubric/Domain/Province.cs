using MuhanRubric.Units;

namespace MuhanRubric.Domain;

/// <summary>Gyeonggi Province (경기도), which runs the Muhan Care Center programme and evaluates it every year.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
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

    /// <summary>The 31 municipalities (시군) in the report's order: the built-in catalogue.</summary>
    public MunicipalityCatalog Municipalities => MunicipalityCatalog.Gyeonggi;

    /// <summary>The municipalities of one region, in the report's order.</summary>
    /// <param name="region"><c>Southern</c> (경기 남부, 21 municipalities) or <c>Northern</c> (경기 북부, 10).</param>
    /// <returns>The municipalities of the region; none for another name.</returns>
    public IReadOnlyList<Municipality> MunicipalitiesIn(string region) => Municipalities.InGroup(region);

    /// <inheritdoc/>
    public override string ToString() => $"{KoreanName} ({EnglishName})";
}
