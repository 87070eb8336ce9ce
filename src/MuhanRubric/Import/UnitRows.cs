using System.Collections.Immutable;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// The units a file names, row by row: resolved against the catalogue (code, Korean name, short name, alias), each
/// at most once (wide layout, JSON), its name column agreeing, and every unit of the catalogue present unless absent
/// units are allowed.
/// </summary>
internal sealed class UnitRows(MunicipalityCatalog units, ImportProblems problems)
{
    private readonly Place?[] _firstPlace = new Place?[units.Count];

    /// <summary>Whether a unit of the catalogue appeared in the file.</summary>
    public bool Seen(int unit) => _firstPlace[unit] is not null;

    /// <summary>Finds the unit a cell names, reporting an unknown, ambiguous or blank one.</summary>
    /// <returns>The unit's position, or −1.</returns>
    public int Find(string text, Place place, string? field)
    {
        if (text.Length == 0)
        {
            problems.Add(place, null, null, field, "expected a unit code or name, found a blank cell");
            return -1;
        }

        var index = units.IndexOf(text);
        if (index < 0)
        {
            problems.Add(place, text, null, field, units.DescribeMiss(text));
        }

        return index;
    }

    /// <summary>Records a unit's row, reporting a second row for the same unit.</summary>
    /// <returns>Whether this is the unit's first row.</returns>
    public bool Claim(int unit, string text, Place place, string? field)
    {
        if (_firstPlace[unit] is { } first)
        {
            problems.Add(place, text, null, field, $"expected each unit once, found {units[unit].Code} again (first on {first})");
            return false;
        }

        _firstPlace[unit] = place;
        return true;
    }

    /// <summary>Records that a unit appears (long layout: many rows per unit).</summary>
    public void Mark(int unit, Place place) => _firstPlace[unit] ??= place;

    /// <summary>Checks the name column against the unit's code: the same unit, by any name it answers to.</summary>
    public void CheckName(int unit, string unitText, string name, Place place, string? field)
    {
        if (name.Length == 0)
        {
            return;
        }

        var expected = units[unit];
        var named = units.IndexOf(name);
        if (named == unit || string.Equals(name, expected.RomanizedName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var which = named >= 0 ? $" ({units[named].Code})" : string.Empty;
        problems.Add(place, unitText, null, field, $"expected the name of {expected.Code} ({expected.KoreanName}), found '{name}'{which}");
    }

    /// <summary>Reports every unit of the catalogue the file does not name, unless absent units are allowed.</summary>
    public void ReportAbsent(bool allowed, Place place, string entry = "a row")
    {
        if (allowed)
        {
            return;
        }

        for (var u = 0; u < units.Count; u++)
        {
            if (_firstPlace[u] is null)
            {
                problems.Add(place, units[u].Code, null, null,
                    $"expected {entry} for every unit of the catalogue, found none for {units[u].Code} ({units[u].KoreanName}); leave its cells blank for missing values, or allow absent units");
            }
        }
    }

    /// <summary>The positions of the units that appeared.</summary>
    public ImmutableArray<int> SeenUnits() => [.. Enumerable.Range(0, units.Count).Where(Seen)];
}
