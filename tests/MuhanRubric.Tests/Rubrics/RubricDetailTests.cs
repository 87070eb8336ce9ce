using System.Globalization;
using System.Text.Json.Nodes;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Tests.Statistics;

using static MuhanRubric.Measures.MeasureExpression;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>How ranges, provenances and areas print, and the messages of their refusals.</summary>
public class RubricTextTests
{
    [Fact]
    public void BandRange_PrintsAnOpenSideAsExclusive_AndEachBoundAsIncludedOrNot()
    {
        Assert.Equal("(-∞, 5]", BandRange.AtMost(5).ToString());
        Assert.Equal("(-∞, 5)", BandRange.Below(5).ToString());
        Assert.Equal("(-∞, ∞)", BandRange.Any.ToString());
        Assert.Equal("(30, 50)", BandRange.Above(30).To(50).ToString());
        Assert.Equal("[30, 50]", BandRange.From(30).Through(50).ToString());
    }

    [Fact]
    public void CutoffRange_WithoutACutOff_IsRefusedWithWhatToDoInstead()
    {
        var error = Assert.Throws<ArgumentNullException>(() => CutoffRange.AtMost(null!));
        Assert.Equal("A cut-off is required here; leave the side open with Below, AtMost, From or Above instead. (Parameter 'upper')", error.Message);
    }

    [Theory]
    [InlineData("q.124")]
    [InlineData("표 Ⅲ-3 s.32")]
    public void Provenance_APageNotWrittenPDot_IsRefused(string text)
    {
        var error = Assert.Throws<FormatException>(() => Provenance.Parse(text));
        Assert.Equal($"'{text}' is not a provenance; expected '표 Ⅲ-3 p.32', 'p.124' or 'assumption: <reason>'.", error.Message);
    }

    [Fact]
    public void Problem_WithALineButNoColumn_PrintsTheLineAlone()
    {
        var problem = new RubricProblem(RubricProblemKind.BandGap, "C1", "values in [50, 55) fall in no band") { Source = "rubric.json", Path = "areas[0]", Line = 3 };
        Assert.Equal("rubric.json: line 3, field 'areas[0]': C1: values in [50, 55) fall in no band", problem.ToString());
    }

    [Fact]
    public void Area_PrintsItsCodeAndKoreanName_AndAnUnknownIndicatorIsRefusedByName()
    {
        var rubric = Rubric.Create("printing").AddArea("C", "통합사례관리", "Case management", a => a.AddIndicator("C1", "실적", "Caseload", 10, i => i
            .Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Provenance.FromAssumption("test")))).Build();

        Assert.Equal("C 통합사례관리", rubric.Areas.Single().ToString());
        Assert.Equal("Rubric 'printing' has no indicator C9.", Assert.Throws<KeyNotFoundException>(() => rubric.Indicator("C9")).Message);
    }
}

/// <summary>Builder edits: what receives a dropped indicator's points, defaults of names, and refusals.</summary>
public class RubricBuilderDetailTests
{
    private static readonly Provenance Assumed = Provenance.FromAssumption("test");

