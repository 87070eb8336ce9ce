// The main job of MuhanRubric on the embedded 2016 data: the 31 municipalities beside the province average,
// the descriptive statistics of the main measures, and how many published figures the library reproduces.
using System.Globalization;
using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

Console.OutputEncoding = Encoding.UTF8;
var dataset = Evaluation2016.Measurements;   // what scoring reads: 31 시군 × 33 measures, as printed
var published = Evaluation2016.Report;       // the report's own tables, claims and discrepancy catalogue

Measure[] key =
[
    Measure.ExternalSupportSessions, Measure.AverageStaffAtOtherMeetings, Measure.CooperationSatisfaction,
    Measure.OfficialTransferRate, Measure.PrivateCaseManagerCareerScore, Measure.IntegratedCaseManagerCareerScore,
    Measure.CasesPerCaseManager, Measure.CaseConferencesPerCase, Measure.ServiceLinkagesPerCase,
];
string[] headers = ["support", "meetings", "coop", "transfer%", "careerP", "careerI", "caseload", "conf/case", "links/case"];

Console.WriteLine($"{published.Report.Title} — {published.Report.Id}");
Console.WriteLine($"The 31 municipalities, {key.Length} key measures, as printed (blank = not printed):");
Console.WriteLine();
var line = new StringBuilder(Text.PadRight("시군", 24));
foreach (var header in headers)
{
    line.Append(header.PadLeft(11));
}

Console.WriteLine(line);
foreach (var record in dataset.Rows)
{
    line.Clear().Append(Text.PadRight($"{record.Unit.KoreanName} {record.Unit.RomanizedName}", 24));
    foreach (var measure in key)
    {
        line.Append((record[measure]?.Text ?? string.Empty).PadLeft(11));
    }

    Console.WriteLine(line);
}

line.Clear().Append(Text.PadRight("전체 평균 Province avg", 24));
foreach (var measure in key)
{
    line.Append((published.ProvinceAverage(measure)?.Printed ?? string.Empty).PadLeft(11));
}

Console.WriteLine(line);
Console.WriteLine();
Console.WriteLine("Descriptive statistics (sample SD as SPSS prints it; quartiles by SPSS's definition):");
Console.WriteLine();
Console.WriteLine($"{"measure",-36}{"n",4}{"miss",5}{"mean",9}{"sd",9}{"min",9}{"p25",9}{"median",9}{"p75",9}{"max",9}");
foreach (var measure in key)
{
    var d = dataset.Series(measure).Describe();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{measure.Id,-36}{d.N,4}{d.Missing,5}{d.Mean,9:0.00}{d.StandardDeviation,9:0.00}{d.Minimum,9}{d.LowerQuartile,9:0.00}{d.Median,9:0.00}{d.UpperQuartile,9:0.00}{d.Maximum,9}"));
}

Console.WriteLine();
var top = dataset.Series(Measure.CasesPerCaseManager).Top(5);
Console.WriteLine("Highest caseloads: " + string.Join(", ", top.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Rank}. {r.Municipality.KoreanName} {r.Value}"))));
Console.WriteLine();
var reproduction = Reproducer.Reproduce(published);
Console.WriteLine("Reproduction of the report's own figures: " + reproduction.Headline);
Console.WriteLine($"Discrepancy catalogue: {published.Discrepancies.Count} entries (format: docs/dataset-format.md).");

Console.WriteLine();
var reference = Rubrics2016.Reference;
var scores = reference.Score(dataset);
Console.WriteLine($"Scores under the {reference.Name} (maximum {reference.MaximumPoints}; C4 and area D excluded as the report did):");
Console.WriteLine();
Console.Write(scores.RankTable());
Console.WriteLine();
var suwon = scores[Municipality.Suwon];
Console.WriteLine($"Why {suwon.Municipality.KoreanName} has {suwon.Total} points, indicator by indicator (first three):");
foreach (var indicator in suwon.Indicators.Take(3))
{
    Console.WriteLine("  " + indicator.Explanation);
    Console.WriteLine("  " + indicator.KoreanExplanation);
}

Console.WriteLine();
Console.WriteLine($"What the scores of the {reference.Name} warn about ({scores.Warnings.Count}):");
foreach (var warning in scores.Warnings)
{
    Console.WriteLine("  " + warning.Message);
}

Console.WriteLine();
Console.WriteLine($"Warnings of the {Rubrics2016.AsPublished.Name} (the report's own inconsistencies):");
foreach (var warning in Rubrics2016.AsPublished.Warnings)
{
    Console.WriteLine("  " + warning);
}

/// <summary>Column padding that counts Hangul as two terminal cells.</summary>
internal static class Text
{
    public static string PadRight(string text, int width)
    {
        var cells = text.Sum(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u1100' and <= '\u11FF' ? 2 : 1);
        return text + new string(' ', Math.Max(1, width - cells));
    }
}
