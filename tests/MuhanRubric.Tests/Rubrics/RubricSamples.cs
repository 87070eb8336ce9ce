using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

using static MuhanRubric.Measures.MeasureExpression;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>Small rubrics built with the DSL, shared by the JSON and diff tests.</summary>
internal static class RubricSamples
{
    /// <summary>
    /// Every scale kind (bands, ordinal, checklist, proportional, population bands, unspecified), derived measures,
    /// group overrides for a built-in and a declared group, not-applicable, excluded, and accepted warnings.
    /// </summary>
    public static Rubric Everything() => Rubric.Create("무한돌봄 평가 (sample)")
        .WithDescription("A small rubric with every feature of the format")
        .WithDeclaredTotal(40)
        .WithMissingData(MissingDataPolicy.ScoreZero)
        .WithPointsDecimals(1)
        .AddGroup("Coastal", Municipality.Siheung, Municipality.Ansan, Municipality.Hwaseong)
        .AcceptAsWarnings(RubricProblemKind.RubricTotalMismatch, RubricProblemKind.UnspecifiedScale)
        .AddArea("B", "인력의 전문성 및 안정성", "Staff expertise and stability", area => area
            .WithDeclaredPoints(7.50m)
            .AddIndicator("B1", "센터장의 전문성", "Center head's expertise", 3, indicator => indicator
                .WithPointsProvenance(Provenance.FromTable("Ⅲ-3", 29))
                .WithChecklist(checklist => checklist
                    .Criterion("사회복지업무 3년 이상 경험자", Field(Measure.CenterHeadExperienced), BandRange.AtLeast(1))
                    .Criterion("담당 분야 자격증 소지자", Field(Measure.CenterHeadCertified), BandRange.AtLeast(1))
                    .Criterion("누적 교육이수시간 50시간 이상", Field(Measure.CenterHeadTrained), BandRange.Above(0.5))
                    .PointsByCriteriaMet(0, 1, 2, 3))
                .WithProvenance(Provenance.FromTable("Ⅲ-3", 31)))
            .AddIndicator("B7", "처우", "Employment conditions", 2.50m, indicator => indicator
                .Reads(Measure.PrivateCaseManagersRegular, ValuePart.Percent)
                .WithMissingData(MissingDataPolicy.Fail)
                .Proportional(0, 100)
                .WithProvenance(Provenance.FromAssumption("linear share of regular staff")))
            .AddIndicator("B4", "공무원 교육", "Officials' training", 2, indicator => indicator
                .Reads(Measure.OfficialTrainingHoursPerCapita)
                .Unspecified("구체적 기준 없음")
                .WithProvenance(Provenance.FromPage(31))
                .Excluded("the report prints no scale")))
        .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
            .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
                .Reads(Measure.CasesPerCaseManager)
                .WithBands(bands => bands
                    .Band(10, BandRange.From(30).To(50))
                    .Band(8, BandRange.From(25).To(30), BandRange.From(50).To(55))
                    .Band(5, BandRange.From(20.5).To(25), BandRange.From(55).Through(60))
                    .Otherwise(2))
                .WithProvenance(Provenance.FromTable("Ⅲ-3", 32))
                .WithPointsProvenance(Provenance.FromTable("Ⅲ-3", 29))
                .ForGroup("County", county => county
                    .WithMaximumPoints(8)
                    .WithBands(bands => bands.Band(8, BandRange.From(20).To(40)).Otherwise(1))
                    .WithProvenance(Provenance.FromAssumption("smaller caseloads in counties")))
                .ForGroup("Coastal", coastal => coastal
                    .WithPopulationBands(bands => bands.Band(10, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75))).Otherwise(4)).WithProvenance(Provenance.FromAssumption("test"))))
            .AddIndicator("C2", "사례회의", "Case conferences", 3, indicator => indicator
                .Reads(Measure.CaseConferencesPerCase)
                .WithCategories(categories => categories
                    .Category("① 1회 미만", 1, BandRange.Below(1))
                    .Category("② 1회 이상~2회 미만", 2, BandRange.From(1).To(2))
                    .Category("③ 2회 이상", 3, BandRange.From(2))).WithProvenance(Provenance.FromAssumption("test"))
                .NotApplicableFor("no network team", Municipality.Yeoncheon, Municipality.Gapyeong))
            .AddIndicator("C3", "서비스 연계", "Service linkage", 10, indicator => indicator
                .Reads(Ratio(Field(Measure.ServiceLinkages), Field(Measure.CasesManaged)))
                .WithPopulationBands(bands => bands
                    .WithQuantileDefinition(QuantileConventions.Excel)
                    .Band(10, CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75)))
                    .Band(5, CutoffRange.From(Cutoff.MeanPlusStandardDeviations(-1)).To(Cutoff.Percentile(25)))
                    .Band(5, CutoffRange.Above(Cutoff.Percentile(75)).To(Cutoff.MeanTimes(1.5m)))
                    .Band(3, CutoffRange.AtMost(Cutoff.Fixed(0.25m)))
                    .Otherwise(0))
                .WithProvenance(Provenance.FromAssumption("population bands as in the report's p.124 proposal")))
            .AddIndicator("C4", "종합", "Composite", 5, indicator => indicator
                .Reads(Average(Sum(Field(Measure.CasesManaged), Field(Measure.ServiceLinkages)), Difference(Field(Measure.CasesManaged), Constant(3.50m))))
                .WithBands(bands => bands.Band(5, BandRange.AtLeast(100)).Band(0, BandRange.Below(100))).WithProvenance(Provenance.FromAssumption("test"))))
        .Build();

    /// <summary>Four indicators (A2, B4, C1, C3) adding up to 100 points, no declared total: the base of the diff examples.</summary>
    public static Rubric DiffBase() => DiffBaseBuilder().Build();

    /// <summary>The builder of <see cref="DiffBase"/>, for variants.</summary>
    public static RubricBuilder DiffBaseBuilder() => Rubric.Create("diff base")
        .AddArea("A", "운영관리", "Operations management", area => area
            .AddIndicator("A2", "업무협력 만족도", "Cooperation satisfaction", 20, indicator => indicator
                .Reads(Measure.CooperationSatisfaction)
                .Proportional(1, 5).WithProvenance(Provenance.FromAssumption("test"))))
        .AddArea("B", "인력의 전문성 및 안정성", "Staff expertise and stability", area => area
            .AddIndicator("B4", "공무원 교육", "Officials' training", 30, indicator => indicator
                .Reads(Measure.OfficialTrainingHoursPerCapita)
                .WithBands(bands => bands.Band(30, BandRange.AtLeast(10)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))))
        .AddArea("C", "무한돌봄 통합사례관리", "Integrated case management", area => area
            .AddIndicator("C1", "통합사례관리 실적", "Caseload", 10, indicator => indicator
                .Reads(Measure.CasesPerCaseManager)
                .WithBands(bands => bands
                    .Band(10, BandRange.From(30).To(50))
                    .Band(5, BandRange.From(50).To(70))
                    .Otherwise(2)).WithProvenance(Provenance.FromAssumption("test")))
            .AddIndicator("C3", "서비스 연계", "Service linkage", 40, indicator => indicator
                .Reads(Measure.ServiceLinkagesPerCase)
                .WithBands(bands => bands.Band(40, BandRange.AtLeast(2)).Otherwise(0)).WithProvenance(Provenance.FromAssumption("test"))));
}
