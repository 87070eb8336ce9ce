using System.Collections.Immutable;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Properties;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Scoring;

/// <summary>
/// What a result answers beyond the points: which measures a rubric reads and what it says when a table lacks them,
/// lookups that fail, the cells left out of a card, frozen cut-offs reused only by the scale they belong to, equality of
/// scores, frozen scales and warnings, and the Monte Carlo's normalized key.
/// </summary>
public class ScoringResultTests
{
    private static Rubric Readers() => Rubric.Create("readers").AddArea("A", "가", "A", a => a
        .AddIndicator("I1", "x", "x", 1, i => i.Reads(MeasureExpression.Field("X")).Proportional(0, 1).WithProvenance(Generated.Assumed))
        .AddIndicator("I2", "y/z", "y/z", 1, i => i.Reads(MeasureExpression.Ratio(MeasureExpression.Field("Y"), MeasureExpression.Field("Z"))).Proportional(0, 1).WithProvenance(Generated.Assumed))
        .AddIndicator("I3", "check", "check", 1, i => i.WithChecklist(c => c.Criterion("w", MeasureExpression.Field("W"), BandRange.From(1)).PointsByCriteriaMet(0, 1)).WithProvenance(Generated.Assumed))
        .AddIndicator("I4", "y", "y", 1, i => i.Reads(MeasureExpression.Field("Y")).Proportional(0, 1).WithProvenance(Generated.Assumed)))
        .Build();

    [Fact]
    public void MeasureIds_AreEveryMeasureRead_ChecklistCriteriaIncluded()
    {
        Assert.Equal(["X", "Y", "Z", "W"], Readers().Compile().MeasureIds);
    }

    [Fact]
    public void MeasureIds_IncludeWhatAGroupsChecklistReads()
    {
        var rubric = Rubric.Create("group checklist").AddArea("A", "가", "A", a => a.AddIndicator("I1", "x", "x", 1, i => i
            .Reads(Generated.X).Proportional(0, 1).WithProvenance(Generated.Assumed)
            .ForGroup("County", g => g.WithChecklist(c => c.Criterion("y", MeasureExpression.Field(Generated.Y), BandRange.From(1)).PointsByCriteriaMet(0, 1)).WithProvenance(Generated.Assumed))))
            .Build();
        Assert.Equal(["X", "Y"], rubric.Compile().MeasureIds);
    }

    [Fact]
    public void TableWithoutMeasuresTheRubricReads_IsRefused_NamingEveryMeasureAndReader()
    {
        // The generated table holds X and Y: Z and W are absent; I2 reads Z beside Y, I3 reads W through its checklist.
        var error = Assert.Throws<ScoringException>(() => Readers().Score(Generated.Table([1m], [1m])));
        Assert.Equal("'generated' does not hold Z, W, which rubric 'readers' reads (I2, I3); add the measures to the data or drop the indicators.", error.Message);
        Assert.Null(error.Municipality);
        Assert.Null(error.IndicatorCode);
    }

    [Fact]
    public void Score_RefusesNullArguments()
    {
        var compiled = Generated.OneIndicator(1, i => i.Proportional(0, 1)).Compile();
        Assert.Throws<ArgumentNullException>(() => compiled.Score(null!));
        Assert.Throws<ArgumentNullException>(() => compiled.Score(Generated.Table([1m]), null!));
        Assert.Throws<ArgumentNullException>(() => FrozenScale.Compare(null!, new FrozenScale("A", null, "r", [], "x")));
        Assert.Throws<ArgumentNullException>(() => FrozenScale.Compare(new FrozenScale("A", null, "r", [], "x"), null!));
    }

