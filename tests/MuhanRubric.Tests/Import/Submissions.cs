using System.Text;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Import;

/// <summary>Submission files written in the tests, and the problems they give.</summary>
internal static class Submissions
{
    public static ImportOptions AbsentAllowed { get; } = ImportOptions.Default with { AllowAbsentUnits = true };

    public static MeasurementTable Csv(string text, ImportOptions? options = null, string name = "test.csv") =>
        MeasurementImport.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, options);

    public static MeasurementTable Json(string text, ImportOptions? options = null, string name = "test.json") =>
        MeasurementImport.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), name, options);

    public static string[] CsvProblems(string text, ImportOptions? options = null) => Problems(() => Csv(text, options));

    public static string[] JsonProblems(string text, ImportOptions? options = null) => Problems(() => Json(text, options));

    public static string[] Problems(Func<object> read)
    {
        var ex = Assert.Throws<DatasetFormatException>(() => read());
        Assert.Equal(ex.Problems.Count, ex.Message.Split('\n').Length - 1);
        return [.. ex.Problems.Select(p => p.ToString())];
    }

    /// <summary>One problem's message only.</summary>
    public static string Message(Func<object> read) => Assert.Single(Assert.Throws<DatasetFormatException>(() => read()).Problems).Message;

    /// <summary>A CSV cell, quoted (RFC 4180).</summary>
    public static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A wide CSV file with a row for each of the 31 Gyeonggi 시군: its code, then the cells given for it.</summary>
    public static string Gyeonggi(string header, Func<Municipality, int, string> cells) =>
        header + "\n" + string.Join("\n", MunicipalityCatalog.Gyeonggi.Select((u, i) => u.Code + "," + cells(u, i))) + "\n";
}
