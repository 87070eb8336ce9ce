using System.Globalization;

namespace MuhanRubric.Rubrics;

/// <summary>
/// Where a rule of a rubric comes from: a table and page of the report, or an assumption with its reason.
/// </summary>
/// <remarks>Immutable, value equality. Serialized as text: <c>표 Ⅲ-3 p.32</c> or <c>assumption: …</c>.</remarks>
[Immutable]
public sealed record Provenance
{
    private Provenance(string? table, int? page, string? assumption)
    {
        Table = table;
        Page = page;
        Assumption = assumption;
    }

    /// <summary>The table number, for example <c>Ⅲ-3</c>; null for an assumption or a page of prose.</summary>
    public string? Table { get; }

    /// <summary>The printed page; null for an assumption.</summary>
    public int? Page { get; }

    /// <summary>For a rule the report does not specify, why it was chosen; otherwise null.</summary>
    public string? Assumption { get; }

    /// <summary>Whether the rule is an assumption rather than printed in the report.</summary>
    public bool IsAssumption => Assumption is not null;

    /// <summary>A rule printed in a table.</summary>
    /// <param name="table">The table number, for example <c>Ⅲ-3</c>.</param>
    /// <param name="page">The printed page.</param>
    /// <returns>The provenance.</returns>
    public static Provenance FromTable(string table, int page) => new(table, page, null);

    /// <summary>A rule stated in the prose of a page.</summary>
    /// <param name="page">The printed page.</param>
    /// <returns>The provenance.</returns>
    public static Provenance FromPage(int page) => new(null, page, null);

    /// <summary>A rule the report does not specify, with the reason it was chosen.</summary>
    /// <param name="reason">Why this rule.</param>
    /// <returns>The provenance.</returns>
    public static Provenance FromAssumption(string reason) => new(null, null, reason);

    /// <summary>Parses the text form written by <see cref="ToString"/>.</summary>
    /// <param name="text">For example <c>표 Ⅲ-3 p.32</c>, <c>p.124</c> or <c>assumption: …</c>.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="FormatException">The text is not a provenance.</exception>
    public static Provenance Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string AssumptionPrefix = "assumption: ";
        if (text.StartsWith(AssumptionPrefix, StringComparison.Ordinal))
        {
            return FromAssumption(text[AssumptionPrefix.Length..]);
        }

        var parts = text.Split(' ');
        if (parts.Length == 1 && TryPage(parts[0], out var page))
        {
            return FromPage(page);
        }

        if (parts.Length == 3 && parts[0] == "표" && TryPage(parts[2], out page))
        {
            return FromTable(parts[1], page);
        }

        throw new FormatException($"'{text}' is not a provenance; expected '표 Ⅲ-3 p.32', 'p.124' or 'assumption: <reason>'.");
    }

    private static bool TryPage(string text, out int page)
    {
        page = 0;
        return text.StartsWith("p.", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out page);
    }

    /// <summary>The text form: <c>표 Ⅲ-3 p.32</c>, <c>p.124</c> or <c>assumption: …</c>.</summary>
    /// <returns>The provenance as text.</returns>
    public override string ToString() =>
        Assumption is not null ? "assumption: " + Assumption
        : Table is not null ? string.Create(CultureInfo.InvariantCulture, $"표 {Table} p.{Page}")
        : string.Create(CultureInfo.InvariantCulture, $"p.{Page}");
}
