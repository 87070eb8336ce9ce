using System.Net;
using System.Text;
using System.Text.Json;
using MuhanRubric.Units;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>
/// A year collected the way it really is: each 시군 uploads its own rows with its own key, replaces them (the previous
/// version kept), the evaluator sees who is missing or has problems and scores the year with the missing 시군 reported.
/// </summary>
public sealed class YearEndpointTests : IDisposable
{
    private const int Year = 2017;

    private readonly ServiceFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Submit_OwnRows_201AndListedForItselfAndTheEvaluator()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);

        var response = await Http.SubmitAsync(suwon, Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon), "수원-2017.csv");

        var record = await Http.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("/api/years/2017/units/Suwon/submissions/1", response.Headers.Location?.OriginalString);
        Assert.Equal(1, record.GetProperty("version").GetInt32());
        Assert.True(record.GetProperty("accepted").GetBoolean());
        Assert.Equal("수원-2017.csv", record.Text("fileName"));
        var own = await Http.JsonAsync(await suwon.GetAsync("/api/years/2017/units/Suwon/submissions"));
        var all = await Http.JsonAsync(await _factory.Evaluator().GetAsync("/api/years/2017/submissions"));
        Assert.Equal(1, own.GetArrayLength());
        Assert.Equal(own.GetRawText(), all.GetRawText());
    }

    [Fact]
    public async Task Submit_ByKoreanNameInTheRoute_SameAsByCode()
    {
        var response = await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "수원시", TestFiles.RowsOf(Municipality.Suwon));

        var record = await Http.JsonAsync(response, HttpStatusCode.Created);
        Assert.Equal("Suwon", record.Text("unit"));
    }

    [Fact]
    public async Task Replace_WithReplaces_NewVersionAndThePreviousKeptByteForByte()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);
        var first = TestFiles.RowsOf(Municipality.Suwon);
        var second = first.Replace("Suwon,수원시,45,", "Suwon,수원시,50,", StringComparison.Ordinal);
        Assert.NotEqual(first, second);

        await Http.JsonAsync(await Http.SubmitAsync(suwon, Year, "Suwon", first, "v1.csv"), HttpStatusCode.Created);
        var replaced = await Http.JsonAsync(await Http.SubmitAsync(suwon, Year, "Suwon", second, "v2.csv", replaces: 1), HttpStatusCode.Created);

        Assert.Equal(2, replaced.GetProperty("version").GetInt32());
        Assert.Equal(1, replaced.GetProperty("replaces").GetInt32());
        Assert.Equal(Encoding.UTF8.GetBytes(first), await suwon.GetByteArrayAsync("/api/years/2017/units/Suwon/submissions/1"));
        Assert.Equal(Encoding.UTF8.GetBytes(second), await suwon.GetByteArrayAsync("/api/years/2017/units/Suwon/submissions/2"));
        var rows = await Http.JsonAsync(await suwon.GetAsync("/api/years/2017/units/Suwon/rows"));
        Assert.Equal(2, rows.GetProperty("version").GetInt32());
        var sessions = rows.GetProperty("cells").EnumerateArray().Single(c => c.Text("measure") == "ExternalSupportSessions");
        Assert.Equal(50, sessions.GetProperty("value").GetDecimal());
        Assert.Equal("v2.csv, line 5", sessions.Text("source"));
    }

    [Fact]
    public async Task Replace_WithoutNamingTheCurrentVersion_409AndNothingStored()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);
        var rows = TestFiles.RowsOf(Municipality.Suwon);
        await Http.JsonAsync(await Http.SubmitAsync(suwon, Year, "Suwon", rows), HttpStatusCode.Created);

        var silent = await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Suwon", rows), HttpStatusCode.Conflict);
        var stale = await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Suwon", rows, replaces: 7), HttpStatusCode.Conflict);

        Assert.Equal(1, silent.GetProperty("currentVersion").GetInt32());
        Assert.Contains("replaces=1", silent.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());
        Assert.Equal(1, (await Http.JsonAsync(await suwon.GetAsync("/api/years/2017/units/Suwon/submissions"))).GetArrayLength());
    }

    [Fact]
    public async Task Replaces_WhenNothingToReplace_409()
    {
        var problem = await Http.ProblemAsync(await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon), replaces: 1), HttpStatusCode.Conflict);

        Assert.Equal(JsonValueKind.Null, problem.GetProperty("currentVersion").ValueKind);
    }

    [Fact]
    public async Task Submit_FileWithProblems_400KeptAsRefusedAndShownAsProblems()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);
        await Http.JsonAsync(await Http.SubmitAsync(suwon, Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon)), HttpStatusCode.Created);
        var bad = TestFiles.RowsOf(Municipality.Suwon).Replace("Suwon,수원시,45,", "Suwon,수원시,마흔다섯,", StringComparison.Ordinal);

        var problem = await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Suwon", bad, "수원-수정.csv", replaces: 1), HttpStatusCode.BadRequest);

        Assert.Equal(2, problem.GetProperty("version").GetInt32());
        var entry = Assert.Single(problem.GetProperty("problems").EnumerateArray());
        Assert.Equal(("수원-수정.csv", 5, "Suwon", "ExternalSupportSessions"), (entry.Text("file"), entry.GetProperty("line").GetInt32(), entry.Text("unit"), entry.Text("measure")));
        var status = await Http.JsonAsync(await _factory.Evaluator().GetAsync("/api/years/2017/status"));
        var unit = status.GetProperty("units")[0];
        Assert.Equal(("Suwon", "problems", 1, 2), (unit.Text("unit"), unit.Text("state"), unit.GetProperty("currentVersion").GetInt32(), unit.GetProperty("uploads").GetInt32()));
        Assert.Contains("마흔다섯", unit.GetProperty("problems")[0].Text("message"), StringComparison.Ordinal);
        Assert.Equal(1, status.GetProperty("withProblems").GetInt32());
        var versions = await Http.JsonAsync(await suwon.GetAsync("/api/years/2017/units/Suwon/submissions"));
        Assert.False(versions[1].GetProperty("accepted").GetBoolean());
    }

    [Fact]
    public async Task Submit_FileWithoutItsOwnRow_400Refused()
    {
        var csv = TestFiles.RowsOf();

        var problem = await Http.ProblemAsync(await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "Suwon", csv), HttpStatusCode.BadRequest);

        Assert.Contains("no row for Suwon", problem.GetProperty("problems")[0].Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_TheWholeBlankTemplateWithOnlyItsRowFilled_Accepted()
    {
        // A 시군 may fill its row in the template of all 31 and leave the others blank.
        var lines = TestFiles.FilledCsv.Split("\r\n").Select(l =>
            l.Length == 0 || l.StartsWith('#') || l.StartsWith("unit,", StringComparison.Ordinal) || l.StartsWith("Suwon,", StringComparison.Ordinal)
                ? l
                : string.Join(',', l.Split(',').Select((cell, i) => i < 2 ? cell : string.Empty)));

        var response = await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "Suwon", string.Join("\r\n", lines), "template.csv");

        await Http.JsonAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Submit_RowsOfAnother시군_403AndNothingStored()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);

        var problem = await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon, Municipality.Osan)), HttpStatusCode.Forbidden);

        Assert.Contains("오산시", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal(0, (await Http.JsonAsync(await suwon.GetAsync("/api/years/2017/units/Suwon/submissions"))).GetArrayLength());
    }

    [Fact]
    public async Task Submit_ToAnother시군_403AndItsRowsUntouched()
    {
        var osan = _factory.ClientOf(Municipality.Osan);
        await Http.JsonAsync(await Http.SubmitAsync(osan, Year, "Osan", TestFiles.RowsOf(Municipality.Osan)), HttpStatusCode.Created);
        var suwon = _factory.ClientOf(Municipality.Suwon);

        await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Osan", TestFiles.RowsOf(Municipality.Osan)), HttpStatusCode.Forbidden);
        await Http.ProblemAsync(await Http.SubmitAsync(suwon, Year, "Osan", TestFiles.RowsOf(Municipality.Osan), replaces: 1), HttpStatusCode.Forbidden);

        var versions = await Http.JsonAsync(await osan.GetAsync("/api/years/2017/units/Osan/submissions"));
        Assert.Equal(1, versions.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/years/2017/units/Osan/submissions")]
    [InlineData("/api/years/2017/units/Osan/submissions/1")]
    [InlineData("/api/years/2017/units/Osan/rows")]
    [InlineData("/api/years/2017/submissions")]
    [InlineData("/api/years/2017/status")]
    public async Task Read_Another시군sOrEveryonesRows_403(string path)
    {
        await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(Municipality.Osan), Year, "Osan", TestFiles.RowsOf(Municipality.Osan)), HttpStatusCode.Created);

        await Http.ProblemAsync(await _factory.ClientOf(Municipality.Suwon).GetAsync(path), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Evaluator_CannotSubmitFor시군_403()
    {
        var problem = await Http.ProblemAsync(await Http.SubmitAsync(_factory.Evaluator(), Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon)), HttpStatusCode.Forbidden);

        Assert.Contains("evaluator", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScoreYear_A시군sKey_403()
    {
        await Http.ProblemAsync(await _factory.ClientOf(Municipality.Suwon).PostAsync("/api/years/2017/score?rubric=reference-2016", null), HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key-of-anyone-at-all")]
    [InlineData("test-suwon-key-00000")]
    public async Task EveryYearEndpoint_NoOrWrongKey_401(string? key)
    {
        var client = key is null ? _factory.CreateClient() : _factory.ClientWithKey(key);
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => client.GetAsync("/api/years/2017/status"),
            () => client.GetAsync("/api/years/2017/submissions"),
            () => client.GetAsync("/api/years/2017/units/Suwon/submissions"),
            () => client.GetAsync("/api/years/2017/units/Suwon/submissions/1"),
            () => client.GetAsync("/api/years/2017/units/Suwon/rows"),
            () => Http.SubmitAsync(client, Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon)),
            () => client.PostAsync("/api/years/2017/score?rubric=reference-2016", null),
        };

        foreach (var request in requests)
        {
            var response = await request();
            await Http.ProblemAsync(response, HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task Key_InXApiKeyHeader_Accepted()
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ServiceFactory.EvaluatorKey);

        var status = await Http.JsonAsync(await client.GetAsync("/api/years/2017/status"));

        Assert.Equal(31, status.GetProperty("missing").GetInt32());
    }

    [Theory]
    [InlineData("/api/years/1999/status", HttpStatusCode.BadRequest)]
    [InlineData("/api/years/2017/units/Atlantis/submissions", HttpStatusCode.NotFound)]
    [InlineData("/api/years/2017/units/Suwon/submissions/9", HttpStatusCode.NotFound)]
    [InlineData("/api/years/2017/units/Suwon/rows", HttpStatusCode.NotFound)]
    public async Task Evaluator_BadYearUnknown시군OrVersion_Problem(string path, HttpStatusCode status)
    {
        await Http.ProblemAsync(await _factory.Evaluator().GetAsync(path), status);
    }

    [Fact]
    public async Task ScoreYear_NothingSubmitted_409()
    {
        await Http.ProblemAsync(await _factory.Evaluator().PostAsync("/api/years/2017/score?rubric=reference-2016", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ScoreYear_SomeMissing_EveryUnitKeptAndTheMissingReported()
    {
        foreach (var unit in new[] { Municipality.Suwon, Municipality.Osan, Municipality.Goyang })
        {
            await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(unit), Year, unit.Code, TestFiles.RowsOf(unit)), HttpStatusCode.Created);
        }

        var evaluator = _factory.Evaluator();
        var status = await Http.JsonAsync(await evaluator.GetAsync("/api/years/2017/status"));
        var result = await Http.JsonAsync(await evaluator.PostAsync("/api/years/2017/score", Http.Form((byte[]?)null, "none", ("rubric", "reference-2016"))));

        Assert.Equal((3, 28), (status.GetProperty("submitted").GetInt32(), status.GetProperty("missing").GetInt32()));
        Assert.Equal("missing", status.GetProperty("units").EnumerateArray().Single(u => u.Text("unit") == "Seongnam").Text("state"));
        Assert.Equal("2017", result.GetProperty("data").Text("period"));
        Assert.Equal(31, result.GetProperty("units").GetArrayLength());
        var absent = result.GetProperty("warnings").EnumerateArray().Single(w => w.Text("kind") == "unitsWithoutData");
        var missing = absent.GetProperty("units").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Equal(28, missing.Count);
        Assert.DoesNotContain("Suwon", missing);
        Assert.Contains("Seongnam", missing);
        Assert.False(string.IsNullOrEmpty(absent.Text("koreanMessage")));
    }

    [Fact]
    public async Task ScoreYear_Every시군SubmittedItsOwnRows_SameScoresAsTheWholeFile()
    {
        foreach (var unit in MunicipalityCatalog.Gyeonggi)
        {
            await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(unit), Year, unit.Code, TestFiles.RowsOf(unit), $"{unit.Code}.csv"), HttpStatusCode.Created);
        }

        var year = await Http.JsonAsync(await _factory.Evaluator().PostAsync("/api/years/2017/score?rubric=reference-2016&format=json", null));
        var whole = await Http.JsonAsync(await _factory.CreateClient().PostAsync("/api/score", Http.Form(TestFiles.FilledCsv, "whole.csv", ("rubric", "reference-2016"))));

        Assert.Equal(Scores(whole), Scores(year));
        Assert.Equal(whole.GetProperty("warnings").GetRawText(), year.GetProperty("warnings").GetRawText());
        Assert.DoesNotContain((await Http.JsonAsync(await _factory.Evaluator().GetAsync("/api/years/2017/status"))).GetProperty("units").EnumerateArray(), u => u.Text("state") != "submitted");
    }

    [Fact]
    public async Task ScoreYear_HtmlReport_KoreanWithEveryUnitPage()
    {
        await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon)), HttpStatusCode.Created);

        var response = await _factory.Evaluator().PostAsync("/api/years/2017/score?rubric=reference-2016&format=html", null);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("2017 submissions", html, StringComparison.Ordinal);
        Assert.Equal(31, html.Split("<article class=\"unit-page\"").Length - 1);
    }

    [Fact]
    public async Task ScoreYear_NoRubric_400()
    {
        await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(Municipality.Suwon), Year, "Suwon", TestFiles.RowsOf(Municipality.Suwon)), HttpStatusCode.Created);

        await Http.ProblemAsync(await _factory.Evaluator().PostAsync("/api/years/2017/score", null), HttpStatusCode.BadRequest);
    }

    /// <summary>Each unit's scores: total, maximum, rank and every indicator (what a year's ranking is made of).</summary>
    public static string Scores(JsonElement result) =>
        string.Join("\n", result.GetProperty("units").EnumerateArray().Select(u =>
            $"{u.Text("unit")} {u.GetProperty("total")} {u.GetProperty("maximum")} {u.GetProperty("normalizedTotal")} {u.GetProperty("rank")} " +
            string.Join(' ', u.GetProperty("indicators").EnumerateArray().Select(i => $"{i.Text("code")}:{i.Text("status")}:{i.GetProperty("value")}:{i.GetProperty("points")}"))));
}
