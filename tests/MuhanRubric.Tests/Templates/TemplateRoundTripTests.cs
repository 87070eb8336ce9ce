using MuhanRubric.Import;
using MuhanRubric.Templates;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Templates;

/// <summary>
/// The 2016 data exported to a filled template and imported again is the same data and scores identically under
/// every shipped rubric, through both template formats: what a team relies on when it edits last year's numbers.
/// </summary>
public class TemplateRoundTripTests
{
    public static TheoryData<string> Formats => ["xlsx", "csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryMeasure_RoundTripsEveryCell(string format)
    {
        var original = Evaluation2016.Measurements;
        var imported = RoundTrip(format, stream => Write(format, stream, MeasureCatalog.Gyeonggi2016));

        Assert.Equal<Measure>(original.Measures, imported.Measures);
        Assert.Equal(original.Units, imported.Units);
        foreach (var unit in original.Units)
        {
            foreach (var measure in original.Measures)
            {
                Assert.Equal(original.StatusOf(unit, measure), imported.StatusOf(unit, measure));
                var (before, after) = (original[unit, measure], imported[unit, measure]);
                Assert.Equal(before?.Value, after?.Value);
                Assert.Equal(before?.Percent, after?.Percent);
                foreach (var part in new[] { ValuePart.Value, ValuePart.Percent })
                {
                    Assert.Equal(original.Read(unit, measure, part), imported.Read(unit, measure, part));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryShippedRubric_ScoresTheImportedTemplateIdentically(string format)
    {
        foreach (var (name, rubric) in Rubrics2016.ByName)
        {
            var imported = RoundTrip(format, stream => Write(format, stream, rubric));
            var before = rubric.Score(Evaluation2016.Measurements);
            var after = rubric.Score(imported);

            Assert.True(before.Cards.Count == after.Cards.Count, name);
            for (var i = 0; i < before.Cards.Count; i++)
            {
                var (b, a) = (before.Cards[i], after.Cards[i]);
                Assert.Equal(b.Municipality, a.Municipality);
                Assert.Equal((b.Total, b.MaximumPoints, b.NormalizedTotal, b.Rank), (a.Total, a.MaximumPoints, a.NormalizedTotal, a.Rank));
                Assert.Equal(b.Indicators.Select(s => (s.Code, s.Status, s.RawValue, s.Points, s.MaximumPoints)), a.Indicators.Select(s => (s.Code, s.Status, s.RawValue, s.Points, s.MaximumPoints)));
            }

            Assert.Equal(before.FrozenScales, after.FrozenScales);
            Assert.Equal(before.Warnings.Select(w => w.Message), after.Warnings.Select(w => w.Message));
        }
    }

    [Fact]
    public void RubricTemplate_HoldsOnlyTheMeasuresTheRubricReads()
    {
        var imported = RoundTrip("xlsx", stream => SubmissionTemplate.WriteXlsx(stream, Rubrics2016.Reference, new TemplateOptions { Values = Evaluation2016.Measurements }));

        Assert.Equal<Measure>(SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016), imported.Measures);
        Assert.DoesNotContain(imported.Measures, m => m == Measure.ServiceLinkages);
    }

    private static void Write(string format, Stream stream, MeasureCatalog measures) =>
        Write(format, stream, (s, o) => SubmissionTemplate.WriteXlsx(s, measures, o), (s, o) => SubmissionTemplate.WriteCsv(s, measures, o));

    private static void Write(string format, Stream stream, Rubric rubric) =>
        Write(format, stream, (s, o) => SubmissionTemplate.WriteXlsx(s, rubric, o), (s, o) => SubmissionTemplate.WriteCsv(s, rubric, o));

    // The 2016 data, pre-filled into the template of the format.
    private static void Write(string format, Stream stream, Action<Stream, TemplateOptions> xlsx, Action<Stream, TemplateOptions> csv) =>
        (format == "xlsx" ? xlsx : csv)(stream, new TemplateOptions { Values = Evaluation2016.Measurements });

    private static MeasurementTable RoundTrip(string format, Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        var options = new ImportOptions { Period = EvaluationPeriod.Year(2016) };
        return format == "xlsx"
            ? MeasurementImport.ReadXlsx(stream, "2016-filled.xlsx", options)
            : MeasurementImport.ReadCsv(stream, "2016-filled.csv", options);
    }
}