    [Fact]
    public void DropIndicator_GivesPointsOnlyToScoredIndicators_NotExcludedUnspecifiedOrZeroPointOnes()
    {
        // X1 is the only scored indicator left: X2 is excluded, X3 has no printed scale, X5 is worth 0 points.
        var rubric = Rubric.Create("drop").AcceptAsWarnings(RubricProblemKind.UnspecifiedScale).AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "X1", "X1", 3, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed))
                .AddIndicator("X2", "X2", "X2", 2, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed).Excluded("not scored in 2016"))
                .AddIndicator("X3", "X3", "X3", 1, i => i.Unspecified("표에 없음").WithProvenance(Assumed))
                .AddIndicator("X5", "X5", "X5", 0, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed))
                .AddIndicator("X4", "X4", "X4", 4, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed)))
            .Build();

        var after = rubric.ToBuilder().DropIndicator("X4", PointsRedistribution.EquallyWithinArea).Build();

        Assert.Equal([7m, 2m, 1m, 0m], after.Indicators.Select(i => i.MaximumPoints));
    }

    [Fact]
    public void DropIndicator_WithNoScoredIndicatorLeft_IsRefusedWithThePoints()
    {
        var builder = Rubric.Create("alone").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "X1", "X1", 3.5m, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed)));

        var error = Assert.Throws<InvalidOperationException>(() => builder.DropIndicator("X1", PointsRedistribution.ProportionalWithinArea));
        Assert.Equal("No scored indicator is left to receive the 3.5 points of X1.", error.Message);
    }

    [Fact]
    public void AddGroup_WithAnEmptyUnitCode_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Rubric.Create("groups").AddGroup("Coast", ["Ansan", " "]));
        Assert.Equal("A unit code must not be empty. (Parameter 'unitCodes')", error.Message);
    }

    [Fact]
    public void AcceptAsWarnings_OfNull_AcceptsNothing()
    {
        var builder = Rubric.Create("warnings").AcceptAsWarnings(null!).AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "X1", "X1", 3, i => i.Unspecified("표에 없음").WithProvenance(Assumed)));

        var error = Assert.Throws<RubricValidationException>(builder.Build);
        Assert.Equal(RubricProblemKind.UnspecifiedScale, Assert.Single(error.Problems).Kind);
    }

    [Fact]
    public void NullNames_AndANullPrintedText_AreEmpty()
    {
        var rubric = Rubric.Create("names").AcceptAsWarnings(RubricProblemKind.UnspecifiedScale).AddArea("A", null!, null!, a => a
            .AddIndicator("X1", null!, null!, 3, i => i.Unspecified(null!).WithProvenance(Assumed))).Build();

        var area = rubric.Areas.Single();
        var indicator = rubric.Indicator("X1");
        Assert.Equal(["", "", "", "", ""], new[] { area.KoreanName, area.EnglishName, indicator.KoreanName, indicator.EnglishName, ((UnspecifiedScale)indicator.Scale).Printed });
    }

    [Fact]
    public void Reweight_AGroupOverrideWithoutAScale_LeavesItForTheValidation()
    {
        var builder = Rubric.Create("groups").AddArea("C", "다", "C", a => a.AddIndicator("C1", "사례", "Caseload", 10, i => i
                .Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Assumed)
                .ForGroup("County", g => g.WithMaximumPoints(6))));

        builder.Indicator("C1", i => i.Reweight(20));

        var error = Assert.Throws<RubricValidationException>(builder.Build);
        Assert.Equal(
            "C1 [County]: has no scale (choose WithBands, WithCategories, WithChecklist, Proportional, WithPopulationBands or Unspecified)",
            Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void MoveBandEdge_OfAnIndicatorWithoutAScale_SaysNoScaleIsChosen()
    {
        var builder = Rubric.Create("edges").AddArea("C", "다", "C", a => a.AddIndicator("C1", "사례", "Caseload", 10, i => i.Reads(Measure.CasesPerCaseManager)));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Indicator("C1", i => i.MoveBandEdge(30, 35)));
        Assert.Equal("C1: MoveBandEdge(30, 35) needs a scale of bands or categories; the scale is none (no scale is chosen).", error.Message);
    }

    [Fact]
    public void Reweight_ToAMaximumFinerThan4Decimals_RescalesAnOverrideOfTheIndicatorsMaximumToItExactly()
    {
        // The City override keeps the indicator's maximum: its top band becomes the new maximum itself, 1.23456, and
        // its other band 8 × 1.23456 ÷ 10 = 0.987648, rounded to 4 decimals.
        var rubric = Rubric.Create("fine").AddArea("C", "다", "C", a => a.AddIndicator("C1", "사례", "Caseload", 10, i => i
                .Reads(Measure.CasesPerCaseManager)
                .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(5, BandRange.From(20).To(30)).Otherwise(0)).WithProvenance(Assumed)
                .ForGroup("City", g => g.WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.From(20).To(30)).Otherwise(0)).WithProvenance(Assumed))))
            .Build();

        var city = rubric.ToBuilder().Indicator("C1", i => i.Reweight(1.23456m)).Build().Indicator("C1").GroupOverrides.Single();

        Assert.Null(city.MaximumPoints);
        Assert.Equal([1.23456m, 0.9876m], ((BandScale)city.Scale).Bands.Select(b => b.Points));
    }
}

