namespace MuhanRubric.Domain;

/// <summary>The province's usual split of its municipalities into a southern and a northern group.</summary>
/// <remarks>The report lists the 21 southern municipalities first and the 10 northern ones last.</remarks>
public enum ProvinceRegion
{
    /// <summary>경기 남부: the 21 southern municipalities.</summary>
    Southern,

    /// <summary>경기 북부: the 10 northern municipalities.</summary>
    Northern,
}
