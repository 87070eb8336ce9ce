
namespace MuhanRubric.Domain;

/// <summary>The three groups of people who carry out integrated case management (통합사례관리).</summary>
public enum StaffGroup
{
    /// <summary>통합사례관리 담당 공무원: the municipal official in charge of case management.</summary>
    PublicOfficial,

    /// <summary>민간사례관리사: a province-funded case manager employed by the entrusted agency or the municipality.</summary>
    PrivateCaseManager,

    /// <summary>통합사례관리사: a nationally funded integrated case manager employed by the municipality.</summary>
    IntegratedCaseManager,
}

/// <summary>Display names of <see cref="StaffGroup"/> values.</summary>
public static class StaffGroupExtensions
{
    /// <summary>The Korean name the report uses for the group.</summary>
    /// <param name="group">The staff group.</param>
    /// <returns>For example <c>민간사례관리사</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="StaffGroup"/>.</exception>
    public static string KoreanName(this StaffGroup group) => group switch
    {
        StaffGroup.PublicOfficial => "통합사례관리 담당 공무원",
        StaffGroup.PrivateCaseManager => "민간사례관리사",
        StaffGroup.IntegratedCaseManager => "통합사례관리사",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a defined staff group."),
    };
}
