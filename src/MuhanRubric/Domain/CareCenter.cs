using MuhanRubric.Units;

namespace MuhanRubric.Domain;

/// <summary>
/// A municipality's Muhan Care Center (시군 무한돌봄센터): one team in city or county hall that runs
/// integrated case management together with the network teams and the eup/myeon/dong welfare teams.
/// </summary>
/// <param name="Municipality">The municipality that runs the center.</param>
[Immutable]
public sealed record CareCenter(Municipality Municipality)
{
    /// <summary>The Korean name, for example <c>수원시 무한돌봄센터</c>.</summary>
    public string KoreanName => $"{Municipality.KoreanName} 무한돌봄센터";

    /// <summary>The English name, for example <c>Suwon-si Muhan Care Center</c>.</summary>
    public string EnglishName => $"{Municipality.RomanizedName} Muhan Care Center";

    /// <inheritdoc/>
    public override string ToString() => KoreanName;
}
