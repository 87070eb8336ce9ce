using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Tests.Import;
using MuhanRubric.Tests.Reading.Fuzz;
using MuhanRubric.Tests.Rubrics;
using Xunit.Abstractions;

namespace MuhanRubric.Tests.Reading;

/// <summary>
/// A seeded mutation fuzz of every reader (the rubric, the report, the discrepancy catalogue, JSON, CSV and XLSX
/// submissions, units and measures files). For each mutation: only the exceptions the reader's XML documentation names
/// leave it (<see cref="DocumentedExceptions"/>); what loads can be scored and described with only the exceptions
/// those methods document; what loads differs from the original only where the mutation changed the file; and a number
/// the mutation wrote is rejected or read back exactly as written (nothing is silently repaired). Each reader runs a
/// fixed, seeded list of mutations, cut short by a time budget on a slow machine.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    // MUHAN_FUZZ_SEED and MUHAN_FUZZ_SCALE (a multiplier of the mutations and the time budget) run a longer hunt by hand.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("MUHAN_FUZZ_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 20170615;

    private static readonly int Scale = int.TryParse(Environment.GetEnvironmentVariable("MUHAN_FUZZ_SCALE"), CultureInfo.InvariantCulture, out var scale) ? scale : 1;

    // Each reader's share of about 30 s in all (the report, 380 KB, is the slowest to read); the counts are what an
    // idle machine runs in that time, and a loaded one runs fewer of the same mutations.
    private static readonly TimeSpan _budget = TimeSpan.FromSeconds(3.5 * Scale);

    [Fact]
    public void RubricReader_MutatedRubrics_OnlyDocumentedExceptions_NothingRepaired()
    {
        foreach (var (name, rubric) in new[] { ("sample", RubricSamples.Everything()), ("reference", Rubrics2016.Reference) })
        {
            var mutator = new JsonMutator(JsonNode.Parse(RubricJson.Serialize(rubric))!, new Random(Seed));
            var run = new FuzzRun<Rubric>(
                $"rubric ({name})",
                bytes => RubricJson.Load(new MemoryStream(bytes), "fuzz.json"),
                DocumentedExceptions.Of(() => RubricJson.Load(null!, null!)),
                Fingerprints.Of,
                loaded =>
                {
                    _ = RubricDiff.Format(RubricDiff.Compare(rubric, loaded));
                    _ = loaded.Score(Evaluation2016.Measurements).ToText();
                },
                Documented(() => RubricDiff.Compare(null!, null!), () => RubricDiff.Format(null!), () => RubricScoring.Score(null!, null!))).Run(Encoding.UTF8.GetBytes(mutator.Text), _ => mutator.Next(), Seed, 1500 * Scale, _budget * 5 / 7, mutator.Numbers);
            Report(run);
        }
    }

    [Fact]
    public void ReportReader_MutatedReport_OnlyDocumentedExceptions_NothingRepaired()
    {
        var mutator = new JsonMutator(JsonNode.Parse(File.ReadAllText(Corpus.BadInputCorpusTests.ReportFile(), Encoding.UTF8))!, new Random(Seed));
        var run = new FuzzRun<EvaluationReport>(
            "report",
            bytes => ReportReader.Read(new MemoryStream(bytes), "fuzz.json", null, null),
            DocumentedExceptions.Of(() => EvaluationReport.Load(null!, null!, null)),
            Fingerprints.Of,
            loaded =>
            {
                foreach (var measure in loaded.Measurements.Measures)
                {
                    _ = loaded.Series(measure).Describe();
                    _ = loaded.Series(measure, ValuePart.Percent).Describe();
                }

                _ = Rubrics2016.Reference.Score(loaded.Measurements);
            },
            Documented(() => MeasureSeriesStatistics.Describe(null!, default), () => RubricScoring.Score(null!, null!))).Run(Encoding.UTF8.GetBytes(mutator.Text), _ => mutator.Next(), Seed, 600 * Scale, _budget * 18 / 7, mutator.Numbers);
        Report(run);
    }

    [Fact]
    public void CatalogueReader_MutatedCatalogue_OnlyDocumentedExceptions_NothingRepaired()
    {
        using var resource = typeof(EvaluationReport).Assembly.GetManifestResourceStream(EvaluationReport.Embedded2016DiscrepanciesResourceName)!;
        var mutator = new JsonMutator(JsonNode.Parse(resource)!, new Random(Seed));
        var run = new FuzzRun<IReadOnlyList<Discrepancy>>(
            "catalogue",
            bytes => ReportReader.ReadCatalogue(new MemoryStream(bytes), "fuzz.json"),
            DocumentedExceptions.Of(() => EvaluationReport.Load(null!, null!, null)),
            Fingerprints.Of).Run(Encoding.UTF8.GetBytes(mutator.Text), _ => mutator.Next(), Seed, 1000 * Scale, _budget, mutator.Numbers);
        Report(run);
    }

    [Fact]
    public void MeasurementJsonReader_MutatedSubmission_OnlyDocumentedExceptions_NothingRepaired()
    {
        var mutator = new JsonMutator(MeasurementJson(), new Random(Seed));
        var run = new FuzzRun<MeasurementTable>(
            "measurements (JSON)",
            bytes => MeasurementImport.ReadJson(new MemoryStream(bytes), "fuzz.json"),
            DocumentedExceptions.Of(() => MeasurementImport.ReadJson(null!, null!, null)),
            Fingerprints.Of,
            Score,
            ScoreThrows).Run(Encoding.UTF8.GetBytes(mutator.Text), _ => mutator.Next(), Seed, 1000 * Scale, _budget, mutator.Numbers);
        Report(run);
    }

    [Fact]
    public void CsvReader_MutatedSubmission_OnlyDocumentedExceptions_NothingRepaired() =>
        Report(CsvRun(
            "measurements (CSV)",
            Grid(),
            bytes => MeasurementImport.ReadCsv(new MemoryStream(bytes), "fuzz.csv"),
            DocumentedExceptions.Of(() => MeasurementImport.ReadCsv(null!, null!, null)),
            Fingerprints.OfGrid,
            rowsAreEntries: false,
            1500 * Scale,
            _budget,
            Score,
            ScoreThrows));

    [Fact]
    public void XlsxReader_MutatedWorkbook_OnlyDocumentedExceptions_NothingRepaired()
    {
        var grid = Grid();
        var random = new Random(Seed);
        var cells = new GridMutator(grid, random);
        var workbook = Workbook(grid);
        var run = new FuzzRun<MeasurementTable>(
            "measurements (XLSX)",
            bytes => MeasurementImport.ReadXlsx(new MemoryStream(bytes), "fuzz.xlsx"),
            DocumentedExceptions.Of(() => MeasurementImport.ReadXlsx(null!, null!, null)),
            Fingerprints.OfGrid,
            Score,
            ScoreThrows).Run(workbook, r => r.Next(4) == 0 ? WorkbookBytes(workbook, r) : Cells(cells.Next(), Workbook), Seed, 600 * Scale, _budget * 9 / 7, cells.Numbers);
        Report(run);
    }

    [Fact]
    public void UnitsAndMeasuresFiles_MutatedCatalogues_OnlyDocumentedExceptions_NothingRepaired()
    {
        var units = MuhanRubric.Units.MunicipalityCatalog.Gyeonggi;
        string[][] unitGrid =
        [
            ["code", "koreanName", "romanizedName", "kind", "region", "groups", "aliases"],
            .. units.Select(u => new[] { u.Code, u.KoreanName, u.RomanizedName, u.Kind.ToString(), u.Region ?? string.Empty, string.Join(";", u.Groups), string.Join(";", u.Aliases) }),
        ];
        Report(CsvRun(
            "units file",
            unitGrid,
            bytes => MeasurementImport.ReadUnits(new MemoryStream(bytes), "fuzz.csv"),
            DocumentedExceptions.Of(() => MeasurementImport.ReadUnits(null!, null!)),
            Fingerprints.Of,
            rowsAreEntries: true,
            1000 * Scale,
            _budget * 3 / 7));

        var measures = MuhanRubric.Measures.MeasureCatalog.Gyeonggi2016;
        string[][] measureGrid =
        [
            ["id", "koreanLabel", "englishName", "unit", "wholeCount", "hasShare", "shareOf", "minimum", "maximum"],
            .. measures.Select(m => new[]
            {
                m.Id, m.KoreanLabel, m.EnglishName, m.Unit.ToString(), m.IsWholeCount ? "true" : "false", m.HasShare ? "true" : "false", m.ShareDenominator ?? string.Empty,
                m.ExpectedRange?.Lower?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, m.ExpectedRange?.Upper?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            }),
        ];
        Report(CsvRun(
            "measures file",
            measureGrid,
            bytes => MeasurementImport.ReadMeasures(new MemoryStream(bytes), "fuzz.csv"),
            DocumentedExceptions.Of(() => MeasurementImport.ReadMeasures(null!, null!)),
            Fingerprints.Of,
            rowsAreEntries: true,
            1000 * Scale,
            _budget * 3 / 7));
    }

    // A CSV reader's run: cells of the grid mutated (a fifth of the time, the bytes of the file).
    private static FuzzRun<T> CsvRun<T>(
        string reader, string[][] grid, Func<byte[], T> read, IReadOnlyList<Type> throws, Func<T, Dictionary<string, string>> fingerprint,
        bool rowsAreEntries, int count, TimeSpan budget, Action<T>? compute = null, IReadOnlyList<Type>? computeThrows = null)
        where T : class
    {
        var cells = new GridMutator(grid, new Random(Seed), rowsAreEntries);
        var text = Encoding.UTF8.GetBytes(GridMutator.Csv(grid));
        return new FuzzRun<T>(reader, read, throws, fingerprint, compute, computeThrows)
            .Run(text, r => r.Next(5) == 0 ? Bytes(text, r) : Cells(cells.Next(), g => Encoding.UTF8.GetBytes(GridMutator.Csv(g))), Seed, count, budget, cells.Numbers);
    }

    [Fact]
    public void FuzzRun_CatchesARepairedNumberAndAnUndocumentedException()
    {
        // The fuzz itself, against a reader that rounds numbers to whole ones and, where a number became text,
        // throws the InvalidOperationException of JsonNode.GetValue: both must be failures.
        var mutator = new JsonMutator(JsonNode.Parse("""{ "points": [1, 2.5, 3], "name": "x", "weight": 0.75 }""")!, new Random(Seed));
        var run = new FuzzRun<JsonNode>(
            "rounding",
            bytes => Rounded(JsonNode.Parse(bytes)!),
            [typeof(System.Text.Json.JsonException)],
            Fingerprints.Of).Run(Encoding.UTF8.GetBytes(mutator.Text), _ => mutator.Next(), Seed, 300, _budget);

        Assert.Contains(run.Failures, f => f.Contains(", read back ", StringComparison.Ordinal));
        Assert.Contains(run.Failures, f => f.Contains("InvalidOperationException escaped", StringComparison.Ordinal));

        static JsonNode Rounded(JsonNode node)
        {
            foreach (var item in node["points"]!.AsArray().ToList())
            {
                item!.ReplaceWith(Math.Round(item.GetValue<decimal>()));
            }

            node["weight"] = Math.Round(node["weight"]!.GetValue<decimal>());
            return node;
        }
    }

    private static IReadOnlyList<Type> ScoreThrows => Documented(() => RubricScoring.Score(null!, null!));

    private static IReadOnlyList<Type> Documented(params System.Linq.Expressions.Expression<Action>[] calls) =>
        [.. calls.SelectMany(DocumentedExceptions.Of).Distinct()];

    private void Report<T>(FuzzRun<T> run)
        where T : class
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Runs} mutations in {run.Elapsed.TotalSeconds:0.0} s: {run.Rejected} rejected with a documented exception, {run.Loaded} loaded; the original's numbers read back: {run.OriginalNumbersReadBack}; numbers written: {run.NumbersReadBack} read back exactly, {run.NumbersRejected} rejected, {run.NumbersNotLoaded} in fields not loaded; {run.Failures.Count} failures"));
        Assert.True(run.Runs >= FuzzRun<T>.Minimum, $"only {run.Runs} mutations ran");
        Assert.True(run.Failures.Count == 0, string.Join("\n", run.Failures.Take(15)));
    }

    private static void Score(MeasurementTable table) => _ = Rubrics2016.Reference.Score(table);

    private static Mutation Cells((string Description, string[][] Grid, IReadOnlyList<string> Regions, (string Path, string Text)? Number) mutation, Func<string[][], byte[]> write) =>
        new(mutation.Description, write(mutation.Grid), mutation.Regions, mutation.Number);

    private static Mutation Bytes(byte[] original, Random random)
    {
        if (random.Next(2) == 0)
        {
            var at = random.Next(original.Length);
            return new Mutation($"truncated at byte {at}", original[..at], null);
        }

        var bytes = (byte[])original.Clone();
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return new Mutation("random bytes", bytes, null);
    }

    // A workbook broken at the level of its package: bytes of the zip, or of one of its parts (XML that no longer parses).
    private static Mutation WorkbookBytes(byte[] original, Random random)
    {
        if (random.Next(2) == 0)
        {
            return Bytes(original, random);
        }

        using var copy = new MemoryStream();
        copy.Write(original);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.Entries[random.Next(zip.Entries.Count)];
            byte[] content;
            using (var stream = entry.Open())
            using (var buffer = new MemoryStream())
            {
                stream.CopyTo(buffer);
                content = buffer.ToArray();
            }

            if (content.Length > 0)
            {
                content[random.Next(content.Length)] = (byte)"<>\"&x9 \u0000"[random.Next(8)];
            }

            entry.Delete();
            using var rewritten = zip.CreateEntry(entry.FullName).Open();
            rewritten.Write(content);
            return new Mutation($"a byte of part {entry.FullName}", Finish(zip, copy), null);
        }

        static byte[] Finish(ZipArchive zip, MemoryStream stream)
        {
            zip.Dispose();
            return stream.ToArray();
        }
    }

    /// <summary>The 2016 measurements as a submission grid: unit codes, then a column per measure id.</summary>
    private static string[][] Grid()
    {
        var table = Evaluation2016.Measurements;
        var rows = new List<string[]>();
        rows.Add(["unit", .. table.Measures.Select(m => m.Id)]);
        rows.AddRange(table.Units.Select(unit => (string[])[unit.Code, .. table.Measures.Select(m => CellText(table, unit, m))]));
        return [.. rows];
    }

    private static string CellText(MeasurementTable table, MuhanRubric.Units.Municipality unit, MuhanRubric.Measures.Measure measure) =>
        table[unit, measure] is { } value
            ? MeasurementTable.Format(value.Value, value.Percent)
            : table.StatusOf(unit, measure) == CellStatus.NotApplicable ? "N/A" : string.Empty;

    private static byte[] Workbook(string[][] grid) =>
        TestWorkbook.Create(("Data", [.. grid.Select(row => row.Select(X (cell) =>
            decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && !cell.Contains(',', StringComparison.Ordinal)
                ? new X.Stored(number.ToString(CultureInfo.InvariantCulture))
                : cell.Length == 0 ? new X.None() : new X.Shared(cell)).ToArray())])).ToArray();

    /// <summary>The 2016 measurements as the JSON format, declaring its units and measures.</summary>
    private static JsonObject MeasurementJson()
    {
        var table = Evaluation2016.Measurements;
        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["name"] = "2016 (fuzz)",
            ["period"] = "2016",
            ["units"] = new JsonArray([.. table.Units.Select(u => (JsonNode)new JsonObject
            {
                ["code"] = u.Code,
                ["koreanName"] = u.KoreanName,
                ["romanizedName"] = u.RomanizedName,
                ["kind"] = u.Kind.ToString(),
                ["region"] = u.Region,
                ["groups"] = new JsonArray([.. u.Groups.Select(g => (JsonNode)g)]),
                ["aliases"] = new JsonArray([.. u.Aliases.Select(a => (JsonNode)a)]),
            })]),
            ["measures"] = new JsonArray([.. table.Measures.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = m.Id,
                ["koreanLabel"] = m.KoreanLabel,
                ["englishName"] = m.EnglishName,
                ["unit"] = m.Unit.ToString(),
                ["wholeCount"] = m.IsWholeCount,
                ["hasShare"] = m.HasShare,
                ["shareOf"] = m.ShareDenominator,
                ["expectedRange"] = m.ExpectedRange is { } range ? new JsonObject { ["minimum"] = range.Lower, ["maximum"] = range.Upper } : null,
            })]),
            ["values"] = new JsonArray([.. table.Units.Select(u =>
            {
                var entry = new JsonObject { ["unit"] = u.Code };
                foreach (var m in table.Measures)
                {
                    entry[m.Id] = table[u, m] is { } value
                        ? value.Percent is null ? JsonNode.Parse(value.Value.ToString(CultureInfo.InvariantCulture)) : MeasurementTable.Format(value.Value, value.Percent)
                        : table.StatusOf(u, m) == CellStatus.NotApplicable ? "N/A" : null;
                }

                return (JsonNode)entry;
            })]),
        };
    }
}
