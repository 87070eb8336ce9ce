using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Reporting.Tests.Browser;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Shared;
using MuhanRubric.Units;
using Xunit.Abstractions;

namespace MuhanRubric.ScoringService.Tests.Browser;

/// <summary>
/// The evaluator's page as a person uses it, in headless Chromium (Debian's <c>chromium</c>, installed by
/// <c>.ci/run</c>; same skip and CI rules as the report's browser test): the service runs on Kestrel on a free port of
/// the loopback address, the page downloads the template filled with the 2016 data, uploads it, and the ranking and a
/// 시군's page are read off the screen. Screenshots go to <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class ServicePageInChromiumTests(ITestOutputHelper output)
{
    private static string Chromium => Environment.GetEnvironmentVariable("MUHAN_RUBRIC_CHROMIUM") ?? "/usr/bin/chromium";

    private static string ScreenshotFolder => Path.Combine(DotnetProcess.RepositoryRoot, "artifacts", "screenshots");

    [BrowserFact]
    public async Task Page_UploadFilledTemplate_RankingAndUnitPageOnScreen()
    {
        var expected = Rubrics2016.Reference.Score(MeasurementImport.ReadXlsx(new MemoryStream(TestFiles.FilledXlsx), "filled.xlsx"));
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync(session.Address);
        Assert.Equal("무한돌봄센터 평가 채점", await page.TitleAsync());
        await Assertions.Expect(page.Locator("#rubric option")).ToHaveCountAsync(Rubrics2016.ByName.Count);

        // The template filled with the 2016 data, downloaded through the page's own link.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("2016년 자료로 채운 양식 (XLSX)").ClickAsync());
        var file = Path.Combine(session.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(file);
        Assert.Equal(TestFiles.FilledXlsx, await File.ReadAllBytesAsync(file));

        await page.Locator("#file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "채점하기", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#score-status")).ToHaveTextAsync("채점했습니다. 아래에 결과가 있습니다.", new() { Timeout = 60_000 });

        // The ranking, read off the screen: every row's rank and 시군 as the library ranks them.
        var report = page.FrameLocator("#report");
        await Assertions.Expect(report.Locator("#ranking-h")).ToBeVisibleAsync();
        var rows = report.Locator("#ranking table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(31);
        var onScreen = new List<string>();
        for (var i = 0; i < 31; i++)
        {
            var row = rows.Nth(i);
            onScreen.Add($"{await row.Locator("td").First.InnerTextAsync()} {await row.Locator("th").InnerTextAsync()}");
        }

        Assert.Equal(expected.Ranked.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Rank} {c.Municipality.KoreanName}")), onScreen);
        output.WriteLine($"first on screen: {onScreen[0]}; last: {onScreen[^1]}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "service-page-ranking.png") });

        // One 시군's page, reached with the page's own selector.
        await page.Locator("#unit-jump").SelectOptionAsync("Suwon");
        var suwon = report.Locator("#unit-Suwon");
        await Assertions.Expect(suwon.Locator("h3")).ToContainTextAsync("수원시");
        await Assertions.Expect(suwon.Locator("h3")).ToBeInViewportAsync();
        var card = expected[Municipality.Suwon];
        var summary = await suwon.Locator("p.summary").InnerTextAsync();
        output.WriteLine($"수원시: {summary}");
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"총점 {card.Total:0.00}점 / 만점 {card.MaximumPoints:0.00}점"), summary, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"31개 단위 중 {card.Rank}위입니다."), summary, StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "service-page-unit-Suwon.png") });

        Assert.Empty(session.Errors);
    }

    [BrowserFact]
    public async Task Page_UploadFileWithABadCell_ProblemShownWithSheetCell시군AndMeasure()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var file = Path.Combine(session.Folder, "2017-수원.xlsx");
        await File.WriteAllBytesAsync(file, Workbooks.WithText(TestFiles.FilledXlsx, "Data", "C5", "많음"));

        await page.GotoAsync(session.Address);
        await Assertions.Expect(page.Locator("#rubric option")).ToHaveCountAsync(Rubrics2016.ByName.Count);
        await page.Locator("#file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "채점하기", Exact = true }).ClickAsync();

        var problems = page.Locator("#score-problems");
        await Assertions.Expect(problems).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(problems.Locator("h3")).ToContainTextAsync("(400)");
        var cells = await problems.Locator("tbody tr td").AllInnerTextsAsync();
        Assert.Equal(["2017-수원.xlsx", "Data", "C5", string.Empty, "Suwon", "ExternalSupportSessions"], cells.Take(6));
        Assert.Contains("많음", cells[6], StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "service-page-problem.png") });

        // The failed request's 400 is the console's only complaint.
        Assert.All(session.Errors, e => Assert.Contains("400", e, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Page_EvaluatorSeesTheYearsCollectionAndScoresIt()
    {
        await using var session = await BrowserSession.StartAsync();
        foreach (var unit in new[] { Municipality.Suwon, Municipality.Osan })
        {
            var response = await Http.SubmitAsync(session.Factory.ClientOf(unit), 2017, unit.Code, TestFiles.RowsOf(unit));
            Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        }

        var bad = TestFiles.RowsOf(Municipality.Goyang).Replace("Goyang,고양시,", "Goyang,고양시,-1", StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await Http.SubmitAsync(session.Factory.ClientOf(Municipality.Goyang), 2017, "Goyang", bad, "고양.csv")).StatusCode);
        var page = session.Page;

        await page.GotoAsync(session.Address);
        await page.Locator("#year").FillAsync("2017");
        await page.Locator("#evaluator-key").FillAsync(ServiceFactory.EvaluatorKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "제출 현황 보기" }).ClickAsync();

        await Assertions.Expect(page.Locator("#year-summary")).ToHaveTextAsync("2017년: 제출 2개, 미제출 29개, 문제 있음 1개 시군");
        var goyang = page.Locator("#year-table tbody tr").Filter(new() { HasText = "고양시" });
        await Assertions.Expect(goyang.Locator("td").Nth(1)).ToHaveTextAsync("문제 있음");
        await Assertions.Expect(goyang.Locator("td").Nth(5)).ToContainTextAsync("고양.csv");
        await page.Locator("#year-section").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "service-page-year-status.png") });

        await page.GetByRole(AriaRole.Button, new() { Name = "이 연도 채점하기" }).ClickAsync();
        var report = page.FrameLocator("#report");
        await Assertions.Expect(report.Locator("h1")).ToContainTextAsync("2017 submissions", new() { Timeout = 60_000 });
        await Assertions.Expect(report.Locator("#ranking table tbody tr")).ToHaveCountAsync(31);
        await Assertions.Expect(report.Locator("#warnings")).ToContainTextAsync("Goyang");   // the warnings name units by code
        Assert.Empty(session.Errors);
    }

    /// <summary>The service on Kestrel (a real port on 127.0.0.1) and a Chromium page, with its console errors collected.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public ServiceFactory Factory { get; private set; } = null!;

        public string Address { get; private set; } = string.Empty;

        public IPage Page { get; private set; } = null!;

        public List<string> Errors { get; } = [];

        public string Folder { get; } = Directory.CreateTempSubdirectory("muhan-scoring-page-").FullName;

        public static async Task<BrowserSession> StartAsync()
        {
            Assert.True(File.Exists(Chromium), $"Chromium is not at {Chromium}: install Debian's chromium (.ci/run does), or set {BrowserFactAttribute.SkipVariable}=1 to skip locally.");
            Directory.CreateDirectory(ScreenshotFolder);
            var session = new BrowserSession();
            session.Factory = new ServiceFactory();
            session.Factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            session.Factory.StartServer();
            session.Address = session.Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
            session._playwright = await Playwright.CreateAsync();
            session._browser = await session._playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
            session.Page = await session._browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1400 }, Locale = "ko-KR", AcceptDownloads = true });
            session.Page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add($"console: {message.Text} ({message.Location})");
                }
            };
            session.Page.PageError += (_, error) => session.Errors.Add("page error: " + error);
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
            await Factory.DisposeAsync();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
