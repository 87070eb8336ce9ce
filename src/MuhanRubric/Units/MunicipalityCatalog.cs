using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;

namespace MuhanRubric.Units;

/// <summary>
/// An ordered set of units (시군, 시군구, or synthetic units) with lookup by code and by the names data files use.
/// </summary>
/// <remarks>
/// <para><see cref="Gyeonggi"/> is the built-in catalogue of the 31 Gyeonggi municipalities in the report's order
/// (the 21 southern ones, then the 10 northern ones). Any other catalogue is declared with the constructor.</para>
/// <para><see cref="TryFind"/> accepts the code (ordinal), the full Korean name (<c>수원시</c>), the short Korean
/// name (<c>수원</c>) and any alias, after trimming (full-width spaces too) and Unicode NFC normalization. A name
/// two units share (the short name <c>중구</c> of several cities' districts, say) finds neither: the caller must
/// use the code. Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class MunicipalityCatalog : IReadOnlyList<Municipality>
{
    private static readonly Lazy<MunicipalityCatalog> _gyeonggi = new(() => new MunicipalityCatalog(
    [
        Municipality.Suwon, Municipality.Seongnam, Municipality.Bucheon, Municipality.Yongin, Municipality.Ansan,
        Municipality.Anyang, Municipality.Pyeongtaek, Municipality.Siheung, Municipality.Hwaseong, Municipality.Gwangmyeong,
        Municipality.Gunpo, Municipality.Gwangju, Municipality.Gimpo, Municipality.Icheon, Municipality.Anseong,
        Municipality.Osan, Municipality.Hanam, Municipality.Uiwang, Municipality.Yeoju, Municipality.Yangpyeong,
        Municipality.Gwacheon, Municipality.Goyang, Municipality.Namyangju, Municipality.Uijeongbu, Municipality.Paju,
        Municipality.Guri, Municipality.Yangju, Municipality.Pocheon, Municipality.Dongducheon, Municipality.Gapyeong,
        Municipality.Yeoncheon,
    ]));

    private readonly ImmutableArray<Municipality> _units;
    private readonly FrozenDictionary<string, int> _indexByCode;
    private readonly FrozenDictionary<string, int> _indexByName;
    private readonly FrozenSet<string> _ambiguousNames;

    /// <summary>Declares a catalogue.</summary>
    /// <param name="units">The units, in the order reports list them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two units share a code.</exception>
    public MunicipalityCatalog(IEnumerable<Municipality> units)
    {
        _units = [.. Guard.Against.Null(units)];
        if (_units.Any(u => u is null))
        {
            throw new ArgumentNullException(nameof(units), "A catalogue cannot hold a null unit.");
        }

        var byCode = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _units.Length; i++)
        {
            if (!byCode.TryAdd(_units[i].Code, i))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Two units share the code '{_units[i].Code}' (positions {byCode[_units[i].Code] + 1} and {i + 1})."), nameof(units));
            }
        }

        // Every name a file may use; a name that two units share is ambiguous and finds neither.
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _units.Length; i++)
        {
            foreach (var name in _units[i].Aliases.Append(_units[i].KoreanName).Append(_units[i].ShortKoreanName).Distinct(StringComparer.Ordinal))
            {
                if (byCode.ContainsKey(name) && byCode[name] != i)
                {
                    ambiguous.Add(name);
                }
                else if (!byName.TryAdd(name, i) && byName[name] != i)
                {
                    ambiguous.Add(name);
                }
            }
        }

        foreach (var name in ambiguous)
        {
            byName.Remove(name);
        }

        _indexByCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _indexByName = byName.ToFrozenDictionary(StringComparer.Ordinal);
        _ambiguousNames = ambiguous.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The 31 Gyeonggi municipalities (시군) in the report's order: 21 southern, then 10 northern.</summary>
    public static MunicipalityCatalog Gyeonggi => _gyeonggi.Value;

    /// <summary>The number of units.</summary>
    public int Count => _units.Length;

    /// <summary>The unit at a position.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <returns>The unit.</returns>
    public Municipality this[int index] => _units[index];

    /// <summary>Finds a unit by its code, a Korean name (full or short) or an alias.</summary>
    /// <param name="codeOrName">For example <c>Suwon</c>, <c>수원시</c> or <c>수원</c>; trimmed and NFC-normalized first.</param>
    /// <param name="unit">The unit, when exactly one unit answers to the text.</param>
    /// <returns>Whether exactly one unit answers to the text.</returns>
    public bool TryFind(string? codeOrName, [NotNullWhen(true)] out Municipality? unit)
    {
        unit = null;
        if (codeOrName is null)
        {
            return false;
        }

        var index = IndexOf(codeOrName);
        unit = index >= 0 ? _units[index] : null;
        return unit is not null;
    }

    /// <summary>Finds a unit by its code, a Korean name (full or short) or an alias.</summary>
    /// <param name="codeOrName">For example <c>Suwon</c>, <c>수원시</c> or <c>수원</c>.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeOrName"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No unit, or more than one, answers to the text; the message says which.</exception>
    public Municipality Find(string codeOrName)
    {
        Guard.Against.Null(codeOrName);
        return TryFind(codeOrName, out var unit) ? unit : throw new KeyNotFoundException(DescribeMiss(codeOrName));
    }

    /// <summary>The position of the unit a code or name denotes.</summary>
    /// <param name="codeOrName">A code, Korean name or alias.</param>
    /// <returns>The 0-based position, or −1 when no unit (or more than one) answers to it.</returns>
    public int IndexOf(string codeOrName)
    {
        Guard.Against.Null(codeOrName);
        if (_indexByCode.TryGetValue(codeOrName, out var index))
        {
            return index;
        }

        var text = Municipality.Normalize(codeOrName);
        return _indexByCode.TryGetValue(text, out index) || _indexByName.TryGetValue(text, out index) ? index : -1;
    }

    /// <summary>The position of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The 0-based position, or −1 when the catalogue does not hold it.</returns>
    public int IndexOf(Municipality unit) => _indexByCode.TryGetValue(Guard.Against.Null(unit).Code, out var index) ? index : -1;

    /// <summary>Whether the catalogue holds a unit (by code).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Whether it is in the catalogue.</returns>
    public bool Contains(Municipality unit) => IndexOf(unit) >= 0;

    /// <summary>
    /// Why a text finds no unit, for error messages: unknown, or a name several units share.
    /// </summary>
    /// <param name="codeOrName">The text as given.</param>
    /// <returns>For example <c>unknown unit '수언시'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)</c>.</returns>
    public string DescribeMiss(string codeOrName)
    {
        Guard.Against.Null(codeOrName);
        var text = Municipality.Normalize(codeOrName);
        if (_ambiguousNames.Contains(text))
        {
            var which = _units.Where(u => u.KoreanName == text || u.ShortKoreanName == text || u.Aliases.Contains(text) || u.Code == text).Select(u => u.Code);
            return $"'{codeOrName}' names more than one unit ({string.Join(", ", which)}); use the code";
        }

        var range = _units.Length == 0 ? "none" : _units.Length == 1 ? _units[0].Code : $"{_units[0].Code} … {_units[^1].Code}";
        return string.Create(CultureInfo.InvariantCulture, $"unknown unit '{codeOrName}'; expected a code or Korean name of the {_units.Length} units ({range})");
    }

    /// <summary>The units of a group (by kind, region or named group; see <see cref="Municipality.IsInGroup"/>).</summary>
    /// <param name="group">The group name.</param>
    /// <returns>The members, in catalogue order.</returns>
    public IReadOnlyList<Municipality> InGroup(string group)
    {
        Guard.Against.Null(group);
        return [.. _units.Where(u => u.IsInGroup(group))];
    }

    /// <inheritdoc/>
    public IEnumerator<Municipality> GetEnumerator() => ((IEnumerable<Municipality>)_units).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_units.Length} units");
}
