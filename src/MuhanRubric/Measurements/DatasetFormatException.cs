using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MuhanRubric.Measurements;

/// <summary>
/// One problem found while reading data: the file, where in it (sheet and cell, line, or JSON field), the unit and the
/// measure concerned, and what was expected against what was found.
/// </summary>
/// <param name="File">The file (or stream name) being read.</param>
/// <param name="Municipality">The unit the problem is about, as the file names it (code or name), or null.</param>
/// <param name="Field">The JSON path of the field (<c>municipalityTables[3].cells.CasesManaged.value</c>), or the
/// column of a spreadsheet, or null.</param>
/// <param name="Message">What was expected and what was found.</param>
[Immutable]
public sealed record DatasetProblem(string File, string? Municipality, string? Field, string Message)
{
    /// <summary>The worksheet, for a workbook.</summary>
    public string? Sheet { get; init; }

    /// <summary>The cell as an A1 reference, for a workbook.</summary>
    public string? Cell { get; init; }

    /// <summary>The 1-based line, for a text file.</summary>
    public int? Line { get; init; }

    /// <summary>The 1-based column (in UTF-16 code units, as editors count them), for a JSON file.</summary>
    public int? Column { get; init; }

    /// <summary>The measure the problem is about (its id, or the header as written), or null.</summary>
    public string? Measure { get; init; }

    /// <summary>
    /// One line: file, then sheet and cell or line (and column), unit, measure and field where they apply, then the
    /// message; for example <c>2017.xlsx: sheet 'Data', cell C7, 시군 Suwon, measure CasesManaged: expected a number ≥ 0, found -3</c>
    /// or <c>2017.json: line 12, column 23, 시군 Suwon, measure CasesManaged, field 'values[0].CasesManaged': expected a number ≥ 0, found -3</c>.
    /// </summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var where = new List<string>(6);
        if (Sheet is not null)
        {
            where.Add($"sheet '{Sheet}'");
        }

        if (Cell is not null)
        {
            where.Add($"cell {Cell}");
        }

        if (Line is { } line)
        {
            where.Add(Column is { } column
                ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}")
                : string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        }

        if (Municipality is not null)
        {
            where.Add($"시군 {Municipality}");
        }

        if (Measure is not null)
        {
            where.Add($"measure {Measure}");
        }

        // A spreadsheet's column is usually the measure's id: say it once.
        if (Field is not null && !string.Equals(Field, Measure, StringComparison.Ordinal))
        {
            where.Add($"field '{Field}'");
        }

        return where.Count == 0 ? $"{File}: {Message}" : $"{File}: {string.Join(", ", where)}: {Message}";
    }
}

/// <summary>
/// A data file (a measurement spreadsheet, CSV or JSON file, a units or measures file, or the 2016 report's files)
/// could not be loaded. Every problem found is listed in <see cref="Problems"/>; nothing was loaded (no partial
/// dataset exists).
/// </summary>
[Immutable]
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="file">The file or stream name.</param>
    /// <param name="problems">At least one problem.</param>
    public DatasetFormatException(string file, IReadOnlyList<DatasetProblem> problems)
        : base(Format(file, problems))
    {
        File = file;
        Problems = problems.ToImmutableArray();
    }

    /// <summary>Creates the exception for one problem.</summary>
    /// <param name="file">The file or stream name.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="innerException">The underlying parser exception, if any.</param>
    public DatasetFormatException(string file, DatasetProblem problem, Exception? innerException)
        : base(Format(file, [problem]), innerException)
    {
        File = file;
        Problems = [problem];
    }

    /// <summary>The file or stream name.</summary>
    public string File { get; }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<DatasetProblem> Problems { get; }

    private static string Format(string file, IReadOnlyList<DatasetProblem> problems)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Cannot load dataset '{file}': {problems.Count} problem(s); nothing was loaded.");
        foreach (var problem in problems)
        {
            text.Append('\n').Append(" - ").Append(problem);
        }

        return text.ToString();
    }
}