    [Fact]
    public void Lookups_OfWhatWasNotScored_Fail()
    {
        var result = Generated.OneIndicator(1, i => i.Proportional(0, 1)).Score(Generated.Table([1m]));
        var card = Assert.Throws<KeyNotFoundException>(() => result.Cards[0]["X9"]);
        Assert.Equal("The score card has no indicator X9.", card.Message);
        var unit = Assert.Throws<KeyNotFoundException>(() => result[new Municipality("Q1", "없음")]);
        Assert.Equal("없음 (Q1) was not scored.", unit.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Matrix.AreaPoints(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => result.Matrix.AreaMaximumPoints(0, -1));
    }

    [Fact]
    public void NotScored_ListsTheCellsLeftOut()
    {
        var gwacheon = Rubrics2016.Reference.Score(Evaluation2016.Measurements)[Municipality.Gwacheon];
        Assert.Equal(
            [("B5", IndicatorStatus.NotApplicable), ("B8", IndicatorStatus.NotApplicable), ("B10", IndicatorStatus.Missing), ("C4", IndicatorStatus.Excluded), ("D1", IndicatorStatus.Excluded), ("D2", IndicatorStatus.Excluded)],
            gwacheon.NotScored.Select(s => (s.Code, s.Status)));
    }

    /// <summary>Two indicators whose population scales have the same rule text but read different measures.</summary>
    private static Rubric TwoMedians() => Rubric.Create("medians").AddArea("A", "가", "A", a => a
        .AddIndicator("I1", "x", "x", 2, i => i.Reads(Generated.X).WithPopulationBands(b => b.Band(2, CutoffRange.From(Cutoff.Percentile(50))).Otherwise(0)).WithProvenance(Generated.Assumed))
        .AddIndicator("I2", "y", "y", 2, i => i.Reads(Generated.Y).WithPopulationBands(b => b.Band(2, CutoffRange.From(Cutoff.Percentile(50))).Otherwise(0)).WithProvenance(Generated.Assumed)))
        .Build();

    [Fact]
    public void FrozenCutoffs_AreReusedOnlyByTheirOwnIndicator()
    {
        var rubric = TwoMedians();
        var first = rubric.Score(Generated.Table([1m, 2m, 3m], [10m, 20m, 30m]));
        var later = rubric.Compile().Score(Generated.Table([5m, 6m, 7m], [50m, 60m, 70m]), [first.FrozenScales[0]]);
        Assert.Equal([("I1", 2m), ("I2", 60m)], later.FrozenScales.Select(f => (f.IndicatorCode, f.Cutoffs[0].Value)));
        Assert.Same(first.FrozenScales[0], later.FrozenScales[0]);
    }

    [Fact]
    public void FrozenScaleLackingACutoff_ScoresAsNotComputable()
    {
        var rubric = TwoMedians();
        var frozen = rubric.Score(Generated.Table([1m, 2m, 3m], [10m, 20m, 30m])).FrozenScales[0] with { Cutoffs = [] };
        var score = rubric.Compile().Score(Generated.Table([5m, 6m, 7m], [50m, 60m, 70m]), [frozen]).Cards[0]["I1"];
        Assert.Equal((IndicatorStatus.Unspecified, 0m, 0m), (score.Status, score.Points, score.MaximumPoints));
        Assert.Equal("I1 x: the population cut-offs cannot be computed; not scored", score.Explanation);
        Assert.Equal("I1 x: 모집단 기준값을 계산할 수 없어 채점하지 않음", score.KoreanExplanation);
    }

    [Fact]
    public void ToText_WithoutWarnings_EndsWithTheLastCard_WithoutAWarningsHeading()
    {
        var result = Generated.OneIndicator(10m, i => i.Proportional(0, 100)).Score(Generated.Table([10m, 20m], [1m, 1m]));
        Assert.Empty(result.Warnings);
        var text = result.ToText();
        Assert.DoesNotContain("## warnings", text, StringComparison.Ordinal);
        Assert.EndsWith(result.Cards[^1]["X1"].KoreanExplanation + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeclaredGroupsPopulation_IsItsMembers()
    {
        // The Pair's mean is that of U001 and U002 (2 and 4), not of every unit (the mean of 1, 2, 4 and 9 is 4).
        var units = Generated.Units(4);
        var rubric = Rubric.Create("pair").AddGroup("Pair", units[1], units[2]).AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "x", "x", 2, i => i.Reads(Generated.X).Proportional(0, 10).WithProvenance(Generated.Assumed)
                .ForGroup("Pair", g => g.WithPopulationBands(b => b.Band(2, CutoffRange.From(Cutoff.MeanTimes(1))).Otherwise(0)).WithProvenance(Generated.Assumed))))
            .Build();
        var result = rubric.Score(Generated.Table([1m, 2m, 4m, 9m], units: units));
        Assert.Equal(("Pair", 3m), (result.FrozenScales.Single().Group, result.FrozenScales.Single().Cutoffs[0].Value));
        Assert.Equal([0.2m, 0m, 2m, 1.8m], result.Cards.Select(c => c["X1"].Points));
    }

    [Fact]
    public void ExcludedIndicator_StillFreezesItsCutoffs()
    {
        // An excluded indicator scores nothing, but the cut-offs of its scale are computed on the data and recorded.
        var rubric = TwoMedians().ToBuilder().Indicator("I2", i => i.Excluded("not this year")).Build();
        var result = rubric.Score(Generated.Table([1m, 2m, 3m], [10m, 20m, 30m]));
        Assert.Equal([("I1", 2m, "2 for [2, ∞) «2 for [P50, ∞)»; otherwise 0"), ("I2", 20m, "2 for [20, ∞) «2 for [P50, ∞)»; otherwise 0")],
            result.FrozenScales.Select(f => (f.IndicatorCode, f.Cutoffs[0].Value, f.Resolved)));
        Assert.All(result.Cards, c => Assert.Equal(IndicatorStatus.Excluded, c["I2"].Status));
    }

    [Fact]
    public void FrozenScales_AreEqualOnlyWhenEveryPartIs()
    {
        FrozenCutoff[] cutoffs = [new(Cutoff.Percentile(50), 2m)];
        var scale = new FrozenScale("I1", "County", "rule", cutoffs, "resolved");
        Assert.Equal(scale, new FrozenScale("I1", "County", "rule", [new(Cutoff.Percentile(50), 2m)], "resolved"));
        Assert.Equal(scale.GetHashCode(), new FrozenScale("I1", "County", "rule", [new(Cutoff.Percentile(50), 2m)], "resolved").GetHashCode());
        Assert.NotEqual(scale, scale with { IndicatorCode = "I2" });
        Assert.NotEqual(scale, scale with { Group = null });
        Assert.NotEqual(scale, scale with { Rule = "other" });
        Assert.NotEqual(scale, scale with { Resolved = "other" });
        Assert.NotEqual(scale, scale with { Cutoffs = [new(Cutoff.Percentile(50), 3m)] });
        Assert.False(scale.Equals(null));
    }

    [Fact]
    public void ScoringWarnings_AreEqualOnlyWhenEveryPartIs()
    {
        var warning = new ScoringWarning(ScoringWarningKind.PartlyScored, "B5", "M", [Municipality.Gwacheon], "message", "메시지");
        Assert.Equal(warning, new ScoringWarning(ScoringWarningKind.PartlyScored, "B5", "M", [Municipality.Gwacheon], "message", "메시지"));
        Assert.NotEqual(warning, warning with { Kind = ScoringWarningKind.EmptyGroup });
        Assert.NotEqual(warning, warning with { IndicatorCode = "B8" });
        Assert.NotEqual(warning, warning with { MeasureId = "N" });
        Assert.NotEqual(warning, warning with { Units = ImmutableArray<Municipality>.Empty });
        Assert.NotEqual(warning, warning with { Message = "other" });
        Assert.NotEqual(warning, warning with { KoreanMessage = "다름" });
        Assert.False(warning.Equals(null));
        Assert.Equal("message", warning.ToString());
    }

    [Fact]
    public void IndicatorScores_AreEqualWhenScoredAlike()
    {
        var rubric = Generated.OneIndicator(10, i => i.Proportional(0, 10));
        var first = rubric.Score(Generated.Table([4m, 5m]));
        var again = rubric.Score(Generated.Table([4m, 5m]));
        Assert.Equal(first.Cards[0]["X1"], again.Cards[0]["X1"]);
        Assert.Equal(first.Cards[0]["X1"].GetHashCode(), again.Cards[0]["X1"].GetHashCode());
        Assert.NotEqual(first.Cards[0]["X1"], first.Cards[1]["X1"]);
        Assert.False(first.Cards[0]["X1"].Equals(null));
    }

    [Fact]
    public void NormalizedKey_RoundsHalfUpDespiteBinarySums_AndIsZeroWithoutAMaximum()
    {
        // 1.005 as a double is 1.00499999999999989…: the key nudges it up by a relative 1e-12 before rounding.
        var kernel = Generated.OneIndicator(10, i => i.Proportional(0, 10)).Compile().Kernel;
        Assert.Equal(101d, kernel.NormalizedKey(1.005, 10, 100));
        Assert.Equal(201d, kernel.NormalizedKey(1.005, 5, 100));
        Assert.Equal(0d, kernel.NormalizedKey(3, 0, 100));
    }

    [Fact]
    public void OutsideExpectedRange_OfAFieldReadOnlyThroughAMinimum_IsCapped_InBothLanguages()
    {
        // The expected range of a percentage is [0, 100]; 110 % read through min(X%, 100) is capped before scoring.
        var share = new Measure("S", "비율", "Share", MeasureUnit.Percent);
        var capped = MeasureExpression.Minimum(MeasureExpression.Field(share), MeasureExpression.Constant(100));
        var units = Generated.Units(2);
        var table = MeasurementTable.CreateBuilder(new MunicipalityCatalog(units), new MeasureCatalog([share])).WithName("t")
            .Set(units[0], share, 110).Set(units[1], share, 50).Build();
        Rubric Reading(params MeasureExpression[] expressions) => Rubric.Create("capped").AddArea("A", "가", "A", a =>
        {
            for (var k = 0; k < expressions.Length; k++)
            {
                var expression = expressions[k];
                a.AddIndicator($"I{k}", "s", "s", 1, i => i.Reads(expression).Proportional(0, 100).WithProvenance(Generated.Assumed));
            }
        }).Build();

        var warning = Assert.Single(Reading(capped).Score(table).Warnings);
        Assert.Equal("S (I0): U000 110 outside the expected range [0, 100]; capped by the rubric's minimum before scoring", warning.Message);
        Assert.Equal("S (I0): U000 110이(가) 예상 범위 0 이상 100 이하를 벗어남; 평가기준의 최솟값(min)으로 제한해 채점", warning.KoreanMessage);

        // Read as it is by one indicator (or through a sum beside the minimum), the value is scored as given.
        Assert.EndsWith("; scored as given", Assert.Single(Reading(capped, MeasureExpression.Field(share)).Score(table).Warnings).Message, StringComparison.Ordinal);
        Assert.EndsWith("; scored as given", Assert.Single(Reading(MeasureExpression.Sum(capped, MeasureExpression.Field(share))).Score(table).Warnings).Message, StringComparison.Ordinal);
        Assert.EndsWith("; scored as given", Assert.Single(Reading(MeasureExpression.Minimum(MeasureExpression.Sum(MeasureExpression.Field(share), MeasureExpression.Constant(0)), MeasureExpression.Field(share), MeasureExpression.Constant(100))).Score(table).Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutsideExpectedRange_IsWarnedWhileAnyReaderScoresTheUnit()
    {
        var share = new Measure("S", "비율", "Share", MeasureUnit.Percent);
        var units = Generated.Units(2);
        var table = MeasurementTable.CreateBuilder(new MunicipalityCatalog(units), new MeasureCatalog([share])).WithName("t")
            .Set(units[0], share, 110).Set(units[1], share, 50).Build();
        Rubric Build(bool bothNotApplicable) => Rubric.Create("n/a").AddArea("A", "가", "A", a => a
            .AddIndicator("I0", "s", "s", 1, i => i.Reads(share).Proportional(0, 100).WithProvenance(Generated.Assumed).NotApplicableFor("not here", units[0]))
            .AddIndicator("I1", "s", "s", 1, i =>
            {
                i.Reads(share).Proportional(0, 100).WithProvenance(Generated.Assumed);
                if (bothNotApplicable)
                {
                    i.NotApplicableFor("not here", units[0]);
                }
            })).Build();

        Assert.Equal("S (I0, I1): U000 110 outside the expected range [0, 100]; scored as given",
            Assert.Single(Build(bothNotApplicable: false).Score(table).Warnings, w => w.Kind == ScoringWarningKind.OutsideExpectedRange).Message);
        Assert.DoesNotContain(Build(bothNotApplicable: true).Score(table).Warnings, w => w.Kind == ScoringWarningKind.OutsideExpectedRange);
    }

    [Fact]
    public void WarningOfManyUnits_ListsTenAndCountsTheRest()
    {
        // A share without a denominator, given as a count alone by 12 units: none of their shares can be derived.
        var regular = new Measure("R", "정규직", "Regular", MeasureUnit.Persons, isWholeCount: true, hasShare: true);
        var units = Generated.Units(12);
        var builder = MeasurementTable.CreateBuilder(new MunicipalityCatalog(units), new MeasureCatalog([regular])).WithName("t");
        foreach (var unit in units)
        {
            builder.Set(unit, regular, 1);
        }

        var rubric = Rubric.Create("shares").AddArea("A", "가", "A", a => a.AddIndicator("R1", "r", "r", 1, i => i.Reads(regular, ValuePart.Percent).Proportional(0, 100).WithProvenance(Generated.Assumed))).Build();
        var warning = Assert.Single(rubric.Score(builder.Build()).Warnings, w => w.Kind == ScoringWarningKind.ShareUnavailable);
        Assert.Equal("R1: the share of R is not given beside the count and cannot be derived (no denominator is declared) for 12 of 12 units (U000, U001, U002, U003, U004, U005, U006, U007, U008, U009, … (2 more)); read as missing", warning.Message);

        // Ten are listed in full.
        var ten = MeasurementTable.CreateBuilder(new MunicipalityCatalog(units.Take(10)), new MeasureCatalog([regular])).WithName("t");
        foreach (var unit in units.Take(10))
        {
            ten.Set(unit, regular, 1);
        }

        Assert.EndsWith("(U000, U001, U002, U003, U004, U005, U006, U007, U008, U009); read as missing",
            Assert.Single(rubric.Score(ten.Build()).Warnings, w => w.Kind == ScoringWarningKind.ShareUnavailable).Message, StringComparison.Ordinal);
    }
}
