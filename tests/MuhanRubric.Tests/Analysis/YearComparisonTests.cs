using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Analysis;

/// <summary>
/// The 2016 reference rubric on 2016 and an illustrative 2017 (<see cref="IllustrativeYears.Year2017"/>). Its
/// population-based scales are B4 (quartiles of training hours, P25/P75) and C3 (half the mean and the mean of service
/// linkages per case); the 2017 data moves B4's quartiles.
/// </summary>
public partial class YearComparisonTests
{
    private static readonly MeasurementTable _2016 = Evaluation2016.Measurements;
    private static readonly MeasurementTable _2017 = IllustrativeYears.Year2017();
    private static readonly EvaluationPeriod _base = EvaluationPeriod.Year(2016);

    private static YearComparisonResult Recomputed() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017]);

    private static YearComparisonResult Frozen() => YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017], CutoffPolicy.FreezeFromBaseYear, _base);

    private static FrozenScale B4(ScoringResult result) => result.FrozenScales.Single(f => f.IndicatorCode == "B4");

    [Fact]
    public void Compare_TablesInAnyOrder_AreOrderedByPeriod()
    {
        var result = YearComparison.Compare(Rubrics2016.Reference, [_2017, _2016]);
        Assert.Equal(["2016", "2017"], result.Periods.Select(p => p.Label));
        Assert.Same(_2016, result.Results[0].Measurements);
        Assert.Same(_2017, result.Results[1].Measurements);
        Assert.Equal(CutoffPolicy.RecomputeEachYear, result.CutoffPolicy);
        Assert.Null(result.BasePeriod);
    }

    [Fact]
    public void Compare_RecomputeEachYear_CutoffsFollowEachYearsData()
    {
        var result = Recomputed();
        Assert.Equal(CutoffChange.DataChanged, FrozenScale.Compare(B4(result.Results[0]), B4(result.Results[1])));
        // 2016: P25 9, P75 26.3 (SPSS quartiles of 표 Ⅳ-16 … Ⅳ-46, row 14); 2017: eight 시군 at 60 hours lift both. The
        // fixed edge at 0 hours (no training earns nothing) is frozen with them and never moves.
        Assert.Equal([26.3m, 9m, 0m], B4(result.Results[0]).Cutoffs.Select(c => c.Value));
        Assert.Equal([60m, 13.8m, 0m], B4(result.Results[1]).Cutoffs.Select(c => c.Value));
    }

    [Fact]
    public void Compare_FreezeFromBaseYear_EveryYearUsesTheBaseCutoffs()
    {
        var result = Frozen();
        Assert.Equal((CutoffPolicy.FreezeFromBaseYear, "2016"), (result.CutoffPolicy, result.BasePeriod?.Label));
        Assert.Equal(result.Results[0].FrozenScales, result.Results[1].FrozenScales);
        Assert.Equal(CutoffChange.DataChanged, FrozenScale.Compare(B4(Recomputed().Results[1]), B4(result.Results[1])));
    }

    [Fact]
    public void Compare_FreezeFromALaterBaseYear_ScoresEarlierYearsWithItsCutoffs()
    {
        var result = YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017], CutoffPolicy.FreezeFromBaseYear, EvaluationPeriod.Year(2017));
        Assert.Equal([60m, 13.8m, 0m], B4(result.Results[0]).Cutoffs.Select(c => c.Value));
        Assert.Equal(B4(_2017Alone()), B4(result.Results[0]));

        static ScoringResult _2017Alone() => Rubrics2016.Reference.Score(_2017);
    }

    [Fact]
    public void Compare_UnitWhoseValuesDidNotChange_MovesOnlyWhenCutoffsAreRecomputed()
    {
        // 화성시's training hours (12.3) are the same both years: in [P25, P75) of 2016 → 2 points; below 2017's P25 (13.8) → 1.
        var recomputed = Recomputed()[Municipality.Hwaseong].Changes.Single();
        Assert.Equal(-1m, recomputed.TotalChange);
        Assert.Equal<string>(["B4"], recomputed.BandChanges);
        Assert.Equal(-1m, recomputed.Contributions.Single(c => c.Code == "B4").Change);

        var frozen = Frozen()[Municipality.Hwaseong].Changes.Single();
        Assert.Equal(0m, frozen.TotalChange);
        Assert.Empty(frozen.BandChanges);
        Assert.All(Frozen().Units.Where(u => u.Unit.Code is "Gunpo" or "Hanam" or "Paju").SelectMany(u => u.Changes), c => Assert.Equal(0m, c.TotalChange));
    }

    [Fact]
    public void Compare_PerUnitChange_IsAttributedToTheIndicatorsThatCausedIt()
    {
        // 수원시: C1 13.8 → 35 enters the top band (2 → 10 points, p.32); B4 0 → 60 hours goes from no training (0) to at
        // least P75 (3) under either policy.
        foreach (var result in new[] { Recomputed(), Frozen() })
        {
            var suwon = result[Municipality.Suwon];
            var change = suwon.Changes.Single();
            Assert.Equal((52.40m, 63.40m), (suwon.Years[0].Total, suwon.Years[1].Total));
            Assert.Equal(11m, change.TotalChange);
            Assert.Equal([("B4", 3m), ("C1", 8m)], change.Contributions.Where(c => c.Change != 0).Select(c => (c.Code, c.Change)));
            Assert.Equal<string>(["B4", "C1"], change.BandChanges);
            Assert.Equal(0m, change.MaximumChange);
            Assert.Equal(17 - 1, change.RankChange);
            Assert.Equal((17, 1), (suwon.Years[0].Rank, suwon.Years[1].Rank));
        }
    }

    [Fact]
    public void Compare_Attributions_SumExactlyToEveryChange()
    {
        var changes = new[] { Recomputed(), Frozen() }.SelectMany(r => r.Units).SelectMany(u => u.Changes.Append(u.Overall)).Where(c => c.IsComparable).ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal(c.TotalChange, c.Contributions.Sum(x => x.Change)));
        Assert.Contains(changes, c => c.TotalChange != 0);
    }

    [Fact]
    public void Compare_UnitsAreTheUnionByCodeInFirstSeenOrder()
    {
        var result = Recomputed();
        Assert.Equal([.. MunicipalityCatalog.Gyeonggi.Select(u => u.Code), "NewTown"], result.Units.Select(u => u.Unit.Code));
    }

    [Fact]
    public void Compare_UnitAbsentInAYear_IsReportedWithNullNumbers()
    {
        var result = Recomputed();
        var yeoncheon = result[Municipality.Yeoncheon];
        Assert.Equal(["2017"], yeoncheon.AbsentIn.Select(p => p.Label));
        var absent = yeoncheon.Years[1];
        Assert.Equal((UnitYearStatus.NotInTable, false), (absent.Status, absent.IsPresent));
        Assert.Equal((null, null, null, null, null), (absent.Card, absent.Total, absent.NormalizedTotal, absent.Maximum, absent.Rank));
        Assert.NotNull(yeoncheon.Years[0].Total);
        var change = yeoncheon.Changes.Single();
        Assert.False(change.IsComparable);
        Assert.Equal((null, null, null, null), (change.TotalChange, change.NormalizedTotalChange, change.MaximumChange, change.RankChange));
        Assert.Empty(change.Contributions);
        Assert.False(yeoncheon.Overall.IsComparable);

        var newTown = result[IllustrativeYears.NewTown];
        Assert.Equal(["2016"], newTown.AbsentIn.Select(p => p.Label));
        Assert.Equal(["Yeoncheon", "NewTown"], result.UnitsAbsentSomeYear.Select(u => u.Unit.Code));
    }

    [Fact]
    public void Compare_UnitWithoutDataInAYear_IsAbsentThatYear()
    {
        var withoutData = IllustrativeYears.Copy(_2016, EvaluationPeriod.Year(2018), "2018 without 구리시", allowUnitsWithoutData: true, withoutData: [Municipality.Guri]);
        var guri = YearComparison.Compare(Rubrics2016.Reference, [_2016, withoutData])[Municipality.Guri];
        Assert.Equal(UnitYearStatus.WithoutData, guri.Years[1].Status);
        Assert.Null(guri.Years[1].Total);
        Assert.False(guri.Changes.Single().IsComparable);
    }

    [Fact]
    public void Compare_WhenTheMaximumDiffers_ChangeIsOnPointsAndTheNormalizedChangeIsSeparate()
    {
        // 성남시's B10 is blank in 2017: it leaves the maximum (ExcludeAndRescale), 82 → 80. B10 had 1.54 points in 2016
        // (38.5 hours → 38.5 ÷ 50 × 2), so it contributes −1.54; B4 3.4 → 60 hours contributes +2.
        var seongnam = Recomputed()[Municipality.Seongnam];
        var change = seongnam.Changes.Single();
        Assert.Equal((82m, 80m), (seongnam.Years[0].Maximum, seongnam.Years[1].Maximum));
        Assert.Equal([("B4", 2m), ("B10", -1.54m)], change.Contributions.Where(c => c.Change != 0).Select(c => (c.Code, c.Change)));
        Assert.Equal(0.46m, change.TotalChange);
        Assert.Equal(-2m, change.MaximumChange);
        Assert.Equal<string>(["B10"], change.MaximumChanges);
        // Normalized: 53.23 of 82 → 53.69 of 80 rescaled to 55.03; the change (+1.80) is reported, not attributed.
        Assert.Equal((53.23m, 55.03m), (seongnam.Years[0].NormalizedTotal, seongnam.Years[1].NormalizedTotal));
        Assert.Equal(1.80m, change.NormalizedTotalChange);
        Assert.NotEqual(change.TotalChange, change.NormalizedTotalChange);
    }

    [Fact]
    public void Compare_ThreeYears_ConsecutiveChangesAndFirstToLast()
    {
        var y2018 = IllustrativeYears.Copy(_2016, EvaluationPeriod.Year(2018), "illustrative 2018",
            changes: new Dictionary<(string, string), decimal?> { [("Suwon", "CasesPerCaseManager")] = 52m });
        var suwon = YearComparison.Compare(Rubrics2016.Reference, [_2016, _2017, y2018], CutoffPolicy.FreezeFromBaseYear, _base)[Municipality.Suwon];
        // 2018: C1 52 is in [50, 55) (8 points); B4 is back to 0 hours (no points).
        Assert.Equal(["2016→2017: +11 points", "2017→2018: -5 points"], suwon.Changes.Select(c => c.ToString()));
        Assert.Equal(6m, suwon.Overall.TotalChange);
        Assert.Equal(suwon.Changes.Sum(c => c.TotalChange), suwon.Overall.TotalChange);
        Assert.Equal<string>(["C1"], suwon.Overall.BandChanges);
        Assert.Equal(("2016", "2018"), (suwon.Overall.From.Label, suwon.Overall.To.Label));
    }
}
