using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

using static MuhanRubric.Measures.MeasureExpression;

namespace MuhanRubric.Tests.Rubrics;

public class RubricDiffTests
{
    private static string Diff(Rubric before, Rubric after) => RubricDiff.Format(RubricDiff.Compare(before, after));

    [Fact]
    public void Compare_SameDefinition_IsEmpty()
    {
        Assert.Empty(RubricDiff.Compare(RubricSamples.Everything(), RubricSamples.Everything()));
        Assert.Empty(RubricDiff.Compare(RubricSamples.DiffBase(), RubricSamples.DiffBase().ToBuilder().Build()));
        Assert.Equal(string.Empty, RubricDiff.Format([]));
    }

    [Fact]
    public void Compare_MovedBandEdges_ReadAsIntervalChange()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C1", i => i.WithBands(b => b.Band(10, BandRange.From(20).To(40)).Band(5, BandRange.From(50).To(70)).Otherwise(2)).WithProvenance(Provenance.FromAssumption("test")))
            .Build();

        var change = Assert.Single(RubricDiff.Compare(RubricSamples.DiffBase(), after));

        Assert.Equal(new RubricChange("C1", RubricChangeKind.ScaleChanged, "C1: band [30, 50) → [20, 40)"), change);
    }

    [Fact]
    public void Compare_RemovedBand_NamesItsPointsAndIntervals()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C1", i => i.WithBands(b => b.Band(5, BandRange.From(50).To(70)).Otherwise(2)).WithProvenance(Provenance.FromAssumption("test")))
            .Build();

        // Without its 10-point band C1 can no longer reach its maximum: the rubric says so in a warning.
        Assert.Equal("rubric: warning added: C1: no band reaches the maximum of 10 points: the best gives 5\nC1: band 10 for [30, 50) removed\n", Diff(RubricSamples.DiffBase(), after));
    }

    [Fact]
    public void Compare_RemovedIndicator_IsOneLine()
    {
        var after = RubricSamples.DiffBase().ToBuilder().RemoveIndicator("B4").Build();

        var change = Assert.Single(RubricDiff.Compare(RubricSamples.DiffBase(), after));

        Assert.Equal(new RubricChange("B4", RubricChangeKind.IndicatorRemoved, "B4 removed"), change);
    }

    [Fact]
    public void Compare_ChangedPoints_IsOneLine()
    {
        var after = RubricSamples.DiffBase().ToBuilder().Indicator("A2", i => i.WithMaximumPoints(15)).Build();

        var change = Assert.Single(RubricDiff.Compare(RubricSamples.DiffBase(), after));

        Assert.Equal(new RubricChange("A2", RubricChangeKind.PointsChanged, "A2 points 20 → 15"), change);
    }

    [Fact]
    public void Compare_DerivedMeasure_ShowsTheExpression()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C3", i => i.Reads(Ratio(Field(Measure.ServiceLinkages), Field(Measure.CasesManaged))))
            .Build();

        var change = Assert.Single(RubricDiff.Compare(RubricSamples.DiffBase(), after));

        Assert.Equal(new RubricChange("C3", RubricChangeKind.MeasureChanged, "C3: measure ServiceLinkagesPerCase → (ServiceLinkages / CasesManaged)"), change);
    }

    [Fact]
    public void Compare_OtherScaleKind_DescribesTheWholeNewScale()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C1", i => i.WithPopulationBands(b => b.Band(10, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Otherwise(5)).WithProvenance(Provenance.FromAssumption("test")))
            .Build();

        Assert.Equal("C1: scale Bands → PopulationBands: 10 for [P25, P75]; otherwise 5 (R6)\n", Diff(RubricSamples.DiffBase(), after));
    }

    [Fact]
    public void Compare_DeclaredTotal_IsARubricChange()
    {
        var before = RubricSamples.DiffBaseBuilder().WithDeclaredTotal(100).Build();
        var after = before.ToBuilder().WithDeclaredTotal(98).Indicator("A2", i => i.WithMaximumPoints(18)).Build();

        var changes = RubricDiff.Compare(before, after);

        Assert.Equal(
            [
                new RubricChange("rubric", RubricChangeKind.RubricChanged, "rubric: declared total 100 → 98"),
                new RubricChange("A2", RubricChangeKind.PointsChanged, "A2 points 20 → 18"),
            ],
            changes);
    }

    [Fact]
    public void Compare_AddedGroupOverride_DescribesItsScale()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C1", i => i.ForGroup("County", g => g
                .WithMaximumPoints(8)
                .WithBands(b => b.Band(8, BandRange.From(20).To(40)).Otherwise(1)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();

        var change = Assert.Single(RubricDiff.Compare(RubricSamples.DiffBase(), after));

        Assert.Equal(RubricChangeKind.GroupOverrideChanged, change.Kind);
        Assert.Equal("C1", change.Code);
        Assert.Equal("C1 [County]: group override added (maximum 8): Bands: 8 for [20, 40); otherwise 1", change.Description);
    }

    [Fact]
    public void Compare_AddedIndicator_DescribesPointsAndScale()
    {
        var after = RubricSamples.DiffBase().ToBuilder()
            .Area("C", a => a.AddIndicator("C2", "사례회의", "Case conferences", 5, i => i
                .Reads(Measure.CaseConferencesPerCase)
                .WithBands(b => b.Band(5, BandRange.AtLeast(1)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();

        Assert.Equal("C2 added: 5 pts, Bands: 5 for [1, ∞); otherwise 0\n", Diff(RubricSamples.DiffBase(), after));
    }

    [Fact]
    public void Compare_ExclusionBandOrderAndRemovedOverride_AreReportedBothWays()
    {
        var before = RubricSamples.DiffBase().ToBuilder()
            .Indicator("C1", i => i.ForGroup("County", g => g.WithBands(b => b.Band(10, BandRange.AtLeast(20)).Otherwise(2)).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();
        var after = RubricSamples.DiffBase().ToBuilder()
            .Indicator("B4", i => i.Excluded("no data for 2016"))
            .Indicator("C1", i => i.WithBands(b => b.Band(5, BandRange.From(50).To(70)).Band(10, BandRange.From(30).To(50)).Otherwise(2)).WithProvenance(Provenance.FromAssumption("test")))
            .Build();

        Assert.Equal(
            """
            B4: excluded (no data for 2016)
            C1: bands reordered: 10, 5 → 5, 10
            C1 [County]: group override removed
            """ + "\n",
            Diff(before, after));
        Assert.Equal(
            """
            B4: no longer excluded (was: no data for 2016)
            C1: bands reordered: 5, 10 → 10, 5
            C1 [County]: group override added: Bands: 10 for [20, ∞); otherwise 2
            """ + "\n",
            Diff(after, before));
        Assert.Equal(
            [RubricChangeKind.ExclusionChanged, RubricChangeKind.ScaleChanged, RubricChangeKind.GroupOverrideChanged],
            RubricDiff.Compare(before, after).Select(c => c.Kind));
    }

    [Fact]
    public void Compare_ManyChanges_ListsEachInOrder()
    {
        var before = RubricSamples.Everything();
        var after = before.ToBuilder()
            .WithName("무한돌봄 평가 (variant)")
            .WithDescription(null)
            .WithMissingData(MissingDataPolicy.ExcludeAndRescale)
            .WithPointsDecimals(2)
            .AddGroup("Border", Municipality.Paju, Municipality.Yeoncheon)
            .RemoveIndicator("C4")
            .AddArea("D", "지역사회 연계", "Community linkage", a => a
                .AddIndicator("D1", "서비스 연계", "Service linkage", 5, i => i
                    .Reads(Measure.ServiceLinkages)
                    .Proportional(0, 1000).WithProvenance(Provenance.FromAssumption("test")))
                .AddIndicator("C4", "종합", "Composite score", 5, i => i
                    .Reads(Average(Sum(Field(Measure.CasesManaged), Field(Measure.ServiceLinkages)), Difference(Field(Measure.CasesManaged), Constant(3.50m))))
                    .WithBands(b => b.Band(5, BandRange.AtLeast(100)).Band(0, BandRange.Below(100))).WithProvenance(Provenance.FromAssumption("test"))))
            .Area("B", a => a.WithDeclaredPoints(null))
            .Indicator("B1", i => i
                .WithChecklist(c => c
                    .Criterion("사회복지업무 3년 이상 경험자", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(2))
                    .Criterion("담당 분야 자격증 소지자", Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                    .PointsByCriteriaMet(0, 2, 3))
                .WithProvenance(Provenance.FromTable("Ⅲ-3", 31)))
            .Indicator("B7", i => i.Proportional(10, 100).WithProvenance(Provenance.FromAssumption("linear share of regular staff")))
            .Indicator("B4", i => i.Unspecified("기준 미제시").WithProvenance(Provenance.FromPage(32)).Excluded("no scale printed"))
            .Indicator("C1", i => i
                .WithPointsProvenance(Provenance.FromTable("Ⅲ-3", 30))
                .WithMissingData(MissingDataPolicy.ScoreZero)
                .NotApplicableFor("no network team", Municipality.Gapyeong)
                .ForGroup("County", g => g
                    .WithMaximumPoints(10)
                    .WithBands(b => b.Band(8, BandRange.From(20).To(45)).Otherwise(1))
                    .WithProvenance(Provenance.FromAssumption("smaller caseloads in counties"))))
            .Indicator("C2", i => i.WithCategories(c => c
                .Category("① 1회 미만", 1, BandRange.Below(1))
                .Category("② 1회 이상", 3, BandRange.AtLeast(1))).WithProvenance(Provenance.FromAssumption("test")))
            .Indicator("C3", i => i
                .WithPopulationBands(b => b
                    .Band(10, CutoffRange.From(Cutoff.Percentile(20)).Through(Cutoff.Percentile(80)))
                    .Band(5, CutoffRange.From(Cutoff.MeanPlusStandardDeviations(-1)).To(Cutoff.Percentile(20)))
                    .Band(3, CutoffRange.AtMost(Cutoff.Fixed(0.25m)))
                    .Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("population bands as in the report's p.124 proposal")))
            .Build();

        Assert.Equal(
            """
            rubric: name '무한돌봄 평가 (sample)' → '무한돌봄 평가 (variant)'
            rubric: description 'A small rubric with every feature of the format' → none
            rubric: missing data ScoreZero → ExcludeAndRescale
            rubric: points decimals 1 → 2
            rubric: group Border added: Paju, Yeoncheon
            rubric: warning added: C1 [County]: no band reaches the maximum of 10 points: the best gives 8
            rubric: warning added: rubric: indicators add up to 40.50 points, but the rubric declares 40
            rubric: warning removed: rubric: indicators add up to 35.50 points, but the rubric declares 40
            area B: declared points 7.50 → none
            area D added
            B1: criterion «사회복지업무 3년 이상 경험자»: CenterHeadExperienced in [1, ∞) → CenterHeadExperienced in [2, ∞)
            B1: criterion removed: CenterHeadTrained in (0.5, ∞) «누적 교육이수시간 50시간 이상»
            B1: points by criteria met [0, 1, 2, 3] → [0, 2, 3]
            B7: zero at 0 → 10
            B4: exclusion reason 'the report prints no scale' → 'no scale printed'
            B4: unspecified scale printed '구체적 기준 없음' → '기준 미제시'
            B4: scale provenance p.31 → p.32
            C1: points provenance 표 Ⅲ-3 p.29 → 표 Ⅲ-3 p.30
            C1: missing data rubric default → ScoreZero
            C1: not applicable none → Gapyeong (no network team)
            C1 [County]: maximum 8 → 10
            C1 [County]: band [20, 40) → [20, 45)
            C1: group overrides reordered: County, Coastal → Coastal, County
            C2: band [2, ∞) → [1, ∞)
            C2: band 3 label «③ 2회 이상» → «② 1회 이상»
            C2: band 2 for [1, 2) «② 1회 이상~2회 미만» removed
            C3: quantile definition R7 → R6
            C3: band [P25, P75] → [P20, P80]
            C3: band [mean-1SD, P25) → [mean-1SD, P20)
            C3: band 5 for (P75, 1.5×mean) removed
            D1 added: 5 pts, Proportional: 0 at 0, 5 at 1000, linear, clamped
            C4 moved from area C to area D
            C4: English name 'Composite' → 'Composite score'
            """ + "\n",
            Diff(before, after));

        var backwards = RubricDiff.Compare(after, before);
        Assert.Contains(new RubricChange("D", RubricChangeKind.AreaRemoved, "area D removed"), backwards);
        Assert.Contains(new RubricChange("D1", RubricChangeKind.IndicatorRemoved, "D1 removed"), backwards);
        Assert.Contains(new RubricChange("C4", RubricChangeKind.AreaChanged, "C4 moved from area D to area C"), backwards);
        Assert.Contains(new RubricChange("C1", RubricChangeKind.NotApplicableChanged, "C1: not applicable Gapyeong (no network team) → none"), backwards);
        Assert.Contains(new RubricChange("B4", RubricChangeKind.ExclusionChanged, "B4: exclusion reason 'no scale printed' → 'the report prints no scale'"), backwards);
        Assert.Contains(new RubricChange("C2", RubricChangeKind.ScaleChanged, "C2: band 2 for [1, 2) «② 1회 이상~2회 미만» added"), backwards);
    }

    [Fact]
    public void Format_OneLinePerChange()
    {
        IReadOnlyList<RubricChange> changes =
        [
            new("B4", RubricChangeKind.IndicatorRemoved, "B4 removed"),
            new("A2", RubricChangeKind.PointsChanged, "A2 points 20 → 15"),
        ];

        Assert.Equal("B4 removed\nA2 points 20 → 15\n", RubricDiff.Format(changes));
    }
}

/// <summary>
/// One diff with a change of every kind the diff words (groups removed, regrouped and reordered; areas renamed and
/// reordered; indicators renamed, reordered, reading another measure, another missing-data policy; a proportional
/// scale's full value and provenance; a group override's maximum; a checklist's criteria added and reordered; a
/// category's label), each line stated: written for the diff's surviving mutants.
/// </summary>
public class RubricDiffWordingTests
{
    private static Rubric Build(bool after)
    {
        var assumed = Provenance.FromAssumption("test");
        var builder = Rubric.Create("wording");
        foreach (var group in after ? new[] { "Hills", "Coast" } : ["Coast", "Inland", "Hills"])
        {
            _ = group switch
            {
                "Coast" => builder.AddGroup("Coast", after ? [Municipality.Ansan] : [Municipality.Ansan, Municipality.Siheung]),
                "Inland" => builder.AddGroup("Inland", Municipality.Icheon),
                _ => builder.AddGroup("Hills", Municipality.Gapyeong),
            };
        }

        void AreaA(AreaBuilder a)
        {
            void A1(AreaBuilder x) => x.AddIndicator("A1", "점검", "Checks", 2, i =>
            {
                i.WithChecklist(c =>
                {
                    var x1 = ("x", Field(Measure.CenterHeadExperienced));
                    var y1 = ("y", Field(Measure.CenterHeadCertified));
                    foreach (var (label, expression) in after ? new[] { y1, x1, ("z", Field(Measure.CenterHeadTrained)) } : [x1, y1])
                    {
                        c.Criterion(label, expression, BandRange.AtLeast(1));
                    }

                    c.PointsByCriteriaMet(after ? [0, 0.5m, 1, 2] : [0, 1, 2]);
                }).WithProvenance(assumed);
            });
            void A2(AreaBuilder x) => x.AddIndicator("A2", after ? "만족도 평균" : "만족도", "Satisfaction", 5, i =>
            {
                i.Reads(after ? Measure.CooperationSatisfaction : Measure.ExternalSupportSessions).Proportional(0, after ? 6 : 5)
                    .WithProvenance(after ? Provenance.FromAssumption("rescaled") : assumed);
                if (after)
                {
                    i.WithMissingData(MissingDataPolicy.ScoreZero);
                }
            });
            if (after)
            {
                A2(a);
                A1(a);
            }
            else
            {
                A1(a);
                A2(a);
            }
        }

        void AreaB(AreaBuilder b) => b.AddIndicator("B1", "사례", "Caseload", 4, i => i
            .Reads(Measure.CasesPerCaseManager)
            .WithCategories(c => c.Category(after ? "최적" : "적정", 4, BandRange.From(30).To(50)).Otherwise(1)).WithProvenance(assumed)
            .ForGroup("Coast", g => g.WithMaximumPoints(after ? 3 : null).WithCategories(c => c.Category("적정", 3, BandRange.From(30).To(50)).Otherwise(after ? 0 : 1)).WithProvenance(assumed)));

        foreach (var area in after ? new[] { "B", "A" } : ["A", "B"])
        {
            builder = area == "A"
                ? builder.AddArea("A", after ? "가가" : "가", after ? "AA" : "A", AreaA)
                : builder.AddArea("B", "나", "B", AreaB);
        }

        return builder.Build();
    }

    [Fact]
    public void Compare_EveryKindOfChange_IsWordedAsStated()
    {
        var lines = RubricDiff.Compare(Build(after: false), Build(after: true)).Select(c => c.ToString()).ToList();

        Assert.Equal(
            [
                "rubric: group Coast members Ansan, Siheung → Ansan",
                "rubric: group Inland removed",
                "rubric: groups reordered: Coast, Hills → Hills, Coast",
                "rubric: warning removed: B1 [Coast]: no band reaches the maximum of 4 points: the best gives 3",
                "area A: Korean name '가' → '가가'",
                "area A: English name 'A' → 'AA'",
                "area A: indicators reordered: A1, A2 → A2, A1",
                "rubric: areas reordered: A, B → B, A",
                "B1: band 4 label «적정» → «최적»",
                "B1 [Coast]: maximum indicator's → 3",
                "B1 [Coast]: otherwise 1 → 0",
                "A2: Korean name '만족도' → '만족도 평균'",
                "A2: measure ExternalSupportSessions → CooperationSatisfaction",
                "A2: missing data rubric default → ScoreZero",
                "A2: full at 5 → 6",
                "A2: scale provenance assumption: test → assumption: rescaled",
                "A1: criterion added: CenterHeadTrained in [1, ∞) «z»",
                "A1: criteria reordered: «x», «y» → «y», «x»",
                "A1: points by criteria met [0, 1, 2] → [0, 0.5, 1, 2]",
            ],
            lines);
    }
}
