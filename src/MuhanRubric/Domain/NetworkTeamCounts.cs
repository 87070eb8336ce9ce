using MuhanRubric.Units;

namespace MuhanRubric.Domain;

/// <summary>
/// How many network teams a municipality ran in one year, by type, as <c>표 Ⅱ-3</c> prints them.
/// A null count is a blank cell in the report (not zero).
/// </summary>
/// <param name="Total">The printed total (계), or null when blank.</param>
/// <param name="Basic">Basic teams (기본형), or null when blank.</param>
/// <param name="Expanded">Expanded teams (확장형), or null when blank.</param>
[Immutable]
public sealed record NetworkTeamCounts(int? Total, int? Basic, int? Expanded)
{
    /// <summary>The count of one type.</summary>
    /// <param name="type">Basic or expanded.</param>
    /// <returns>The printed count, or null when blank.</returns>
    public int? Of(NetworkTeamType type) => type == NetworkTeamType.Basic ? Basic : Expanded;
}

/// <summary>
/// A municipality's care center in one year of <c>표 Ⅱ-3</c> (p.17–18): centers, network teams by type and staff.
/// </summary>
/// <param name="Municipality">The municipality, or null for the printed province total row (계).</param>
/// <param name="Year">2010 or 2016.</param>
/// <param name="Centers">Care centers (시군 센터), or null when blank.</param>
/// <param name="NetworkTeams">Network teams by type.</param>
/// <param name="Staff">Staff (인원 수), or null when blank.</param>
[Immutable]
public sealed record CareCenterSnapshot(Municipality? Municipality, int Year, int? Centers, NetworkTeamCounts NetworkTeams, int? Staff);
