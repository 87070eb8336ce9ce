using System.Globalization;

namespace MuhanRubric.Measurements;

/// <summary>Where a value comes from: printed in a report, submitted in a file, or entered in code.</summary>
/// <remarks>Immutable. <see cref="object.ToString"/> gives a citation a reader can follow.</remarks>
[Immutable]
public abstract record ValueSource
{
    private protected ValueSource()
    {
    }
}

/// <summary>A value printed in a report: a table of the report (if any) and its printed page.</summary>
/// <param name="Table">The table number as printed, for example <c>Ⅳ-16</c>; null for prose.</param>
/// <param name="Page">The printed page number; 0 for front matter, whose label is <see cref="PageLabel"/>.</param>
[Immutable]
public sealed record PrintedSource(string? Table, int Page) : ValueSource
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

/// <summary>A value submitted in a file: the file and, for a spreadsheet, the sheet and cell, or for a text file, the line.</summary>
/// <param name="File">The file name (or the stream name the caller gave).</param>
/// <param name="Sheet">The worksheet, for a workbook.</param>
/// <param name="Cell">The cell as an A1 reference, for a workbook.</param>
/// <param name="Line">The 1-based line, for a CSV or JSON file.</param>
[Immutable]
public sealed record SubmittedSource(string File, string? Sheet = null, string? Cell = null, int? Line = null) : ValueSource
{
    /// <summary>For example <c>2017.xlsx, sheet 'Data', cell C7</c> or <c>2017.csv, line 12</c>.</summary>
    /// <returns>The citation text.</returns>
    public override string ToString()
    {
        var text = File;
        if (Sheet is not null)
        {
            text += $", sheet '{Sheet}'";
        }

        if (Cell is not null)
        {
            text += $", cell {Cell}";
        }

        if (Line is { } line)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", line {line}");
        }

        return text;
    }
}

/// <summary>A value entered in code (a <see cref="MeasurementTable.Builder"/> call), with what the caller says of it.</summary>
/// <param name="Description">Where the value comes from, in the caller's words.</param>
[Immutable]
public sealed record EnteredSource(string Description) : ValueSource
{
    /// <summary>The description.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;
}