/// <summary>The messages of a definition's problems a person reads when a rubric built in code does not validate.</summary>
public class RubricValidationMessageTests
{
    private static string Problem(Action<IndicatorBuilder> configure)
    {
        var builder = Rubric.Create("test").AddArea("C", "통합사례관리", "Case management", a => a.AddIndicator("C1", "실적", "Caseload", 10, configure));
        var error = Assert.Throws<RubricValidationException>(builder.Build);
        return Assert.Single(error.Problems).ToString();
    }

    private static Action<IndicatorBuilder> Bands(Action<BandScaleBuilder> configure) =>
        i => i.Reads(Measure.CasesPerCaseManager).WithBands(configure).WithProvenance(Provenance.FromAssumption("test"));

    [Fact]
    public void ABoundBeyond1E15_IsRefused_AskingForAnOpenSide()
    {
        Assert.Equal(
            "C1: band 10: range [10000000000000000, ∞) has an infinite or out-of-range bound (leave the side open instead)",
            Problem(Bands(b => b.Band(10, BandRange.From(1e16)).Otherwise(0))));
    }

    [Fact]
    public void ARangeOfOneValue_ThatExcludesIt_IsOutOfOrder()
    {
        Assert.Equal("C1: band 10: range [5, 5): lower bound 5 is not below upper bound 5", Problem(Bands(b => b.Band(10, BandRange.From(5).To(5)).Otherwise(0))));
    }

    [Fact]
    public void BandsOverlappingFromTheSameLowerBound_OverlapFromItOnlyWhereBothIncludeIt()
    {
        Assert.Equal(
            "C1: (30, 50) (10 points) and [30, 40) (8 points) overlap on (30, 40)",
            Problem(Bands(b => b.Band(10, BandRange.Above(30).To(50)).Band(8, BandRange.From(30).To(40)).Otherwise(0))));
    }

    [Fact]
    public void BandsOverlappingUpToTheSameUpperBound_OverlapUpToItOnlyWhereBothIncludeIt()
    {
        Assert.Equal(
            "C1: [30, 50] (10 points) and (40, 50) (8 points) overlap on (40, 50)",
            Problem(Bands(b => b.Band(10, BandRange.From(30).Through(50)).Band(8, BandRange.Above(40).To(50)).Otherwise(0))));
    }

    [Fact]
    public void AnUnspecifiedScale_CannotBeScored_AndTheMessageQuotesWhatIsPrinted()
    {
        Assert.Equal(
            "C1: the scale is unspecified, so the indicator cannot be scored (표에 없음)",
            Problem(i => i.Unspecified("표에 없음").WithProvenance(Provenance.FromAssumption("test"))));
    }

    [Fact]
    public void AChecklist_NeedsOnePointsValueMoreThanItHasCriteria()
    {
        Assert.Equal(
            "C1: checklist of 1 criteria needs 2 points values (for 0 … 1 met), found 3",
            Problem(i => i.WithChecklist(c => c.Criterion("경험", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1)).PointsByCriteriaMet(0, 5, 10))
                .WithProvenance(Provenance.FromAssumption("test"))));
    }

    [Fact]
    public void APopulationBandFromAndBelowTheSamePercentile_IsOutOfOrder()
    {
        Assert.Equal(
            "C1: band 10: range [P50, P50): lower cut-off P50 is not below upper cut-off P50",
            Problem(i => i.Reads(Measure.CasesPerCaseManager)
                .WithPopulationBands(p => p.Band(10, CutoffRange.From(Cutoff.Percentile(50)).To(Cutoff.Percentile(50))).Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("test"))));
    }

    [Fact]
    public void APopulationBandFromAndThroughTheSamePercentile_HoldsThatValue()
    {
        var rubric = Rubric.Create("test").AddArea("C", "통합사례관리", "Case management", a => a.AddIndicator("C1", "실적", "Caseload", 10, i => i
            .Reads(Measure.CasesPerCaseManager)
            .WithPopulationBands(p => p.Band(10, CutoffRange.From(Cutoff.Percentile(50)).Through(Cutoff.Percentile(50))).Otherwise(0))
            .WithProvenance(Provenance.FromAssumption("test")))).Build();

        Assert.Equal("[P50, P50]", ((PopulationBandScale)rubric.Indicator("C1").Scale).Bands.Single().Range.ToString());
    }
}

