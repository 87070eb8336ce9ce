// Score your year: the yearly workflow of the teams who evaluate the 31 시군, on ILLUSTRATIVE data.
//
// 1. Make the submission template the rubric needs (what each 시군 fills in).
// 2. Read the filled template back: here illustrative-2017-filled.csv, made-up numbers for a 2017 that never was
//    (the 2016 values with seeded changes; NOT real data). A file with mistakes is refused, every mistake named.
// 3. Score the year.
// 4. Compare it with 2016: each 시군's total and rank in both years, and which indicators moved it.
//
//   dotnet run --project samples/NextYear [output folder]
using System.Globalization;
using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Scoring;
using MuhanRubric.Templates;
using MuhanRubric.Units;

Console.OutputEncoding = Encoding.UTF8;
var rubric = Rubrics2016.Reference;
var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "muhan-next-year");
Directory.CreateDirectory(output);

// 1. The template: one row per 시군, one column per measure the rubric reads, and an instructions sheet.
var template = Path.Combine(output, "2017-template.xlsx");
using (var file = File.Create(template))
{
    SubmissionTemplate.WriteXlsx(file, rubric, new TemplateOptions { Period = EvaluationPeriod.Year(2017) });
}

Console.WriteLine($"1. Template for '{rubric.Name}': {template}");
Console.WriteLine($"   {SubmissionTemplate.MeasuresFor(rubric, MeasureCatalog.Gyeonggi2016).Count} measures × {MunicipalityCatalog.Gyeonggi.Count} 시군");
Console.WriteLine();

// 2. The filled template (illustrative), read back; then a copy with two typing mistakes, refused.
var filled = Path.Combine(AppContext.BaseDirectory, "illustrative-2017-filled.csv");
var year2017 = MeasurementImport.ReadFile(filled, new ImportOptions { Period = EvaluationPeriod.Year(2017), Name = "illustrative 2017" });
Console.WriteLine($"2. Read {Path.GetFileName(filled)}: {year2017.Units.Count} 시군 × {year2017.Measures.Count} measures, period {year2017.Period} (ILLUSTRATIVE, not real data)");
var mistaken = Path.Combine(output, "2017-with-mistakes.csv");
var lines = File.ReadAllLines(filled, Encoding.UTF8);
var conferences = Array.IndexOf(lines[0].TrimStart('\uFEFF').Split(','), "CaseConferencesPerCase");
var suwon = lines[5].Split(',');
suwon[conferences] = "1.2회";                                            // a unit typed into a number
lines[5] = string.Join(',', suwon);
lines[6] = lines[6].Replace("성남시", "성남구", StringComparison.Ordinal); // a name that is not the code's
File.WriteAllLines(mistaken, lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
try
{
    MeasurementImport.ReadFile(mistaken);
}
catch (DatasetFormatException ex)
{
    Console.WriteLine($"   A copy with mistakes is refused, nothing loaded ({ex.Problems.Count} problem(s)):");
    foreach (var problem in ex.Problems)
    {
        Console.WriteLine($"   - {problem}");
    }
}

Console.WriteLine();

// 3. The year, scored.
var result = rubric.Score(year2017);
Console.WriteLine($"3. {rubric.Name} on {year2017.Name}: the top five");
foreach (var card in result.Ranked.Take(5))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {card.Rank,2}. {card.Municipality.KoreanName} {card.NormalizedTotal:0.00} of {rubric.MaximumPoints:0}"));
}

Console.WriteLine($"   {result.Warnings.Count} warning(s), for example: {result.Warnings.FirstOrDefault()?.Message ?? "none"}");
Console.WriteLine();

// 4. Year over year, with the population cut-offs recomputed on each year's data.
var years = YearComparison.Compare(rubric, [Evaluation2016.Measurements, year2017], CutoffPolicy.RecomputeEachYear);
Console.WriteLine("4. 2016 → 2017 (illustrative):");
Console.Write(years.ToText());
Console.WriteLine();
foreach (var unit in new[] { Municipality.Osan, Municipality.Hanam })
{
    var change = years[unit].Overall;
    var causes = string.Join(", ", change.Contributions.Where(c => c.Change != 0).OrderByDescending(c => Math.Abs(c.Change)).Take(3)
        .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Change:+0.00;-0.00}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{unit.KoreanName}: {change.TotalChange:+0.00;-0.00;0.00} points, {change.RankChange:+0;-0;0} places; mostly {causes}"));
}
