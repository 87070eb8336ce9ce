using System.Globalization;

namespace MuhanRubric.Data;

/// <summary>Where a published value is printed: a table of the report (if any) and its printed page.</summary>
/// <param name="Table">The table number as printed, for example <c>Ⅳ-16</c>; null for prose.</param>
/// <param name="Page">The printed page number; 0 for front matter, whose label is <see cref="PageLabel"/>.</param>
public sealed record SourceReference(string? Table, int Page)
{
    /// <summary>The printed label of a front-matter page (<c>iii</c>, <c>iv</c>), or null for a numbered page.</summary>
    public string? PageLabel { get; init; }

    /// <summary>For example <c>표 Ⅳ-16, p.53</c> or <c>p.34</c>.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString() =>
        Table is null
            ? string.Create(CultureInfo.InvariantCulture, $"p.{PageLabel ?? Page.ToString(CultureInfo.InvariantCulture)}")
            : string.Create(CultureInfo.InvariantCulture, $"표 {Table}, p.{PageLabel ?? Page.ToString(CultureInfo.InvariantCulture)}");
}
