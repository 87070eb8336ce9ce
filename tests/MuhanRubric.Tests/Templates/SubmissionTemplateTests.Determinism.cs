using System.Globalization;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Templates;
using MuhanRubric.Tests.Samples;

namespace MuhanRubric.Tests.Templates;

public partial class SubmissionTemplateTests
{
    /// <summary>Set to 1 to rewrite the committed sample templates after an intended change (then review the diff).</summary>
    private const string UpdateSamplesVariable = "MUHANRUBRIC_UPDATE_TEMPLATES";

    private static readonly string[] _formats = ["xlsx", "csv", "filled xlsx", "filled csv"];

    [Fact]
    public void Write_TwoRuns_AreByteIdentical()
    {
        var first = _formats.Select(Write).ToList();
        Thread.Sleep(2100);   // past the ZIP format's two-second clock, so a timestamp would show

        Assert.Equal(first, _formats.Select(Write).ToList());
    }

    [Theory]
    [InlineData("ko-KR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void Write_InAnotherCulture_IsByteIdentical(string cultureName)
    {
        var baseline = _formats.Select(Write).ToList();
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(baseline, _formats.Select(Write).ToList());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>The committed templates are what the library writes today, byte for byte, so they cannot drift.</summary>
    [Theory]
    [InlineData("reference-2016-template.xlsx", "xlsx")]
    [InlineData("reference-2016-template.csv", "csv")]
    public void CommittedSampleTemplate_IsWhatTheLibraryWrites(string fileName, string format)
    {
        var path = Path.Combine(SamplePaths.RepositoryRoot, "samples", "Templates", fileName);
        var written = Write(format);
        if (Environment.GetEnvironmentVariable(UpdateSamplesVariable) == "1")
        {
            File.WriteAllBytes(path, written);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run the tests with {UpdateSamplesVariable}=1 to write it.");
        Assert.True(written.AsSpan().SequenceEqual(File.ReadAllBytes(path)),
            $"{fileName} differs from what SubmissionTemplate writes; if the change is intended, run the tests with {UpdateSamplesVariable}=1 and commit the file.");
    }

    private static byte[] Write(string format) => format switch
    {
        "xlsx" => TemplateFiles.Xlsx(Rubrics2016.Reference),
        "csv" => TemplateFiles.Csv(Rubrics2016.Reference),
        "filled xlsx" => TemplateFiles.Xlsx(Rubrics2016.Reference, new TemplateOptions { Values = Evaluation2016.Measurements }),
        _ => TemplateFiles.Csv(Rubrics2016.Reference, new TemplateOptions { Values = Evaluation2016.Measurements }),
    };
}
