
namespace MuhanRubric.Units;

/// <summary>What kind of local government a unit is: a city (시), a county (군) or an autonomous district (구).</summary>
public enum MunicipalityKind
{
    /// <summary>Neither, or not stated (a synthetic unit, for example).</summary>
    Other,

    /// <summary>A city, 시 ("-si").</summary>
    City,

    /// <summary>A county, 군 ("-gun").</summary>
    County,

    /// <summary>An autonomous district, 자치구 ("-gu").</summary>
    District,
}