/// <summary>Population bands turned into fixed bands on a population.</summary>
public class PopulationResolutionTests
{
    private static PopulationBandScale Scale(params CutoffRange[] ranges) =>
        (PopulationBandScale)Rubric.Create("test").AddArea("C", "다", "C", a => a.AddIndicator("C1", "실적", "Caseload", 10, i => i
            .Reads(Measure.CasesPerCaseManager)
            .WithPopulationBands(p =>
            {
                foreach (var range in ranges)
                {
                    p.Band(10, range);
                }

                p.Otherwise(0);
            })
            .WithProvenance(Provenance.FromAssumption("test")))).Build().Indicator("C1").Scale;

    [Fact]
    public void Resolve_OnEqualValues_KeepsABandClosedOnBothSides_AndDropsABandThatExcludesTheValue()
    {
        // Every value is 7, so P25 = P50 = P75 = 7: [P25, P75] holds 7; [P25, P75) and (P25, P75] hold nothing.
        var population = Descriptives.Of(TestSeries.Of(7, 7, 7, 7));

        var closed = Scale(CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Resolve(population)!;
        Assert.Equal("[7, 7]", string.Join(" ", closed.Bands.SelectMany(b => b.Intervals)));

        var halfOpen = Scale(CutoffRange.From(Cutoff.Percentile(25)).To(Cutoff.Percentile(75)), CutoffRange.Above(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Resolve(population)!;
        Assert.Empty(halfOpen.Bands);
    }

    [Fact]
    public void Resolve_OfNoPopulation_IsRefused()
    {
        // A scale with no cut-off at all (one band of every value) is refused too, though it needs no population.
        var scale = Scale(CutoffRange.Any);
        Assert.Equal("population", Assert.Throws<ArgumentNullException>(() => scale.Resolve((Descriptives)null!)).ParamName);
        Assert.Equal("population", Assert.Throws<ArgumentNullException>(() => Cutoff.Percentile(75).Resolve(null!)).ParamName);
    }
}

/// <summary>Proportional points do not depend on how the scale's zero is written (<c>0</c> or <c>0.0</c>).</summary>
public class ProportionalZeroTests
{
    private static ProportionalScale Scale(decimal zeroAt) =>
        (ProportionalScale)Rubric.Create("zero").AddArea("C", "다", "C", a => a.AddIndicator("C1", "실적", "Caseload", 2.5m, i => i
            .Reads(Measure.CasesPerCaseManager).Proportional(zeroAt, 7.5m).WithProvenance(Provenance.FromAssumption("test")))).Build().Indicator("C1").Scale;

    [Fact]
    public void PointsFor_AZeroWrittenWithADecimal_GivesThePointsAsPrintedForAWholeZero()
    {
        // 2.5 × 6 ÷ 7.5 = 2, for a value and for the quotient 12 ÷ 2.
        Assert.Equal("2", Scale(0m).PointsFor(6).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2", Scale(0.0m).PointsFor(6).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2", Scale(0.0m).PointsFor(new Quotient(12, 2), 2.5m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(Scale(0m).PointsFor(new Quotient(12, 2), 2.5m).ToString(CultureInfo.InvariantCulture), Scale(0.0m).PointsFor(new Quotient(12, 2), 2.5m).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PointsFor_TheZeroValueItself_IsNoPoints()
    {
        Assert.Equal(0m, Scale(0m).PointsFor(0));
        Assert.Equal(0m, Scale(0m).PointsFor(new Quotient(0, 3), 2.5m));
        Assert.Equal(2.5m, Scale(0m).PointsFor(7.5m));

        // At either end the points are the maximum's (2.5) times 0 or 1, in the maximum's decimals whatever the value's.
        Assert.Equal("0.0", Scale(0m).PointsFor(0.000m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("2.5", Scale(0m).PointsFor(7.500m).ToString(CultureInfo.InvariantCulture));
    }
}

/// <summary>Null arguments of the JSON reader and writer and of the diff are refused by name, before anything is read or written.</summary>
public class RubricArgumentTests
{
    private static Rubric Small() => Rubric.Create("small").AddArea("C", "다", "C", a => a.AddIndicator("C1", "실적", "Caseload", 10, i => i
        .Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Provenance.FromAssumption("test")))).Build();

    [Fact]
    public void RubricJson_NullArguments_AreRefusedByName()
    {
        var json = RubricJson.Serialize(Small());
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal("rubric", Assert.Throws<ArgumentNullException>(() => RubricJson.Serialize(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => RubricJson.Deserialize(null!)).ParamName);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => RubricJson.Deserialize(json, null!)).ParamName);
        Assert.Equal("stream", Assert.Throws<ArgumentNullException>(() => RubricJson.Load(null!, "r.json")).ParamName);
        Assert.Equal("sourceName", Assert.Throws<ArgumentNullException>(() => RubricJson.Load(stream, null!)).ParamName);
        Assert.Equal("rubric", Assert.Throws<ArgumentNullException>(() => RubricJson.Save(null!, "")).ParamName);
    }

    [Fact]
    public void RubricJson_AnEmptyPath_IsRefusedAsEmpty()
    {
        Assert.Equal("Required input path was empty. (Parameter 'path')", Assert.Throws<ArgumentException>(() => RubricJson.LoadFile("")).Message);
        Assert.Equal("Required input path was empty. (Parameter 'path')", Assert.Throws<ArgumentException>(() => RubricJson.Save(Small(), "")).Message);
    }

    [Fact]
    public void RubricDiff_NullArguments_AreRefusedByName()
    {
        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => RubricDiff.Compare(null!, Small())).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => RubricDiff.Compare(Small(), null!)).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => RubricDiff.Format(null!)).ParamName);
    }
}

/// <summary>What the canonical JSON writes for scales that are missing or odd, and what the reader assumes when a flag is left out.</summary>
public class RubricJsonDetailTests
{
    private static readonly Provenance Assumed = Provenance.FromAssumption("test");

    private static JsonNode Indicator(string json, int index) => JsonNode.Parse(json)!["areas"]![0]!["indicators"]![index]!;

    [Fact]
    public void AMissingScale_IsWrittenNull_ButAnUnspecifiedScalePrintedNoScale_IsWrittenAsUnspecified()
    {
        // X1 and X2 chose no scale (accepted as warnings), X3 is printed "no scale" in the report.
        var rubric = Rubric.Create("missing").AcceptAsWarnings(RubricProblemKind.InvalidScale, RubricProblemKind.UnspecifiedScale).AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "X1", "X1", 3, i => i.Reads(Measure.CasesPerCaseManager))
                .AddIndicator("X2", "X2", "X2", 3, i => i.Reads(Measure.CasesPerCaseManager)
                    .ForGroup("County", g => g.WithMaximumPoints(2)))
                .AddIndicator("X3", "X3", "X3", 3, i => i.Unspecified("no scale").WithProvenance(Assumed)))
            .Build();

        var json = RubricJson.Serialize(rubric);

        Assert.Null(Indicator(json, 0)["scale"]);
        Assert.Null(Indicator(json, 1)["scale"]);
        Assert.Null(Indicator(json, 1)["groupOverrides"]![0]!["scale"]);
        Assert.Equal("""{"kind":"unspecified","provenance":"assumption: test","printed":"no scale"}""", Indicator(json, 2)["scale"]!.ToJsonString());
        Assert.Equal(rubric.Warnings.Select(w => w.ToString()), RubricJson.Deserialize(json).Warnings.Select(w => w.Unplaced.ToString()));
    }

    [Fact]
    public void AnUnspecifiedScalePrintedNoScale_IsWrittenAsUnspecified_BesideAnotherScaleProblemOfItsCode()
    {
        // Two indicators coded X1 (accepted as warnings): the first printed "no scale", the second with bands but no
        // measure. The second's problem is not a missing scale, so the first is still written as printed.
        var rubric = Rubric.Create("same code")
            .AcceptAsWarnings(RubricProblemKind.DuplicateCode, RubricProblemKind.InvalidScale, RubricProblemKind.UnspecifiedScale)
            .AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "X1", "X1", 3, i => i.Unspecified("no scale").WithProvenance(Assumed))
                .AddIndicator("X1", "X1", "X1", 3, i => i.WithBands(b => b.Band(3, BandRange.AtLeast(1)).Otherwise(0)).WithProvenance(Assumed)))
            .Build();

