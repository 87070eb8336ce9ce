using System.Globalization;
using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Measurements;
using Snapshooter;
using Snapshooter.Xunit;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>
/// The reference rubric on the 2016 data, in numbers a person can check against the report: every 시군's subtotals,
/// total, maximum, normalized total and rank as a table in this file; each indicator's points summed over the 31; the
/// frozen cut-offs; and, as small snapshots, one score card per concern (a city, a county, 과천 with indicators that
/// do not apply and a blank, 연천) and the warnings. A changed number fails here with the number, not with a diff of
/// a 140 KB file that regenerating would accept.
/// </summary>
public class Reference2016ScoreTests
{
    // Scored in each test, not once for the class: mutation testing attributes the code a test runs to that test.
    private static ScoringResult Score() => Rubrics2016.Reference.Score(Evaluation2016.Measurements);

    /// <summary>Unit, A, B, C, total, maximum, normalized total, rank: the reference rubric's rank table.</summary>
    public static TheoryData<string, decimal, decimal, decimal, decimal, decimal, decimal, int> RankTable => new()
    {
        { "Gunpo", 21.00m, 17.90m, 24.00m, 62.90m, 82.00m, 62.90m, 1 },
        { "Yongin", 19.50m, 19.44m, 22.00m, 60.94m, 82.00m, 60.94m, 2 },
        { "Ansan", 18.50m, 22.62m, 19.50m, 60.62m, 82.00m, 60.62m, 3 },
        { "Dongducheon", 19.00m, 19.13m, 22.00m, 60.13m, 82.00m, 60.13m, 4 },
        { "Anyang", 19.00m, 17.76m, 21.50m, 58.26m, 82.00m, 58.26m, 5 },
        { "Gwangmyeong", 19.00m, 17.62m, 21.50m, 58.12m, 82.00m, 58.12m, 6 },
        { "Bucheon", 18.50m, 20.53m, 18.00m, 57.03m, 82.00m, 57.03m, 7 },
        { "Namyangju", 19.50m, 14.95m, 22.00m, 56.45m, 82.00m, 56.45m, 8 },
        { "Gwangju", 18.50m, 17.85m, 19.00m, 55.35m, 82.00m, 55.35m, 9 },
        { "Uijeongbu", 15.00m, 14.28m, 26.00m, 55.28m, 82.00m, 55.28m, 10 },
        { "Icheon", 18.00m, 13.47m, 23.50m, 54.97m, 82.00m, 54.97m, 11 },
        { "Siheung", 19.50m, 12.40m, 22.00m, 53.90m, 82.00m, 53.90m, 12 },
        { "Hwaseong", 17.00m, 12.64m, 24.00m, 53.64m, 82.00m, 53.64m, 13 },
        { "Goyang", 17.00m, 17.46m, 19.00m, 53.46m, 82.00m, 53.46m, 14 },
        { "Anseong", 18.50m, 17.95m, 17.00m, 53.45m, 82.00m, 53.45m, 15 },
        { "Seongnam", 17.00m, 16.23m, 20.00m, 53.23m, 82.00m, 53.23m, 16 },
        { "Suwon", 18.00m, 16.40m, 18.00m, 52.40m, 82.00m, 52.40m, 17 },
        { "Yangju", 19.00m, 13.22m, 20.00m, 52.22m, 82.00m, 52.22m, 18 },
        { "Gimpo", 16.50m, 11.23m, 24.00m, 51.73m, 82.00m, 51.73m, 19 },
        { "Yangpyeong", 21.00m, 12.51m, 18.00m, 51.51m, 82.00m, 51.51m, 20 },
        { "Yeoncheon", 21.50m, 8.67m, 21.00m, 51.17m, 82.00m, 51.17m, 21 },
        { "Uiwang", 19.50m, 13.53m, 17.50m, 50.53m, 82.00m, 50.53m, 22 },
        { "Gapyeong", 18.00m, 12.19m, 19.50m, 49.69m, 82.00m, 49.69m, 23 },
        { "Yeoju", 15.00m, 17.44m, 17.00m, 49.44m, 82.00m, 49.44m, 24 },
        { "Guri", 19.50m, 14.19m, 15.00m, 48.69m, 82.00m, 48.69m, 25 },
        { "Paju", 17.50m, 21.51m, 9.00m, 48.01m, 82.00m, 48.01m, 26 },
        { "Gwacheon", 12.00m, 15.33m, 16.00m, 43.33m, 75.00m, 47.37m, 27 },
        { "Pyeongtaek", 17.50m, 14.16m, 14.00m, 45.66m, 82.00m, 45.66m, 28 },
        { "Pocheon", 15.00m, 12.79m, 13.00m, 40.79m, 82.00m, 40.79m, 29 },
        { "Hanam", 12.50m, 8.23m, 19.00m, 39.73m, 82.00m, 39.73m, 30 },
        { "Osan", 17.50m, 12.92m, 9.00m, 39.42m, 82.00m, 39.42m, 31 },
    };

