using System.Text;
using MuhanRubric.Import;

namespace MuhanRubric.Tests.Import;

/// <summary>A corpus of bad submissions (Corpus/, and workbooks generated here), each with the exact problems it must give.</summary>
public class ImportCorpusTests
{
    private const string Folder = "Import/Corpus";

    /// <summary>Workbooks, generated with DocumentFormat.OpenXml, and the problems each gives.</summary>
    private static readonly Dictionary<string, (Func<MemoryStream> Workbook, ImportOptions? Options, string[] Expected)> _workbooks = new()
    {
        ["error-cell.xlsx"] = (
            () => TestWorkbook.Create(("Data", [["unit", "CasesPerCaseManager"], ["Suwon", new X.Error("#DIV/0!")], ["Seongnam", new X.Error("#N/A")]])),
            null,
            [
                "error-cell.xlsx: sheet 'Data', cell B2, 시군 Suwon, measure CasesPerCaseManager: expected a number, found the spreadsheet error '#DIV/0!'",
                "error-cell.xlsx: sheet 'Data', cell B3, 시군 Seongnam, measure CasesPerCaseManager: expected a number, found the spreadsheet error '#N/A'",
            ]),
        ["percent-formatted-count.xlsx"] = (
            () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "OfficialTransferRate"], ["Suwon", new X.Number(0.25, 1), new X.Number(0.25, 1)]])),
            null,
            ["percent-formatted-count.xlsx: sheet 'Data', cell B2, 시군 Suwon, measure CasesManaged: expected a number without '%' (CasesManaged is in households, not a percentage), found '25%' (a number formatted as a percentage)"]),
        ["uncalculated-formula.xlsx"] = (
            () => TestWorkbook.Create(("Data", [["unit", "CasesManaged"], ["Suwon", new X.Formula("B3*2", null)]])),
            null,
            ["uncalculated-formula.xlsx: sheet 'Data', cell B2, 시군 Suwon, measure CasesManaged: expected a number, found a formula without a calculated value ('=B3*2'); recalculate the workbook in a spreadsheet program and save it"]),
        ["not-a-zip.xlsx"] = (
            () => new MemoryStream(Encoding.UTF8.GetBytes("unit,CasesManaged\nSuwon,1\n")),
            null,
            ["not-a-zip.xlsx: expected an XLSX workbook (Office Open XML), found a file that cannot be read as one: File contains corrupted data."]),
        ["missing-sheet.xlsx"] = (
            () => TestWorkbook.Create(("Sheet1", [["unit", "CasesManaged"]])),
            ImportOptions.Default with { Sheet = "Data" },
            ["missing-sheet.xlsx: expected a sheet named 'Data', found sheets 'Sheet1'"]),
        ["duplicate-unit-and-bad-header.xlsx"] = (
            () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "Caseload"], ["# 시군 코드"], ["Suwon", 1, 2], ["수원시", 3, 4]])),
            null,
            [
                "duplicate-unit-and-bad-header.xlsx: sheet 'Data', cell C1, field 'Caseload': unknown column 'Caseload': expected unit, name, an id or Korean label of the 33 measures (ExternalSupportSessions … ServiceLinkagesPerCase), a share column (id% or label 비율(%)), or a comment column starting with #",
                "duplicate-unit-and-bad-header.xlsx: sheet 'Data', cell A4, 시군 수원시, field 'unit': expected each unit once, found Suwon again (first on cell A3)",
            ]),
    };

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, Folder))
            .Select(Path.GetFileName)
            .Where(f => f!.EndsWith(".csv", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        foreach (var name in _workbooks.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Corpus_HasAtLeastThirtyCasesAcrossTheFormats()
    {
        var cases = ((IEnumerable<object[]>)Cases()).Select(c => (string)c[0]).ToList();
        Assert.True(cases.Count >= 30, $"{cases.Count} cases");
        Assert.Contains(cases, c => c.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.EndsWith(".xlsx", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadSubmission_GivesExactlyItsExpectedProblems(string name)
    {
        var options = ImportOptions.Default with { AllowAbsentUnits = !name.StartsWith("absent-", StringComparison.Ordinal) };
        string[] expected;
        Func<object> read;
        if (_workbooks.TryGetValue(name, out var workbook))
        {
            expected = workbook.Expected;
            read = () => MeasurementImport.ReadXlsx(workbook.Workbook(), name, (workbook.Options ?? ImportOptions.Default) with { AllowAbsentUnits = true });
        }
        else
        {
            var path = Path.Combine(AppContext.BaseDirectory, Folder, name);
            expected = File.ReadAllLines(path + ".expected.txt", Encoding.UTF8).Where(l => l.Length > 0).ToArray();
            read = () => MeasurementImport.ReadFile(path, options);
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Submissions.Problems(read));
    }
}
