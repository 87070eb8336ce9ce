using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Measurements.TinyTables;

namespace MuhanRubric.Tests.Scoring;

/// <summary>Every <see cref="ScoringWarningKind"/> on invented units and measures, with its exact English and Korean text.</summary>
public class ScoringWarningTests
{
    private static Rubric Survey(Action<IndicatorBuilder>? more = null) =>
        Rubric.Create("survey").AddArea("A", "가", "A", a => a.AddIndicator("A1", "만족도", "Satisfaction", 10, i =>
        {
            i.Reads(Satisfaction).Proportional(1, 5).WithProvenance(Provenance.FromAssumption("test"));
            more?.Invoke(i);
        })).Build();

    private static MeasurementTable.Builder Satisfactions(params decimal?[] values)
    {
        var builder = MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("survey");
        for (var u = 0; u < values.Length; u++)
        {
            _ = values[u] is { } v ? builder.Set(Catalogue[u], Satisfaction, v) : builder.SetMissing(Catalogue[u], Satisfaction);
        }

        return builder;
    }

    private static ScoringWarning Only(ScoringResult result, ScoringWarningKind kind) => Assert.Single(result.Warnings, w => w.Kind == kind);

    [Fact]
    public void Score_CleanData_HasNoWarnings()
    {
        Assert.Empty(Survey().Score(Satisfactions(1, 2, 3, 4, 5).Build()).Warnings);
    }

