using System.Text.Json;
using Microsoft.Playwright;
using MuhanRubric.Tests.Shared;
using Xunit.Abstractions;

namespace MuhanRubric.Reporting.Tests.Browser;

/// <summary>
/// Seen, not assumed: the HTML report opened in headless Chromium (Debian's <c>chromium</c>, installed by
/// <c>.ci/run</c>) has no JavaScript error, no request outside the file, every chart drawn at a readable size, and
/// Korean drawn with real glyphs, not empty boxes. The first page and a unit's page are saved as PNG screenshots in
/// <c>artifacts/screenshots/</c> for a person to look at.
/// </summary>
public sealed class HtmlReportInChromiumTests(ITestOutputHelper output)
{
    /// <summary>Debian's Chromium; <c>MUHAN_RUBRIC_CHROMIUM</c> names another executable.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("MUHAN_RUBRIC_CHROMIUM") ?? "/usr/bin/chromium";

    /// <summary>Where the screenshots are written.</summary>
    public static string ScreenshotFolder => Path.Combine(DotnetProcess.RepositoryRoot, "artifacts", "screenshots");

    // Draws a character in the given element's font on a canvas; two characters that draw the same pixels are the
    // same glyph, which for "가" and an unassigned private-use character means the .notdef box (tofu).
    private const string GlyphProbe = """
        (selector) => {
          const element = document.querySelector(selector);
          const font = getComputedStyle(element).fontFamily;
          const draw = (text) => {
            const canvas = document.createElement('canvas');
            canvas.width = 64; canvas.height = 64;
            const context = canvas.getContext('2d');
            context.font = '40px ' + font;
            context.fillStyle = '#000';
            context.fillText(text, 4, 48);
            return Array.from(context.getImageData(0, 0, 64, 64).data).join(',');
          };
          const hangul = draw('가');
          return { font, inked: hangul !== draw(' '), distinct: hangul !== draw('\uE000') && hangul !== draw('힣') };
        }
        """;

    [BrowserFact]
    public async Task KoreanReport_InChromium_NoErrorsEveryChartVisibleKoreanGlyphsRendered()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install Debian's chromium (.ci/run does), or set {BrowserFactAttribute.SkipVariable}=1 to skip locally.");
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, "report-ko.html");
        await File.WriteAllTextAsync(file, Reports.Reports2016.KoreanHtml);
        var url = new Uri(file).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1200, Height = 1600 }, Locale = "ko-KR" });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.Request += (_, request) =>
        {
            if (request.Url != url)
            {
                errors.Add("request outside the file: " + request.Url);
            }
        };

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        await page.EvaluateAsync("document.fonts.ready");

        // Readable: the title and every section are there and visible, with one page per unit.
        Assert.Contains("평가 결과", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.Equal(31, await page.Locator("article.unit-page").CountAsync());
        foreach (var section in new[] { "ranking", "distribution", "uncertainty", "units", "rubric", "warnings" })
        {
            Assert.True(await page.Locator($"#{section}-h").IsVisibleAsync(), $"section {section} is not visible");
        }

        // Every chart: an SVG with a real size, drawn elements, and text laid out.
        var charts = JsonSerializer.Deserialize<List<ChartBox>>((await page.EvaluateAsync<JsonElement>("""
            () => Array.from(document.querySelectorAll('figure.chart svg')).map(svg => {
              const box = svg.getBoundingClientRect();
              const texts = Array.from(svg.querySelectorAll('text'));
              return { id: svg.id, width: box.width, height: box.height, shapes: svg.querySelectorAll('rect, path').length,
                       texts: texts.length, laidOut: texts.filter(t => t.getBBox().width > 0).length };
            })
            """)).GetRawText(), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.Equal(34, charts.Count);
        Assert.All(charts, chart =>
        {
            Assert.True(chart.Width >= 300 && chart.Height >= 150, $"{chart.Id} is {chart.Width}×{chart.Height}");
            Assert.True(chart.Shapes > 5, $"{chart.Id} draws {chart.Shapes} shapes");
            Assert.True(chart.Texts > 0 && chart.LaidOut == chart.Texts, $"{chart.Id}: {chart.LaidOut} of {chart.Texts} texts laid out");
        });

        // Korean glyphs, in the page's text and in the charts' text: "가" is inked and differs from the tofu box.
        foreach (var selector in new[] { "h1", "#chart-ranking text" })
        {
            var probe = await page.EvaluateAsync<JsonElement>(GlyphProbe, selector);
            output.WriteLine($"{selector}: {probe.GetRawText()}");
            Assert.True(probe.GetProperty("inked").GetBoolean() && probe.GetProperty("distinct").GetBoolean(), $"Korean renders as empty boxes in {selector}: {probe.GetRawText()} (install fonts-nanum)");
        }

        var first = Path.Combine(ScreenshotFolder, "report-ko-first-page.png");
        await page.ScreenshotAsync(new() { Path = first });
        await page.Locator("#unit-Suwon").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "report-ko-unit-Suwon.png") });
        output.WriteLine($"screenshots: {first}");
        Assert.True(new FileInfo(first).Length > 10_000, "the screenshot is nearly empty");
        Assert.Empty(errors);
    }

    private sealed record ChartBox(string Id, double Width, double Height, int Shapes, int Texts, int LaidOut);
}
