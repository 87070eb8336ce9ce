using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>Where in a file a problem or value is: a line (CSV, JSON) or a cell (XLSX), or nowhere in particular.</summary>
/// <param name="Line">The 1-based line, for a text file.</param>
/// <param name="Cell">The A1 reference, for a workbook.</param>
/// <param name="Column">The 1-based column, for a JSON file.</param>
internal readonly record struct Place(int? Line, string? Cell, int? Column = null)
{
    /// <summary>The file as a whole.</summary>
    public static Place None => default;

    /// <summary>For messages that point back: <c>line 5</c> or <c>cell A5</c>.</summary>
    public override string ToString() =>
        Cell is not null ? "cell " + Cell : Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}") : "the file";
}

/// <summary>
/// Collects every problem of one file (never stopping at the first) and throws them together, so nothing is partially
/// loaded. Every reader of the Import folder reports through this one model.
/// </summary>
internal sealed class ImportProblems(string file, string? sheet = null)
{
    private readonly List<DatasetProblem> _problems = [];

    public string File { get; } = file;

    public string? Sheet { get; } = sheet;

    public bool Any => _problems.Count > 0;

    /// <summary>Whether problems are reported by line and column (JSON) rather than in the order found.</summary>
    public bool InFileOrder { get; init; }

    public void Add(Place place, string? unit, string? measure, string? field, string message) =>
        _problems.Add(new DatasetProblem(File, unit, field, message) { Sheet = Sheet, Cell = place.Cell, Line = place.Line, Column = place.Column, Measure = measure });

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new DatasetFormatException(File, InFileOrder
                ? [.. _problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line ?? int.MaxValue).ThenBy(x => x.p.Column ?? 0).ThenBy(x => x.i).Select(x => x.p)]
                : _problems.ToImmutableArray());
        }
    }

    /// <summary>One problem that stops reading at once (the file cannot be read at all).</summary>
    public DatasetFormatException Fatal(Place place, string message, Exception? inner = null) =>
        new(File, new DatasetProblem(File, null, null, message) { Sheet = Sheet, Cell = place.Cell, Line = place.Line, Column = place.Column }, inner);
}