    [Theory]
    [MemberData(nameof(RankTable))]
    public void EachMunicipality_HasItsSubtotalsTotalMaximumAndRank(string unit, decimal a, decimal b, decimal c, decimal total, decimal maximum, decimal normalized, int rank)
    {
        var card = Score().Cards.Single(x => x.Municipality.Code == unit);
        Assert.Equal(
            (a, b, c, 0m, total, maximum, normalized, rank),
            (card.Areas[0].Points, card.Areas[1].Points, card.Areas[2].Points, card.Areas[3].Points, card.Total, card.MaximumPoints, card.NormalizedTotal, card.Rank));
    }

    [Fact]
    public void RankTable_ListsEveryMunicipalityOnce()
    {
        Assert.Equal(31, RankTable.Count());
        Assert.Equal(Score().Cards.Select(c => c.Municipality.Code).Order(StringComparer.Ordinal), RankTable.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Maxima_AreThoseOfTheScoredIndicators()
    {
        // 표 Ⅲ-3 p.29 prints 100 (its rows add up to 102); C4 (5) and area D (15) are excluded: 102 − 20 = 82.
        var rubric = Rubrics2016.Reference;
        var result = Score();
        Assert.Equal(82m, rubric.MaximumPoints);
        Assert.Equal([("A", 26m), ("B", 30m), ("C", 26m), ("D", 0m)], rubric.Areas.Select(a => (a.Code, a.MaximumPoints)));
        Assert.Equal([("A", 26m), ("B", 30m), ("C", 26m), ("D", 0m)], result.Cards[0].Areas.Select(a => (a.Code, a.MaximumPoints)));

        // 과천: B5 and B8 do not apply (3 + 2 points) and B10 is blank (2 points): 82 − 7 = 75, rescaled to 82.
        var gwacheon = result.Cards.Single(c => c.Municipality.Code == "Gwacheon");
        Assert.Equal((75m, 43.33m, 47.37m), (gwacheon.MaximumPoints, gwacheon.Total, gwacheon.NormalizedTotal));
        Assert.Equal(23m, gwacheon.Areas.Single(a => a.Code == "B").MaximumPoints);
        Assert.All(result.Cards.Where(c => c != gwacheon), c => Assert.Equal(82m, c.MaximumPoints));
    }

    /// <summary>Indicator, points summed over the 31, maxima summed, and how many were scored, not applicable, missing, excluded.</summary>
    public static TheoryData<string, decimal, decimal, int, int, int, int> IndicatorColumns => new()
    {
        { "A1", 166.5m, 186m, 31, 0, 0, 0 },
        { "A2", 388m, 620m, 31, 0, 0, 0 },
        { "B1", 41.98m, 62m, 31, 0, 0, 0 },
        { "B2", 37.01m, 62m, 31, 0, 0, 0 },
        { "B3", 33.99m, 62m, 31, 0, 0, 0 },
        { "B4", 63m, 93m, 31, 0, 0, 0 },
        { "B5", 39.90m, 90m, 30, 1, 0, 0 },
        { "B6", 44.04m, 93m, 31, 0, 0, 0 },
        { "B7", 93.79m, 279m, 31, 0, 0, 0 },
        { "B8", 45.99m, 60m, 30, 1, 0, 0 },
        { "B9", 45.5m, 62m, 31, 0, 0, 0 },
        { "B10", 31.35m, 60m, 30, 0, 1, 0 },
        { "C1", 214m, 310m, 31, 0, 0, 0 },
        { "C2", 245m, 310m, 31, 0, 0, 0 },
        { "C3", 132m, 186m, 31, 0, 0, 0 },
        { "C4", 0m, 0m, 0, 0, 0, 31 },
        { "D1", 0m, 0m, 0, 0, 0, 31 },
        { "D2", 0m, 0m, 0, 0, 0, 31 },
    };

    [Theory]
    [MemberData(nameof(IndicatorColumns))]
    public void EachIndicator_SumsOverThe31(string code, decimal points, decimal maxima, int scored, int notApplicable, int missing, int excluded)
    {
        // With the rank table's totals (the rows), these sums (the columns) pin the matrix of points from both sides.
        var scores = Score().Cards.Select(c => c[code]).ToList();
        Assert.Equal(
            (points, maxima, scored, notApplicable, missing, excluded),
            (scores.Sum(s => s.Points), scores.Sum(s => s.MaximumPoints), Count(IndicatorStatus.Scored), Count(IndicatorStatus.NotApplicable), Count(IndicatorStatus.Missing), Count(IndicatorStatus.Excluded)));

        int Count(IndicatorStatus status) => scores.Count(s => s.Status == status);
    }

    [Fact]
    public void IndicatorColumns_CoverEveryIndicator() =>
        Assert.Equal(Rubrics2016.Reference.Indicators.Select(i => i.Code), IndicatorColumns.Select(row => (string)row[0]));

    [Fact]
    public void FrozenCutoffs_AreTheQuartilesAndMeanOfThe31()
    {
        // B4: SPSS's quartiles of OfficialTrainingHoursPerCapita (and 0 hours, below every band); C3: the mean and half
        // the mean of ServiceLinkagesPerCase, frozen to six decimals.
        Assert.Equal(
            [
                ("B4", "P75=26.3, P25=9, 0=0", "3 for [26.3, ∞) «3 for [P75, ∞)»; 2 for [9, 26.3) «2 for [P25, P75)»; 1 for (0, 9) «1 for (0, P25)»; otherwise 0"),
                ("C3", "1×mean=6.996774, 0.5×mean=3.498387", "6 for [6.996774, ∞) «6 for [1×mean, ∞)»; 4 for [3.498387, 6.996774) «4 for [0.5×mean, 1×mean)»; 2 for (-∞, 3.498387) «2 for (-∞, 0.5×mean)»"),
            ],
            Score().FrozenScales.Select(f => (f.IndicatorCode, string.Join(", ", f.Cutoffs.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cutoff}={c.Value}"))), f.Resolved)));
    }

    public static TheoryData<string> Concerns => [
        "Suwon",      // a city: checklists, proportional scales, B4's otherwise band at 0 hours (an exclusive edge to reach)
        "Gapyeong",   // a county: B4 in the top quartile, C1 in a band of two ranges, C2's categories, C3 above the mean
        "Gwacheon",   // B5 and B8 do not apply, B10 is blank: a maximum of 75 rescaled to 82; values outside their range
        "Yeoncheon",  // the county the report meant to help (p.123): C1 in its best band, B4 in the bottom quartile
    ];

    [Theory]
    [MemberData(nameof(Concerns))]
    public void ScoreCard_MatchesSnapshot(string unit) =>
        Snapshot.Match(CardText(Score().Cards.Single(c => c.Municipality.Code == unit)), SnapshotNameExtension.Create(unit));

    [Fact]
    public void Warnings_MatchSnapshot() => Snapshot.Match(string.Join(Environment.NewLine, Score().Warnings.Select(w => w.Message)));

    [Fact]
    public void ToText_OfASmallResult_MatchesSnapshot()
    {
        // The full report's layout (header, rank table, frozen cut-offs with a group's, every card, warnings) on five
        // invented units; the county (N2) has a scale of its own.
        var rubric = Rubric.Create("small")
            .AddArea("A", "가", "A", a => a
                .AddIndicator("A1", "만족도", "Satisfaction", 4, i => i.Reads(TinyTables.Satisfaction)
                    .WithPopulationBands(b => b
                        .Band(4, CutoffRange.From(Cutoff.MeanPlusStandardDeviations(1)))
                        .Band(3, CutoffRange.From(Cutoff.Percentile(25)).To(Cutoff.MeanPlusStandardDeviations(1)))
                        .Band(2, CutoffRange.Below(Cutoff.Percentile(25))))
                    .WithProvenance(Provenance.FromAssumption("the lower quartile and one standard deviation above the mean"))
                    .ForGroup("County", g => g.WithPopulationBands(b => b.Band(4, CutoffRange.From(Cutoff.MeanTimes(1))).Otherwise(2)).WithProvenance(Provenance.FromAssumption("the county's own mean")))))
            .AddArea("B", "나", "B", a => a
                .AddIndicator("B1", "인력", "Staff", 6, i => i.Reads(TinyTables.Staff).Proportional(0, 10).WithProvenance(Provenance.FromPage(31))
                    .NotApplicableFor("no staff of its own", TinyTables.South3)))
            .Build();
        var table = TinyTables.Builder(
            (TinyTables.North1, 4, null, null, null, 4.5m),
            (TinyTables.North2, 12, null, null, null, 3m),
            (TinyTables.South1, 5, null, null, null, null),
            (TinyTables.South2, 3, null, null, null, 3.5m),
            (TinyTables.South3, 0, null, null, null, 2m)).Build();
        Snapshot.Match(rubric.Score(table).ToText());
    }

    /// <summary>A card as the full report prints it: its heading, then each indicator in English and in Korean.</summary>
    private static string CardText(ScoreCard card)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{card.Municipality.Code} {card.Municipality.KoreanName}: {card.Total:0.00} / {card.MaximumPoints:0.00} (normalized {card.NormalizedTotal:0.00}, rank {card.Rank})");
        foreach (var indicator in card.Indicators)
        {
            text.AppendLine(indicator.Explanation);
            text.AppendLine(indicator.KoreanExplanation);
        }

        return text.ToString();
    }
}
