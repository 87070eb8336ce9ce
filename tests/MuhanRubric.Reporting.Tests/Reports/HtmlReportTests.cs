using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MuhanRubric.Reporting.Tests.Reports;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void ToHtml_Korean_HasEverySectionOnePagePerUnitAndKoreanText()
    {
        var html = Reports2016.KoreanHtml;

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ko\">", html, StringComparison.Ordinal);
        foreach (var section in new[] { "ranking", "distribution", "uncertainty", "units", "rubric", "warnings" })
        {
            Assert.Contains($"<section id=\"{section}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(31, Regex.Count(html, "<article class=\"unit-page\""));
        Assert.Contains("<h3 id=\"unit-Suwon-h\">수원시</h3>", html, StringComparison.Ordinal);
        Assert.Contains("순위와 영역별 소계", html, StringComparison.Ordinal);
        Assert.Contains("도 평균", html, StringComparison.Ordinal);
        Assert.Contains("순위 수용 행렬", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Korean_NoEscapedHangulAndNoNetwork()
    {
        var html = Reports2016.KoreanHtml;

        Assert.DoesNotMatch(HangulEntity(), html);
        Assert.DoesNotContain("\\u", html, StringComparison.Ordinal);
        // Self-contained: nothing is fetched (an SVG namespace is a name, not a request).
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_English_RomanizedNamesAndEnglishLabels()
    {
        var html = Reports2016.EnglishHtml;

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"unit-Suwon-h\">Suwon-si (수원시)</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Measures beside the province average", html, StringComparison.Ordinal);
        Assert.DoesNotContain("순위와 영역별 소계", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_EverySvgParsesAsXmlWithTitleAndUniqueIds()
    {
        var html = Reports2016.KoreanHtml;
        var svgs = SvgElement().Matches(html).Select(m => m.Value).ToList();

        Assert.Equal(1 + 1 + 1 + 31, svgs.Count); // ranking, distribution, rank intervals, one per unit
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var svg in svgs)
        {
            var root = XElement.Parse(svg);
            Assert.Equal("img", root.Attribute("role")?.Value);
            Assert.NotNull(root.Element(XName.Get("title", "http://www.w3.org/2000/svg")));
            foreach (var id in root.DescendantsAndSelf().Select(e => e.Attribute("id")?.Value).OfType<string>())
            {
                Assert.True(ids.Add(id), $"duplicate id {id}");
            }
        }
    }

    [Fact]
    public void ToHtml_KoreanChartLabels_AreText()
    {
        var ranking = SvgElement().Matches(Reports2016.KoreanHtml).First().Value;

        Assert.Contains("군포시", XElement.Parse(ranking).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_PointsAlwaysTwoDecimals()
    {
        var html = Reports2016.KoreanHtml;
        var ranking = html[html.IndexOf("<caption>순위표</caption>", StringComparison.Ordinal)..];
        ranking = ranking[..ranking.IndexOf("</table>", StringComparison.Ordinal)];

        var cells = NumericCell().Matches(ranking).Select(m => m.Groups[1].Value).Where(v => v.Contains('.', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.Matches(@"^-?\d+\.\d\d$", cell));
    }

    [Fact]
    public void ToHtml_SameInputs_SameText()
    {
        Assert.Equal(Reports2016.Report(ReportLanguage.Korean).ToHtml(), Reports2016.KoreanHtml);
    }

    [Fact]
    public void Create_SensitivityOfAnotherRubric_Throws()
    {
        var options = new ReportOptions { Sensitivity = Reports2016.Sensitivity };
        var other = MuhanRubric.Scoring.RubricScoring.Score(MuhanRubric.Editions.Y2016.Rubrics2016.AsPublished, MuhanRubric.Editions.Y2016.Evaluation2016.Measurements);

        var ex = Assert.Throws<ArgumentException>(() => ScoringReport.Create(other, options));
        Assert.Contains("same rubric", ex.Message, StringComparison.Ordinal);
    }

    // Numeric character references other than the apostrophe the escaper writes: Hangul must be written as is.
    [GeneratedRegex("&#(?!39;)(x[0-9a-fA-F]+|[0-9]+);")]
    private static partial Regex HangulEntity();

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:|//)")]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex("<td class=\"num\">([^<]*)</td>")]
    private static partial Regex NumericCell();
}