        Assert.Equal("""{"kind":"unspecified","provenance":"assumption: test","printed":"no scale"}""", Indicator(RubricJson.Serialize(rubric), 0)["scale"]!.ToJsonString());
    }

    [Fact]
    public void ABandWhoseOnlyRangeIsRefused_IsWrittenWithAnEmptyIntervalList()
    {
        // The reversed range [50, 30) is accepted as a warning; the band keeps no interval.
        var rubric = Rubric.Create("empty band").AcceptAsWarnings(RubricProblemKind.BoundsOutOfOrder).AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "X1", "X1", 3, i => i.Reads(Measure.CasesPerCaseManager).WithBands(b => b.Band(1, BandRange.From(50).To(30)).Otherwise(3)).WithProvenance(Assumed)))
            .Build();

        Assert.Contains("\"intervals\": []\n", RubricJson.Serialize(rubric), StringComparison.Ordinal);
    }

    [Fact]
    public void ANestedExpression_IsIndentedTwoSpacesPerLevel()
    {
        var rubric = Rubric.Create("nested").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "X1", "X1", 3, i => i.Reads(Ratio(Sum(Field(Measure.ServiceLinkages), Constant(1)), Field(Measure.CasesManaged))).Proportional(0, 2).WithProvenance(Assumed)))
            .Build();

        var json = RubricJson.Serialize(rubric);

        Assert.Contains(
            """
                      "measure": {
                        "op": "ratio",
                        "terms": [
                          {
                            "op": "sum",
                            "terms": [
                              { "field": "ServiceLinkages", "target": "value" },
                              { "constant": 1 }
                            ]
                          },
                          { "field": "CasesManaged", "target": "value" }
                        ]
                      },
            """.ReplaceLineEndings("\n"),
            json,
            StringComparison.Ordinal);
        Assert.Equal(rubric.Indicator("X1").Measure, RubricJson.Deserialize(json).Indicator("X1").Measure);
    }

    [Fact]
    public void CategoriesWithAnOtherwiseBand_AndPopulationBandsOfEveryValue_AreReadBackAsWritten()
    {
        var rubric = Rubric.Create("kinds").AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "X1", "X1", 4, i => i.Reads(Measure.CasesPerCaseManager)
                    .WithCategories(c => c.Category("적정", 4, BandRange.From(30).To(50)).Otherwise(1)).WithProvenance(Assumed))
                .AddIndicator("X2", "X2", "X2", 3, i => i.Reads(Measure.CasesPerCaseManager)
                    .WithPopulationBands(p => p.Band(3, CutoffRange.Any)).WithProvenance(Assumed)))
            .Build();

        var read = RubricJson.Deserialize(RubricJson.Serialize(rubric));

        Assert.Empty(RubricDiff.Compare(rubric, read));
        Assert.Equal(1m, ((BandScale)read.Indicator("X1").Scale).OtherwisePoints);
        Assert.Equal("(-∞, ∞)", ((PopulationBandScale)read.Indicator("X2").Scale).Bands.Single().Range.ToString());
    }

    [Fact]
    public void PopulationBand_WithoutInclusiveFlags_IncludesItsLowerCutOffAndNotItsUpper()
    {
        var rubric = Rubric.Create("flags").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "X1", "X1", 3, i => i.Reads(Measure.CasesPerCaseManager)
                .WithPopulationBands(p => p.Band(3, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Otherwise(0)).WithProvenance(Assumed)))
            .Build();
        var json = JsonNode.Parse(RubricJson.Serialize(rubric))!;
        var band = json["areas"]![0]!["indicators"]![0]!["scale"]!["bands"]![0]!.AsObject();
        band.Remove("lowerInclusive");
        band.Remove("upperInclusive");

        var read = RubricJson.Deserialize(json.ToJsonString());

        Assert.Equal("[P25, P75)", ((PopulationBandScale)read.Indicator("X1").Scale).Bands.Single().Range.ToString());
    }
}

