using System.Text.RegularExpressions;
using MuhanRubric.Reporting.Text;

namespace MuhanRubric.Reporting.Tests.Reports;

public sealed class MarkdownReportTests
{
    private static readonly Lazy<string> _korean = new(() => Reports2016.Report(ReportLanguage.Korean).ToMarkdown());

    [Fact]
    public void ToMarkdown_Korean_HasSectionsAndOneHeadingPerUnit()
    {
        var md = _korean.Value;

        Assert.StartsWith("# ", md, StringComparison.Ordinal);
        foreach (var heading in new[] { "## 순위와 영역별 소계", "## 총점의 분포", "## 순위의 불확실성", "### 순위 수용 행렬", "## 시군별 결과", "## 평가 기준", "## 경고" })
        {
            Assert.Contains(heading + "\n", md, StringComparison.Ordinal);
        }

        Assert.Equal(31, Regex.Count(md, "^#### 측정항목과 도 평균$", RegexOptions.Multiline));
        Assert.Contains("### 수원시\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_EveryTable_AlignedByDisplayWidth()
    {
        var tables = _korean.Value.Split("\n\n").Where(block => block.StartsWith('|')).ToList();

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var widths = table.Split('\n').Select(DisplayWidth.Of).Distinct().ToList();
            Assert.True(widths.Count == 1, $"rows of different display widths in:\n{table[..Math.Min(400, table.Length)]}");
        }
    }

    [Fact]
    public void DisplayWidth_Hangul_CountsTwoCells()
    {
        Assert.Equal(6, DisplayWidth.Of("수원시"));
        Assert.Equal(8, DisplayWidth.Of("Suwon-si"));
        Assert.Equal("수원시  ", DisplayWidth.PadRight("수원시", 8));
    }
}
