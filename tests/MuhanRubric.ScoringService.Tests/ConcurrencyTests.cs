using System.Net;
using MuhanRubric.Units;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>Requests at once give what they give one after another, and concurrent uploads lose nothing.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly ServiceFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Score_ConcurrentRequests_SameBytesAsSequential()
    {
        var client = _factory.CreateClient();
        string[] queries = ["?format=json", "?format=html", "?format=json&lang=en", "?format=html&lang=en"];
        var sequential = new List<byte[]>();
        foreach (var query in queries)
        {
            sequential.Add(await Body(await Http.ScoreAsync(client, query)));
        }

        // Three rounds of every query, all at once.
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i => (i % queries.Length, await Body(await Http.ScoreAsync(client, queries[i % queries.Length])))));

        Assert.All(concurrent, pair => Assert.True(sequential[pair.Item1].AsSpan().SequenceEqual(pair.Item2), $"{queries[pair.Item1]} differs when concurrent"));
    }

    [Fact]
    public async Task ScoreYear_ConcurrentRequests_SameAsSequential()
    {
        foreach (var unit in MunicipalityCatalog.Gyeonggi.Take(10))
        {
            await Http.JsonAsync(await Http.SubmitAsync(_factory.ClientOf(unit), 2017, unit.Code, TestFiles.RowsOf(unit)), HttpStatusCode.Created);
        }

        var evaluator = _factory.Evaluator();
        var sequential = await Body(await evaluator.PostAsync("/api/years/2017/score?rubric=reference-2016", null));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => await Body(await evaluator.PostAsync("/api/years/2017/score?rubric=reference-2016", null))));

        Assert.All(concurrent, body => Assert.Equal(sequential, body));
    }

    [Fact]
    public async Task Submit_Every시군AtOnce_NothingLost()
    {
        var units = MunicipalityCatalog.Gyeonggi.ToList();

        var responses = await Task.WhenAll(units.Select(unit => Http.SubmitAsync(_factory.ClientOf(unit), 2018, unit.Code, TestFiles.RowsOf(unit), $"{unit.Code}.csv")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var status = await Http.JsonAsync(await _factory.Evaluator().GetAsync("/api/years/2018/status"));
        Assert.Equal(31, status.GetProperty("submitted").GetInt32());
        var all = await Http.JsonAsync(await _factory.Evaluator().GetAsync("/api/years/2018/submissions"));
        Assert.Equal(units.Select(u => u.Code).Order(StringComparer.Ordinal), all.EnumerateArray().Select(r => r.Text("unit")!).Order(StringComparer.Ordinal));
        foreach (var unit in units)
        {
            Assert.Equal(TestFiles.RowsOf(unit), await _factory.ClientOf(unit).GetStringAsync($"/api/years/2018/units/{unit.Code}/submissions/1"));
        }
    }

    [Fact]
    public async Task Replace_TwoAtOnceFromTheSameVersion_OneWinsTheOtherIsRefused()
    {
        var suwon = _factory.ClientOf(Municipality.Suwon);
        var rows = TestFiles.RowsOf(Municipality.Suwon);
        await Http.JsonAsync(await Http.SubmitAsync(suwon, 2019, "Suwon", rows), HttpStatusCode.Created);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Http.SubmitAsync(suwon, 2019, "Suwon", rows, $"try-{i}.csv", replaces: 1)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, (await Http.JsonAsync(await suwon.GetAsync("/api/years/2019/units/Suwon/submissions"))).GetArrayLength());
    }

    private static async Task<byte[]> Body(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
