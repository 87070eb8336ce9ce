using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Corpus;

/// <summary>
/// The corpus of bad inputs (README.md beside this file): every file under <c>Corpus/</c>, read by the reader of its
/// folder, must fail with one of the documented exceptions and exactly the problems of its <c>.expected.txt</c>.
/// </summary>
public class BadInputCorpusTests
{
    /// <summary>Set to 1 to write what the readers report into the <c>.expected.txt</c> files (then review the diff).</summary>
    private const string WriteVariable = "MUHAN_WRITE_CORPUS";

    /// <summary>Cases read with options other than the defaults.</summary>
    private static readonly Dictionary<string, ImportOptions> _options = new(StringComparer.Ordinal)
    {
        ["submissions/missing-sheet.xlsx"] = ImportOptions.Default with { Sheet = "Data" },
    };

    /// <summary>The corpus folder in the source tree (the files are read where they are reviewed).</summary>
    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>The full path of a case, for example <c>rubrics/validation-totals.json</c>.</summary>
    internal static string PathOf(string name) => Path.Combine(Folder(), name);

    public static TheoryData<string> Cases()
    {
        var folder = Folder();
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f.Contains('/', StringComparison.Ordinal) && !f.EndsWith(".expected.txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    private static bool Writing => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    [Fact]
    public void Workbooks_AreCommittedFilesOfTheGenerator()
    {
        var folder = Path.Combine(Folder(), "submissions");
        if (Writing)
        {
            CorpusWorkbooks.WriteMissing(folder);
        }

        // Every workbook of the corpus is a real file, and the generator names each one (so it can be written again).
        Assert.Equal(
            CorpusWorkbooks.All.Keys.Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(folder, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Corpus_HasAtLeastOneHundredCasesAcrossEveryReader()
    {
        var cases = ((IEnumerable<object[]>)Cases()).Select(c => (string)c[0]).ToList();
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        foreach (var kind in new[] { "rubrics/", "report/", "discrepancies/", "submissions/", "catalogues/units-", "catalogues/measures-", "coinr/data-", "coinr/meta-" })
        {
            Assert.Contains(cases, c => c.StartsWith(kind, StringComparison.Ordinal));
        }

        foreach (var extension in new[] { ".csv", ".json", ".xlsx" })
        {
            Assert.Contains(cases, c => c.StartsWith("submissions/", StringComparison.Ordinal) && c.EndsWith(extension, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_GivesADocumentedExceptionWithExactlyItsExpectedProblems(string name)
    {
        var actual = Problems(name);
        var expectedPath = Path.Combine(Folder(), name + ".expected.txt");
        if (Writing)
        {
            File.WriteAllText(expectedPath, string.Join('\n', actual) + "\n", new UTF8Encoding(false));
            return;
        }

        var expected = File.ReadAllLines(expectedPath, Encoding.UTF8).Where(l => l.Length > 0).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    /// <summary>What the reader of the case's folder reports, one problem per line; only documented exceptions count.</summary>
    internal static string[] Problems(string name)
    {
        var path = Path.Combine(Folder(), name);
        var folder = name[..name.IndexOf('/', StringComparison.Ordinal)];
        var fileName = Path.GetFileName(name);
        try
        {
            _ = folder switch
            {
                "rubrics" => (object)RubricJson.LoadFile(path),
                "report" => LoadReport(path, fileName),
                "discrepancies" => EvaluationReport.LoadFile(ReportFile(), path),
                "submissions" => MeasurementImport.ReadFile(path, _options.GetValueOrDefault(name, ImportOptions.Default) with { AllowAbsentUnits = !fileName.StartsWith("absent-", StringComparison.Ordinal) }),
                "catalogues" when fileName.StartsWith("units-", StringComparison.Ordinal) => MeasurementImport.ReadUnits(path),
                "catalogues" => MeasurementImport.ReadMeasures(path),
                "coinr" => ReadCoinrPair(path, fileName),
                _ => throw new InvalidOperationException($"No reader for the corpus folder '{folder}'."),
            };
        }
        catch (DatasetFormatException ex)
        {
            Assert.Equal(ex.Problems.Count, ex.Message.Split('\n').Length - 1);
            return [.. ex.Problems.Select(p => p.ToString())];
        }
        catch (RubricFormatException ex)
        {
            return [.. ex.Problems.Select(p => p.ToString())];
        }
        catch (RubricValidationException ex)
        {
            Assert.Equal(Path.GetFileName(path), ex.SourceName);
            return [.. ex.Problems.Select(p => p.ToString())];
        }

        Assert.Fail($"{name} loaded; a file of the corpus of bad inputs must fail.");
        return [];
    }

    /// <summary>
    /// A COINr case: one file holding an <c>iData.csv</c> and an <c>iMeta.csv</c>, each after a <c>--- name ---</c>
    /// line, read by <see cref="CoinrImport.Read"/> under the names <c>&lt;case&gt; iData.csv</c> and <c>&lt;case&gt; iMeta.csv</c>.
    /// </summary>
    private static CoinrDataset ReadCoinrPair(string path, string fileName)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var meta = text.IndexOf("--- iMeta.csv ---\n", StringComparison.Ordinal);
        Assert.True(text.StartsWith("--- iData.csv ---\n", StringComparison.Ordinal) && meta > 0, $"{fileName}: expected '--- iData.csv ---' and '--- iMeta.csv ---' sections");
        var name = fileName[..^".pair.txt".Length];
        return CoinrImport.Read(text["--- iData.csv ---\n".Length..meta], text[(meta + "--- iMeta.csv ---\n".Length)..], $"{name} iData.csv", $"{name} iMeta.csv");
    }

    /// <summary>The 2016 report file of the repository, which <c>report/*.edits.json</c> cases edit.</summary>
    internal static string ReportFile([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "..", "src", "MuhanRubric", "Editions", "Y2016", "Data", "evaluation-2016.json"));

    /// <summary>
    /// A report case: a whole file, or (<c>*.edits.json</c>) text edits of the 380 KB 2016 report, each
    /// <c>{ "find", "replace", "occurrence" }</c> (the occurrence counts from 1), so that lines stay the report's lines.
    /// </summary>
    private static EvaluationReport LoadReport(string path, string fileName)
    {
        if (!fileName.EndsWith(".edits.json", StringComparison.Ordinal))
        {
            return EvaluationReport.LoadFile(path);
        }

        var text = File.ReadAllText(ReportFile(), Encoding.UTF8);
        foreach (var edit in JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8)).RootElement.EnumerateArray())
        {
            var find = edit.GetProperty("find").GetString()!;
            var occurrence = edit.TryGetProperty("occurrence", out var nth) ? nth.GetInt32() : 1;
            var at = -1;
            for (var i = 0; i < occurrence; i++)
            {
                at = text.IndexOf(find, at + 1, StringComparison.Ordinal);
                Assert.True(at >= 0, $"{fileName}: '{find}' does not occur {occurrence} time(s) in the report");
            }

            text = string.Concat(text.AsSpan(0, at), edit.GetProperty("replace").GetString(), text.AsSpan(at + find.Length));
        }

        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return EvaluationReport.Load(stream, fileName.Replace(".edits.json", ".json", StringComparison.Ordinal));
    }
}