/// <summary>Diff wording of changes from or to nothing (no measure, no provenance, the indicator's maximum, the rubric's
/// missing-data policy), of population band edges, and of criteria that share a label.</summary>
public class RubricDiffDetailTests
{
    private static readonly Provenance Assumed = Provenance.FromAssumption("test");

    private static Rubric One(Action<IndicatorBuilder> configure, params RubricProblemKind[] accepted) =>
        Rubric.Create("diff").AcceptAsWarnings(accepted).AddArea("A", "가", "A", a => a.AddIndicator("A1", "가1", "A1", 4, configure)).Build();

    private static List<string> Lines(Rubric before, Rubric after) => [.. RubricDiff.Compare(before, after).Select(c => c.ToString())];

    [Fact]
    public void Compare_AMeasureAddedOrRemoved_SaysNone()
    {
        var checklist = One(i => i.WithChecklist(c => c.Criterion("x", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1)).PointsByCriteriaMet(0, 4)).WithProvenance(Assumed));
        var proportional = One(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Assumed));

        Assert.Contains("A1: measure none → CasesPerCaseManager", Lines(checklist, proportional));
        Assert.Contains("A1: measure CasesPerCaseManager → none", Lines(proportional, checklist));
    }

    [Fact]
    public void Compare_BackToTheRubricDefaults_SaysSo()
    {
        var own = One(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Assumed).WithMissingData(MissingDataPolicy.ScoreZero)
            .ForGroup("County", g => g.WithMaximumPoints(3).Proportional(0, 40).WithProvenance(Assumed)));
        var defaults = One(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Assumed)
            .ForGroup("County", g => g.Proportional(0, 40).WithProvenance(Assumed)));

        Assert.Equal(["A1: missing data ScoreZero → rubric default", "A1 [County]: maximum 3 → indicator's"], Lines(own, defaults));
    }

    [Fact]
    public void Compare_AScaleProvenanceAddedOrRemoved_SaysNone()
    {
        var without = One(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 40), RubricProblemKind.MissingProvenance);
        var with = One(i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 40).WithProvenance(Assumed));

        Assert.Contains("A1: scale provenance none → assumption: test", Lines(without, with));
        Assert.Contains("A1: scale provenance assumption: test → none", Lines(with, without));
    }

    [Fact]
    public void Compare_PopulationBandsOpenBelow_PrintTheOpenSide()
    {
        Rubric Population(decimal points) => One(i => i.Reads(Measure.CasesPerCaseManager)
            .WithPopulationBands(p => p.Band(4, CutoffRange.AtLeast(Cutoff.Percentile(75))).Band(points, CutoffRange.Below(Cutoff.Percentile(25))).Otherwise(2))
            .WithProvenance(Assumed));

        Assert.Equal(["A1: band (-∞, P25) points 1 → 0"], Lines(Population(1), Population(0)));
    }

    [Fact]
    public void Compare_ARubricWithCriteriaOfOneLabel_WithItself_FindsNoChange()
    {
        var rubric = One(i => i.WithChecklist(c => c
                .Criterion("x", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1))
                .Criterion("x", Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                .PointsByCriteriaMet(0, 2, 4))
            .WithProvenance(Assumed));

        Assert.Empty(RubricDiff.Compare(rubric, One(i => i.WithChecklist(c => c
                .Criterion("x", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1))
                .Criterion("x", Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                .PointsByCriteriaMet(0, 2, 4))
            .WithProvenance(Assumed))));
    }
}
