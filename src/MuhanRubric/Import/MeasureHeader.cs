using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>
/// How a column header, a long row's measure cell or a JSON property names a measure: its id or Korean label, or its
/// share column (<c>id%</c>, <c>label 비율(%)</c>). Labels compare after NFC, trimming and collapsing spaces.
/// </summary>
internal static class MeasureHeader
{
    private const string KoreanShareSuffix = "비율(%)";

    /// <summary>Finds the measure a header names.</summary>
    /// <param name="header">The header as written.</param>
    /// <param name="measures">The catalogue.</param>
    /// <param name="position">The measure's position in the catalogue.</param>
    /// <param name="role">Its own column or its share column.</param>
    /// <returns>Whether the header names a measure or a measure's share.</returns>
    public static bool TryFind(string header, MeasureCatalog measures, out int position, out CellRole role)
    {
        role = CellRole.Value;
        position = measures.IndexOf(header);
        if (position >= 0)
        {
            return true;
        }

        role = CellRole.Share;
        var key = MeasureCatalog.LabelKey(header);
        if (key.EndsWith(KoreanShareSuffix, StringComparison.Ordinal) && key.Length > KoreanShareSuffix.Length)
        {
            position = measures.IndexOf(key[..^KoreanShareSuffix.Length]);
        }

        if (position < 0 && key.EndsWith('%') && key.Length > 1)
        {
            position = measures.IndexOf(key[..^1]);
        }

        return position >= 0;
    }

    /// <summary>The catalogue's measures for a message: <c>the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase)</c>.</summary>
    public static string Describe(MeasureCatalog measures) => measures.Count switch
    {
        0 => "the 0 measures (none)",
        1 => $"the 1 measure ({measures[0].Id})",
        _ => FormattableString.Invariant($"the {measures.Count} measures ({measures[0].Id} … {measures[^1].Id})"),
    };
}
