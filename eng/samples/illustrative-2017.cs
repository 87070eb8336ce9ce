#:project ../../src/MuhanRubric/MuhanRubric.csproj

// Writes samples/NextYear/illustrative-2017-filled.csv: the submission template of the 2016 reference rubric, filled
// with ILLUSTRATIVE numbers for a made-up 2017 — not real data. Development-time only; the sample reads the file this
// writes, as a team would read its 시군's submissions.
//
// How the numbers are made (seeded, so the file is reproducible): every 2016 value moves by a factor in [0.8, 1.2]
// (whole counts rounded to whole numbers, shares kept within 0–100; a value the measure's range flags — a catalogued
// 2016 oddity — is kept as printed); then two deliberate stories: 오산 brings its caseload from 65.9 into the 30–50
// optimum (45.0 households per case manager) and 하남 raises its case conferences from 1.0 to 2.1 per case; 가평
// leaves one cell (training hours per official) blank. The private case managers in post (표 Ⅱ-3) stay as in 2016.
//
//   dotnet run eng/samples/illustrative-2017.cs

using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Templates;
using MuhanRubric.Units;

var random = new Random(2017);
var source = Evaluation2016.Measurements;
var builder = MeasurementTable.CreateBuilder(source.Units, source.Measures).WithName("illustrative 2017").WithPeriod(EvaluationPeriod.Year(2017));
foreach (var unit in source.Units)
{
    foreach (var measure in source.Measures)
    {
        if (source.StatusOf(unit, measure) == CellStatus.NotApplicable)
        {
            builder.SetNotApplicable(unit, measure);
            continue;
        }

        if (source[unit, measure] is not { } cell || (unit == Municipality.Gapyeong && measure == Measure.OfficialTrainingHoursPerCapita))
        {
            builder.SetMissing(unit, measure);
            continue;
        }

        // The headcount of 표 Ⅱ-3 stays as in 2016, and draws nothing: the other measures keep the numbers they had
        // before the reference rubric read it.
        if (measure == Measure.PrivateCaseManagersInPost)
        {
            builder.Set(unit, measure, cell.Value);
            continue;
        }

        var factor = 0.8m + (decimal)random.NextDouble() * 0.4m;
        var value = measure.IsWholeCount ? Math.Round(cell.Value * factor, MidpointRounding.AwayFromZero) : Math.Round(cell.Value * factor, 1, MidpointRounding.AwayFromZero);
        value = (unit, measure) switch
        {
            var (u, m) when u == Municipality.Osan && m == Measure.CasesPerCaseManager => 45.0m,
            var (u, m) when u == Municipality.Hanam && m == Measure.CaseConferencesPerCase => 2.1m,
            _ => value,
        };
        if (measure.ExpectedRange is { } range && !range.Contains(value))
        {
            value = cell.Value;     // keep a printed value the range flags (a catalogued 2016 oddity) as it was
        }

        decimal? percent = cell.Percent is { } p ? Math.Min(100m, Math.Round(p * factor, 1, MidpointRounding.AwayFromZero)) : null;
        builder.Set(unit, measure, value, value == 0 ? null : percent);
    }
}

var path = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? ".", "..", "..", "samples", "NextYear", "illustrative-2017-filled.csv");
using var buffer = new MemoryStream();
SubmissionTemplate.WriteCsv(buffer, Rubrics2016.Reference, new TemplateOptions { Values = builder.Build(), Period = EvaluationPeriod.Year(2017) });
var text = Encoding.UTF8.GetString(buffer.ToArray());
var lines = text.Split("\r\n").ToList();
// The label travels with the file: a comment row right under the header (rows starting with # are skipped on import).
lines.Insert(1, "# 예시 자료: 실제 2017년 자료가 아닙니다 / ILLUSTRATIVE DATA, not real 2017 figures (2016 values with seeded changes; eng/samples/illustrative-2017.cs)");
File.WriteAllText(path, string.Join("\r\n", lines), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
Console.WriteLine($"Wrote {Path.GetFullPath(path)}");
