
namespace MuhanRubric.Domain;

/// <summary>The two types of network team (네트워크팀) a municipality entrusts to private agencies.</summary>
public enum NetworkTeamType
{
    /// <summary>기본형: one private case manager, where welfare agencies abound.</summary>
    Basic,

    /// <summary>확장형: five private case managers, in rural areas with few agencies.</summary>
    Expanded,
}
