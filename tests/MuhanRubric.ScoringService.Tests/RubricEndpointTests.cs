using System.Net;
using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>GET /api/rubrics, a rubric's JSON and template, /api/units, /api/limits, the page and the OpenAPI document.</summary>
public sealed class RubricEndpointTests(SharedService factory) : IClassFixture<SharedService>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListRubrics_ShippedRubrics_NamesMaximumsAndLinks()
    {
        var rubrics = await Http.JsonAsync(await _client.GetAsync("/api/rubrics"));

        Assert.Equal(Rubrics2016.ByName.Keys, rubrics.EnumerateArray().Select(r => r.Text("name")!));
        var reference = rubrics[0];
        Assert.Equal(Rubrics2016.Reference.MaximumPoints, reference.GetProperty("maximum").GetDecimal());
        Assert.Equal("/api/rubrics/reference-2016/template?format=xlsx", reference.Text("templateXlsx"));
    }

    [Theory]
    [InlineData("reference-2016")]
    [InlineData("published-2016")]
    public async Task GetRubric_Shipped_IsTheRubricFile(string name)
    {
        var response = await _client.GetAsync($"/api/rubrics/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        Assert.Equal(RubricJson.Serialize(Rubrics2016.ByName[name]), json);
        Assert.Empty(RubricDiff.Compare(Rubrics2016.ByName[name], RubricJson.Deserialize(json)));
    }

    [Fact]
    public async Task GetRubric_Unknown_404Problem()
    {
        var problem = await Http.ProblemAsync(await _client.GetAsync("/api/rubrics/nope"), HttpStatusCode.NotFound);

        Assert.Contains("reference-2016", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Template_Xlsx_ImportsAsBlankRowsForEvery시군()
    {
        var response = await _client.GetAsync("/api/rubrics/reference-2016/template");

        Assert.Equal(Http.XlsxMediaType, response.Content.Headers.ContentType?.MediaType);
        using var stream = await response.Content.ReadAsStreamAsync();
        var table = MeasurementImport.ReadXlsx(stream, "template.xlsx");
        Assert.Equal(31, table.Units.Count);
        Assert.Empty(table.UnitsWithoutData);
        Assert.All(table.Rows, row => Assert.Equal(table.Measures.Count, row.MissingMeasures.Count));
    }

    [Fact]
    public async Task Template_FilledWith2016_ImportsToThe2016Values()
    {
        var response = await _client.GetAsync("/api/rubrics/reference-2016/template?format=xlsx&values=2016");

        using var stream = await response.Content.ReadAsStreamAsync();
        var table = MeasurementImport.ReadXlsx(stream, "filled.xlsx");
        var published = Evaluation2016.Measurements;
        foreach (var measure in table.Measures)
        {
            Assert.Equal(published[Municipality.Suwon, measure]?.Value, table[Municipality.Suwon, measure]?.Value);
        }

        Assert.Equal(TestFiles.FilledXlsx, await _client.GetByteArrayAsync("/api/rubrics/reference-2016/template?format=xlsx&values=2016"));
    }

    [Fact]
    public async Task Template_CsvForOne시군AndYear_HasItsRowOnly()
    {
        var response = await _client.GetAsync("/api/rubrics/reference-2016/template?format=csv&unit=수원시&year=2017");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("reference-2016-template-2017-Suwon.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#') && !l.TrimStart('\uFEFF').StartsWith("unit,", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Suwon,수원시"], rows.Select(r => string.Join(',', r.Split(',').Take(2))));
    }

    [Theory]
    [InlineData("?format=pdf", "Unknown format")]
    [InlineData("?unit=Atlantis", "Unknown 시군")]
    [InlineData("?values=2015", "Unknown values")]
    [InlineData("?values=2016&unit=Suwon", "Values need every 시군")]
    [InlineData("?year=1999", "Unknown year")]
    public async Task Template_BadQuery_400Problem(string query, string title)
    {
        var problem = await Http.ProblemAsync(await _client.GetAsync("/api/rubrics/reference-2016/template" + query), HttpStatusCode.BadRequest);

        Assert.Equal(title, problem.Text("title"));
    }

    [Fact]
    public async Task Units_The31시군()
    {
        var units = await Http.JsonAsync(await _client.GetAsync("/api/units"));

        Assert.Equal(MunicipalityCatalog.Gyeonggi.Select(u => u.Code), units.EnumerateArray().Select(u => u.Text("code")!));
        Assert.Equal("수원시", units[0].Text("koreanName"));
    }

    [Fact]
    public async Task Limits_TheConfiguredLimits()
    {
        var limits = await Http.JsonAsync(await _client.GetAsync("/api/limits"));

        Assert.Equal(ServiceFactory.UploadLimit, limits.GetProperty("maxUploadBytes").GetInt64());
        Assert.Equal(10_000, limits.GetProperty("maxSamples").GetInt32());
    }

    [Fact]
    public async Task Page_KoreanPageAndScript()
    {
        var page = await _client.GetStringAsync("/");
        var script = await _client.GetAsync("/app.js");

        Assert.Contains("<html lang=\"ko\">", page, StringComparison.Ordinal);
        Assert.Contains("채점하기", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("api/score?format=html", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentsEveryEndpoint()
    {
        var document = await Http.JsonAsync(await _client.GetAsync("/openapi/v1.json"));

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        string[] expected =
        [
            "/api/rubrics", "/api/rubrics/{name}", "/api/rubrics/{name}/template", "/api/units", "/api/limits", "/api/score",
            "/api/years/{year}/status", "/api/years/{year}/submissions", "/api/years/{year}/units/{unit}/submissions",
            "/api/years/{year}/units/{unit}/submissions/{version}", "/api/years/{year}/units/{unit}/rows", "/api/years/{year}/score",
        ];
        Assert.Empty(expected.Except(paths));
        var score = document.GetProperty("paths").GetProperty("/api/score").GetProperty("post");
        Assert.True(score.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.False(score.TryGetProperty("security", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("key").Text("scheme"));
        var status = document.GetProperty("paths").GetProperty("/api/years/{year}/status").GetProperty("get");
        Assert.True(status.GetProperty("security")[0].TryGetProperty("key", out _));
    }
}
