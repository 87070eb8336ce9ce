using System.Collections.Immutable;
using Ardalis.GuardClauses;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// A table of the report other than the municipality tables, as a list of sections; each section is a grid of
/// printed cells (summary statistics, top-N lists, distributions, counts).
/// </summary>
/// <remarks>Rows and list entries keep the printed order. Immutable and thread-safe.</remarks>
[Immutable]
public sealed class PrintedTable
{
    internal PrintedTable(string id, int page, string title, string? unit, IReadOnlyList<string> notes, IReadOnlyList<PrintedSection> sections)
    {
        Id = id;
        Page = page;
        Title = title;
        Unit = unit;
        Notes = notes.ToImmutableArray();
        Sections = sections.ToImmutableArray();
    }

    /// <summary>The table number as printed, for example <c>Ⅳ-12</c>.</summary>
    public string Id { get; }

    /// <summary>The printed page of the caption.</summary>
    public int Page { get; }

    /// <summary>The caption as printed, without its number.</summary>
    public string Title { get; }

    /// <summary>The unit printed with the caption (<c>단위</c>), if any.</summary>
    public string? Unit { get; }

    /// <summary>Notes printed under the table.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The sections, in printed order.</summary>
    public IReadOnlyList<PrintedSection> Sections { get; }

    /// <summary>Finds a section by id.</summary>
    /// <param name="id">The section id, for example <c>summary</c>.</param>
    /// <returns>The section.</returns>
    /// <exception cref="KeyNotFoundException">The table has no such section.</exception>
    public PrintedSection Section(string id)
    {
        Guard.Against.Null(id);
        return Sections.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal))
            ?? throw new KeyNotFoundException($"표 {Id} has no section '{id}'; it has: {string.Join(", ", Sections.Select(s => s.Id))}.");
    }

    /// <inheritdoc/>
    public override string ToString() => $"표 {Id} {Title}";
}

/// <summary>A grid inside a <see cref="PrintedTable"/>.</summary>
[Immutable]
public sealed class PrintedSection
{
    internal PrintedSection(string id, int page, Measure? measure, Interval? band, IReadOnlyList<string> columns, IReadOnlyList<string> columnLabels, IReadOnlyList<PrintedRow> rows)
    {
        Id = id;
        Page = page;
        Measure = measure;
        Band = band;
        Columns = columns.ToImmutableArray();
        ColumnLabels = columnLabels.ToImmutableArray();
        Rows = rows.ToImmutableArray();
    }

    /// <summary>The section id, unique in its table.</summary>
    public string Id { get; }

    /// <summary>The printed page of the section.</summary>
    public int Page { get; }

    /// <summary>The per-municipality measure the section ranks or lists, if any.</summary>
    public Measure? Measure { get; }

    /// <summary>
    /// For a section that lists the municipalities whose <see cref="Measure"/> lies in a band (for example
    /// <c>표 Ⅳ-12</c>'s list of caseloads from 30 to under 50), the band; otherwise null.
    /// </summary>
    public Interval? Band { get; }

    /// <summary>The municipalities the section names, in printed order (single rows and list rows).</summary>
    public IReadOnlyList<Municipality> ListedMunicipalities =>
        [.. Rows.SelectMany(r => r.Municipality is { } m ? [m] : r.Municipalities)];

    /// <summary>Column ids (camelCase English: <c>total</c>, <c>mean</c>, <c>standardDeviation</c>, …).</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The printed column headers.</summary>
    public IReadOnlyList<string> ColumnLabels { get; }

    /// <summary>The rows, in printed order.</summary>
    public IReadOnlyList<PrintedRow> Rows { get; }

    /// <summary>The index of a column.</summary>
    /// <param name="column">The column id.</param>
    /// <returns>The zero-based index, or -1.</returns>
    public int ColumnIndex(string column) => Columns.ToList().IndexOf(column);
}

/// <summary>One row of a <see cref="PrintedSection"/>.</summary>
[Immutable]
public sealed class PrintedRow
{
    internal PrintedRow(string label, Measure? measure, Municipality? municipality, IReadOnlyList<Municipality> municipalities, string? printed, IReadOnlyList<string> columns, IReadOnlyList<PublishedValue?> cells)
    {
        Label = label;
        Measure = measure;
        Municipality = municipality;
        Municipalities = municipalities.ToImmutableArray();
        Printed = printed;
        _columns = columns;
        Cells = cells.ToImmutableArray();
    }

    private readonly IReadOnlyList<string> _columns;

    /// <summary>The printed row label.</summary>
    public string Label { get; }

    /// <summary>The per-municipality measure the row summarises, if any.</summary>
    public Measure? Measure { get; }

    /// <summary>The municipality the row is about, if any.</summary>
    public Municipality? Municipality { get; }

    /// <summary>For a row that prints a list of municipality names: the list, in printed order.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>For a list row: the exact printed text.</summary>
    public string? Printed { get; }

    /// <summary>One cell per column; null where blank.</summary>
    public IReadOnlyList<PublishedValue?> Cells { get; }

    /// <summary>The cell of a column.</summary>
    /// <param name="column">The column id.</param>
    /// <returns>The cell, or null when blank or when the section has no such column.</returns>
    public PublishedValue? this[string column]
    {
        get
        {
            var index = _columns.ToList().IndexOf(column);
            return index < 0 ? null : Cells[index];
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}
