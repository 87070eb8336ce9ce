using System.Net;
using MuhanRubric.Units;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>A restart (a new service on the same SQLite file) keeps every submission: accepted, replaced and refused.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restart_SameDatabase_EverySubmissionKept()
    {
        var path = ServiceFactory.NewDatabasePath();
        try
        {
            string before;
            string scoredBefore;
            using (var first = new ServiceFactory(path))
            {
                foreach (var unit in new[] { Municipality.Suwon, Municipality.Osan, Municipality.Gapyeong })
                {
                    await Http.JsonAsync(await Http.SubmitAsync(first.ClientOf(unit), 2017, unit.Code, TestFiles.RowsOf(unit)), HttpStatusCode.Created);
                }

                var suwon = first.ClientOf(Municipality.Suwon);
                var changed = TestFiles.RowsOf(Municipality.Suwon).Replace("Suwon,수원시,45,", "Suwon,수원시,46,", StringComparison.Ordinal);
                await Http.JsonAsync(await Http.SubmitAsync(suwon, 2017, "Suwon", changed, replaces: 1), HttpStatusCode.Created);
                await Http.ProblemAsync(await Http.SubmitAsync(first.ClientOf(Municipality.Osan), 2017, "Osan", "unit,Nonsense\r\nOsan,1\r\n", replaces: 1), HttpStatusCode.BadRequest);
                before = await first.Evaluator().GetStringAsync("/api/years/2017/submissions");
                scoredBefore = await (await first.Evaluator().PostAsync("/api/years/2017/score?rubric=reference-2016", null)).Content.ReadAsStringAsync();
            }

            using var second = new ServiceFactory(path);
            var after = await second.Evaluator().GetStringAsync("/api/years/2017/submissions");
            var scoredAfter = await (await second.Evaluator().PostAsync("/api/years/2017/score?rubric=reference-2016", null)).Content.ReadAsStringAsync();

            Assert.Equal(before, after);
            Assert.Equal(5, (await Http.JsonAsync(await second.Evaluator().GetAsync("/api/years/2017/submissions"))).GetArrayLength());
            Assert.Equal(TestFiles.RowsOf(Municipality.Suwon), await second.ClientOf(Municipality.Suwon).GetStringAsync("/api/years/2017/units/Suwon/submissions/1"));
            Assert.Equal(scoredBefore, scoredAfter);
        }
        finally
        {
            ServiceFactory.DeleteDatabase(path);
        }
    }
}
