using System.Globalization;
using System.Text;

namespace MuhanRubric.Measurements;

/// <summary>One problem found while reading a dataset file.</summary>
/// <param name="File">The file (or stream name) being read.</param>
/// <param name="Municipality">The municipality code the problem is about, or null.</param>
/// <param name="Field">The JSON path of the field, for example <c>municipalityTables[3].cells.CasesManaged.value</c>.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record DatasetProblem(string File, string? Municipality, string Field, string Message)
{
    /// <summary>One line: file, municipality, field and message.</summary>
    /// <returns>The problem as text.</returns>
    public override string ToString()
    {
        var where = Municipality is null ? string.Empty : $"시군 {Municipality}, ";
        return string.Create(CultureInfo.InvariantCulture, $"{File}: {where}field '{Field}': {Message}");
    }
}

/// <summary>
/// A dataset file could not be loaded. Every problem found is listed in <see cref="Problems"/>; nothing was
/// loaded (no partial dataset exists).
/// </summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="file">The file or stream name.</param>
    /// <param name="problems">At least one problem.</param>
    public DatasetFormatException(string file, IReadOnlyList<DatasetProblem> problems)
        : base(Format(file, problems))
    {
        File = file;
        Problems = problems;
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
