namespace MuhanRubric.Domain;

/// <summary>Whether a municipality (시군) is a city (시, "-si") or a county (군, "-gun").</summary>
public enum MunicipalityKind
{
    /// <summary>A city, 시.</summary>
    City,

    /// <summary>A county, 군.</summary>
    County,
}