    [Fact]
    public void Score_ValuesOutsideTheExpectedRange_IncludingA110PercentShare_AreScoredAndWarned()
    {
        var table = MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("ranges")
            .Set(North1, Satisfaction, 6).Set(North2, Satisfaction, 3).Set(South1, Satisfaction, 0.5m).Set(South2, Satisfaction, 5).Set(South3, Satisfaction, 1)
            .Set(North1, Regular, 11, percent: 110m).Set(North2, Regular, 5, percent: 50m).Set(South1, Regular, 0).Set(South2, Regular, 2, percent: 20m).Set(South3, Regular, 4, percent: 100m)
            .Set(North1, Staff, 10).Set(North1, Certified, 12).Set(North2, Staff, 10).Set(North2, Certified, 5)
            .Set(South1, Staff, 10).Set(South1, Certified, 5).Set(South2, Staff, 10).Set(South2, Certified, 5).Set(South3, Staff, 10).Set(South3, Certified, 5)
            .Build();
        var rubric = Rubric.Create("ranges").AddArea("A", "가", "A", a => a
            .AddIndicator("A1", "만족도", "Satisfaction", 10, i => i.Reads(Satisfaction).Proportional(1, 5).WithProvenance(Provenance.FromAssumption("test")))
            .AddIndicator("A2", "정규직", "Regular", 10, i => i.Reads(Regular, ValuePart.Percent).Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test")))
            .AddIndicator("A3", "자격", "Certified", 10, i => i.Reads(Certified, ValuePart.Percent).Proportional(0, 100).WithProvenance(Provenance.FromAssumption("test")))).Build();

        var result = rubric.Score(table);
        Assert.All(result.Warnings, w => Assert.Equal(ScoringWarningKind.OutsideExpectedRange, w.Kind));
        Assert.Equal(
            [
                "Satisfaction (A1): N1 6, S1 0.5 outside the expected range [1, 5]; scored as given",
                "Regular% (A2): N1 110 outside the expected range [0, 100]; scored as given",
                "Certified% (A3): N1 120 outside the expected range [0, 100]; scored as given",
            ],
            result.Warnings.Select(w => w.Message));
        Assert.Equal("Satisfaction (A1): N1 6, S1 0.5이(가) 예상 범위 1 이상 5 이하를 벗어남; 그대로 채점", result.Warnings[0].KoreanMessage);
        Assert.Equal(("A2", "Regular", 1), (result.Warnings[1].IndicatorCode, result.Warnings[1].MeasureId, result.Warnings[1].Units.Length));
        Assert.Equal((10m, 10m, 10m), (result[North1]["A1"].Points, result[North1]["A2"].Points, result[North1]["A3"].Points)); // clamped.
    }

    [Fact]
    public void Score_ValueOutsideTheRangeForAUnitTheIndicatorDoesNotApplyTo_IsNotWarned()
    {
        // S1's 0.5 is never scored (A1 does not apply to it), so "scored as given" would be false.
        var result = Survey(i => i.NotApplicableFor("no survey", South1)).Score(Satisfactions(6, 3, 0.5m, 5, 1).Build());
        Assert.Equal("Satisfaction (A1): N1 6 outside the expected range [1, 5]; scored as given", Only(result, ScoringWarningKind.OutsideExpectedRange).Message);
    }

    [Fact]
    public void Score_ValueOutsideTheRangeOfAFieldTwoIndicatorsRead_NamesBoth_InBothLanguages()
    {
        var rubric = Rubric.Create("survey").AddArea("A", "가", "A", a => a
            .AddIndicator("A1", "만족도", "Satisfaction", 10, i => i.Reads(Satisfaction).Proportional(1, 5).WithProvenance(Provenance.FromAssumption("test")))
            .AddIndicator("A2", "만족도 구간", "Satisfaction bands", 10, i => i.Reads(Satisfaction).WithBands(b => b.Band(10, BandRange.From(4)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var warning = Only(rubric.Score(Satisfactions(6, 3, 2, 5, 1).Build()), ScoringWarningKind.OutsideExpectedRange);
        Assert.Equal("Satisfaction (A1, A2): N1 6 outside the expected range [1, 5]; scored as given", warning.Message);
        Assert.Equal("Satisfaction (A1, A2): N1 6이(가) 예상 범위 1 이상 5 이하를 벗어남; 그대로 채점", warning.KoreanMessage);
    }

    [Fact]
    public void Score_MissingValueScoredZero_IsNotLeftOut()
    {
        // Under ScoreZero a blank keeps its maximum (0 of 10): the unit's total is not rescaled, so there is nothing to warn of.
        var result = Survey(i => i.WithMissingData(MissingDataPolicy.ScoreZero)).Score(Satisfactions(1, 2, 3, 4, null).Build());
        Assert.Equal((IndicatorStatus.Missing, 10m), (result[South3]["A1"].Status, result[South3]["A1"].MaximumPoints));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Score_IndicatorLeftOutForSomeUnits_IsPartlyScored()
    {
        var table = MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("partly")
            .SetMissing(North1, Satisfaction).SetNotApplicable(North2, Satisfaction)
            .Set(South1, Satisfaction, 2).Set(South2, Satisfaction, 3).Set(South3, Satisfaction, 4).Build();
        var warning = Only(Survey().Score(table), ScoringWarningKind.PartlyScored);
        Assert.Equal(("A1", null), (warning.IndicatorCode, warning.MeasureId));
        Assert.Equal<Municipality>([North1, North2], warning.Units);
        Assert.Equal("A1: left out for 2 of 5 units (N1 missing, N2 not applicable); their totals are rescaled to the rubric's maximum", warning.Message);
        Assert.Equal("A1: 5개 중 2개 단위에서 제외 (N1 결측, N2 해당없음); 해당 단위의 총점은 만점 기준으로 환산", warning.KoreanMessage);
    }

    [Fact]
    public void Score_IndicatorLeftOutForEveryUnit_IsScoredForNoUnit()
    {
        var result = Survey().Score(Satisfactions(null, null, null, null, null).Build());
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((ScoringWarningKind.ScoredForNoUnit, "A1", 5), (warning.Kind, warning.IndicatorCode, warning.Units.Length));
        Assert.Equal("A1: left out for every one of the 5 units; it scores nothing in this run", warning.Message);
        Assert.Equal("A1: 5개 단위 모두에서 제외되어 이번 채점에 반영되지 않음", warning.KoreanMessage);
    }

    [Fact]
    public void Score_UnitsWithoutData_AreWarnedOnce()
    {
        var result = Survey().Score(Satisfactions(1, 2, 3).Build(allowUnitsWithoutData: true));
        var warning = Only(result, ScoringWarningKind.UnitsWithoutData);
        Assert.Equal<Municipality>([South2, South3], warning.Units);
        Assert.Equal((null, null), (warning.IndicatorCode, warning.MeasureId));
        Assert.Equal("no data for 2 of 5 units (S2, S3): every indicator is missing for them", warning.Message);
        Assert.Equal("5개 중 2개 단위의 자료 없음 (S2, S3): 모든 지표가 결측", warning.KoreanMessage);
        Assert.Equal("A1: left out for 2 of 5 units (S2 missing, S3 missing); their totals are rescaled to the rubric's maximum", Only(result, ScoringWarningKind.PartlyScored).Message);
    }

    [Fact]
    public void Score_GroupOverrideWithoutMembers_IsAnEmptyGroup()
    {
        var rubric = Survey(i => i.ForGroup("East", g => g.Proportional(1, 4).WithProvenance(Provenance.FromAssumption("test"))).ForGroup("North", g => g.Proportional(2, 5).WithProvenance(Provenance.FromAssumption("test"))));
        var warning = Only(rubric.Score(Satisfactions(1, 2, 3, 4, 5).Build()), ScoringWarningKind.EmptyGroup);
        Assert.Equal(("A1", null, 0), (warning.IndicatorCode, warning.MeasureId, warning.Units.Length));
        Assert.Equal("A1: group 'East' has no member among the 5 units; its override applies to nobody", warning.Message);
        Assert.Equal("A1: 'East' 집단에 속한 단위가 없어 집단별 기준이 적용되지 않음", warning.KoreanMessage);
    }
}
