using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace MuhanRubric.Measures;

/// <summary>An ordered set of measures with lookup by id and by Korean label.</summary>
/// <remarks>
/// <para><see cref="Gyeonggi2016"/> is the built-in catalogue of the 2016 data: the 32 rows of the municipality tables
/// in table order and the private-staff headcount of <c>표 Ⅱ-3</c>. Any other catalogue is declared with the constructor, for example the 2016 measures plus a new one with
/// <see cref="With"/>.</para>
/// <para><see cref="TryFind"/> accepts the id (ordinal) or the Korean label after Unicode NFC normalization, trimming
/// and collapsing runs of whitespace (full-width spaces too). Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class MeasureCatalog : IReadOnlyList<Measure>
{
    private static readonly Lazy<MeasureCatalog> _municipalityTables2016 = new(() => new MeasureCatalog(
    [
        Measure.ExternalSupportSessions, Measure.EupMyeonDongStaffAtOtherMeetings, Measure.NetworkTeamCaseManagersAtOtherMeetings,
        Measure.MunicipalStaffAtOtherMeetings, Measure.AverageStaffAtOtherMeetings, Measure.CooperationSatisfaction,
        Measure.CenterHeadExperienced, Measure.CenterHeadCertified, Measure.CenterHeadTrained, Measure.TeamLeadersExperienced,
        Measure.TeamLeadersCertified, Measure.TeamLeadersTrained, Measure.OfficialTransferRate, Measure.OfficialTrainingHoursPerCapita,
        Measure.PrivateCaseManagerCareerScore, Measure.IntegratedCaseManagerCareerScore, Measure.PrivateCaseManagersRegular,
        Measure.PrivateCaseManagersCareerRecognised, Measure.PrivateCaseManagersPayStepRaise, Measure.IntegratedCaseManagersRegular,
        Measure.IntegratedCaseManagersCareerRecognised, Measure.IntegratedCaseManagersPayStepRaise, Measure.PrivateCaseManagerDepartures,
        Measure.IntegratedCaseManagerDepartures, Measure.PrivateCaseManagerTrainingHours, Measure.IntegratedCaseManagerTrainingHours,
        Measure.CasesManaged, Measure.CasesPerCaseManager, Measure.CaseConferencesPerCase, Measure.OtherAgencyStaffPerConference,
        Measure.ServiceLinkages, Measure.ServiceLinkagesPerCase,
    ]));

    // The headcount of 표 Ⅱ-3 goes beside the departures it divides (B8), where a submission form asks for both.
    private static readonly Lazy<MeasureCatalog> _gyeonggi2016 = new(() => new MeasureCatalog(_municipalityTables2016.Value.SelectMany(m =>
        m == Measure.PrivateCaseManagerDepartures ? new[] { Measure.PrivateCaseManagersInPost, m } : [m])));

    private readonly ImmutableArray<Measure> _measures;
    private readonly FrozenDictionary<string, int> _indexById;
    private readonly FrozenDictionary<string, int> _indexByLabel;

    /// <summary>Declares a catalogue.</summary>
    /// <param name="measures">The measures, in the order forms list them.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measures"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two measures share an id or a Korean label, or a share denominator is not
    /// in the catalogue.</exception>
    public MeasureCatalog(IEnumerable<Measure> measures)
        : this(measures, denominatorsRequired: true)
    {
    }

    // An imported table holds only the measures its file gives, so a measure's share denominator may be absent from
    // it; the table then cannot derive that share and reads it as unavailable (MeasurementTable.Read).
    private MeasureCatalog(IEnumerable<Measure> measures, bool denominatorsRequired)
    {
        _measures = [.. Guard.Against.Null(measures)];
        if (_measures.Any(m => m is null))
        {
            throw new ArgumentNullException(nameof(measures), "A catalogue cannot hold a null measure.");
        }

        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLabel = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _measures.Length; i++)
        {
            var measure = _measures[i];
            if (!byId.TryAdd(measure.Id, i))
            {
                throw new ArgumentException($"Two measures share the id '{measure.Id}'.", nameof(measures));
            }

            if (!byLabel.TryAdd(LabelKey(measure.KoreanLabel), i))
            {
                throw new ArgumentException($"Measures '{_measures[byLabel[LabelKey(measure.KoreanLabel)]].Id}' and '{measure.Id}' share the Korean label '{measure.KoreanLabel}'.", nameof(measures));
            }
        }

        foreach (var measure in _measures.Where(m => denominatorsRequired && m.ShareDenominator is not null && !byId.ContainsKey(m.ShareDenominator)))
        {
            throw new ArgumentException($"Measure '{measure.Id}' takes its share of '{measure.ShareDenominator}', which the catalogue does not hold.", nameof(measures));
        }

        _indexById = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _indexByLabel = byLabel.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// The 33 measures of the 2016 data: the 32 rows of the municipality tables in table order, with the private-staff
    /// headcount of <c>표 Ⅱ-3</c> (<see cref="Measure.PrivateCaseManagersInPost"/>) before the departures it divides.
    /// </summary>
    public static MeasureCatalog Gyeonggi2016 => _gyeonggi2016.Value;

    /// <summary>The 32 rows of the 2016 municipality tables (<c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>), in table order: what the dataset file's cells hold.</summary>
    internal static MeasureCatalog MunicipalityTables2016 => _municipalityTables2016.Value;

    /// <summary>The number of measures.</summary>
    public int Count => _measures.Length;

    /// <summary>The measure at a position.</summary>
    /// <param name="index">The 0-based position.</param>
    /// <returns>The measure.</returns>
    public Measure this[int index] => _measures[index];

    /// <summary>A measure by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no measure with that id.</exception>
    public Measure this[string id] =>
        _indexById.TryGetValue(Guard.Against.Null(id), out var index) ? _measures[index] : throw new KeyNotFoundException(DescribeMiss(id));

    /// <summary>Finds a measure by id or Korean label.</summary>
    /// <param name="idOrLabel">For example <c>CasesPerCaseManager</c> or <c>1인당 통합사례관리건수(가구수)</c>.</param>
    /// <param name="measure">The measure, when found.</param>
    /// <returns>Whether a measure answers to the text.</returns>
    public bool TryFind(string? idOrLabel, [NotNullWhen(true)] out Measure? measure)
    {
        measure = null;
        if (idOrLabel is null)
        {
            return false;
        }

        var index = IndexOf(idOrLabel);
        measure = index >= 0 ? _measures[index] : null;
        return measure is not null;
    }

    /// <summary>The position of the measure an id or Korean label denotes.</summary>
    /// <param name="idOrLabel">An id or Korean label.</param>
    /// <returns>The 0-based position, or −1.</returns>
    public int IndexOf(string idOrLabel)
    {
        Guard.Against.Null(idOrLabel);
        return _indexById.TryGetValue(idOrLabel, out var index) || _indexById.TryGetValue(idOrLabel.Trim(), out index)
            || _indexByLabel.TryGetValue(LabelKey(idOrLabel), out index)
            ? index
            : -1;
    }

    /// <summary>Whether the catalogue holds a measure with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it does.</returns>
    public bool Contains(string id) => _indexById.ContainsKey(Guard.Against.Null(id));

    /// <summary>The position of the measure with exactly this id, or −1 (no label, no trimming): one lookup, as scoring needs.</summary>
    internal int IndexOfId(string id) => _indexById.TryGetValue(id, out var index) ? index : -1;

    /// <summary>A new catalogue with further measures appended (a new indicator's data beside the 2016 measures, say).</summary>
    /// <param name="measures">The measures to add.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An id or label would be shared.</exception>
    public MeasureCatalog With(params Measure[] measures) => new(_measures.AddRange(Guard.Against.Null(measures)));

    /// <summary>
    /// The measures at some positions, in catalogue order: what a file gives. A share denominator outside the
    /// selection is allowed (the share is then unavailable unless given).
    /// </summary>
    /// <param name="positions">0-based positions in this catalogue.</param>
    /// <returns>This catalogue when every measure is selected, else a new one.</returns>
    internal MeasureCatalog Select(IEnumerable<int> positions)
    {
        var selected = new SortedSet<int>(positions);
        return selected.Count == _measures.Length ? this : new MeasureCatalog(selected.Select(i => _measures[i]), denominatorsRequired: false);
    }

    /// <summary>Why a text finds no measure, for error messages.</summary>
    /// <param name="idOrLabel">The text as given.</param>
    /// <returns>For example <c>unknown measure 'Caseload'; expected an id or Korean label of the 33 measures</c>.</returns>
    public string DescribeMiss(string idOrLabel) => string.Create(CultureInfo.InvariantCulture,
        $"unknown measure '{idOrLabel}'; expected an id or Korean label of the {_measures.Length} measures ({(_measures.Length == 0 ? "none" : _measures.Length == 1 ? _measures[0].Id : $"{_measures[0].Id} … {_measures[^1].Id}")})");

    /// <inheritdoc/>
    public IEnumerator<Measure> GetEnumerator() => ((IEnumerable<Measure>)_measures).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_measures.Length} measures");

    // Labels are compared as people type them: NFC, trimmed, runs of whitespace (full-width too) as one space.
    internal static string LabelKey(string label)
    {
        var text = new StringBuilder(label.Length);
        var space = false;
        foreach (var c in label.Normalize(NormalizationForm.FormC).Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
