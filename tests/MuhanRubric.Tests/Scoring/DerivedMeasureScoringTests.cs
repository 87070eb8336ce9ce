using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Tests.Properties;

namespace MuhanRubric.Tests.Scoring;

/// <summary>
/// Derived measures as the scoring kernel reads them: a ratio or a mean inside a sum, terms left blank at any position,
/// a checklist criterion that is a ratio, and exact quotients whose products pass decimal's range (the terms are then
/// divided out, as <see cref="MeasureExpression.Evaluate"/> does).
/// </summary>
public class DerivedMeasureScoringTests
{
    private static readonly MeasureExpression X = MeasureExpression.Field(Generated.X);
    private static readonly MeasureExpression Y = MeasureExpression.Field(Generated.Y);

    /// <summary>One indicator, X1 (10 points), reading <paramref name="expression"/>: 10 from 0.1 up, 0 otherwise.</summary>
    private static Rubric Reading(MeasureExpression expression) =>
        Rubric.Create("derived").AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", 10, i => i
            .Reads(expression)
            .WithBands(b => b.Band(10, BandRange.From(0.1)).Otherwise(0))
            .WithProvenance(Generated.Assumed))).Build();

    private static IndicatorScore Score(MeasureExpression expression, decimal? x, decimal? y) =>
        Reading(expression).Score(Generated.Table([x], [y])).Cards[0]["X1"];

    [Fact]
    public void SumOfARatioAndAField_AddsTheRatio_NotItsTerms()
    {
        // 6 / 3 + 6 = 8 (not 6 + 3 + 6).
        var score = Score(MeasureExpression.Sum(MeasureExpression.Ratio(X, Y), X), 6m, 3m);
        Assert.Equal((IndicatorStatus.Scored, 8m), (score.Status, score.RawValue));
        Assert.Equal("X1 Value: 8 is in [0.1, ∞) → 10 of 10 points; the best band", score.Explanation);
    }

    [Fact]
    public void RatioOrMeanOfFields_OnBands_ScoresTheBandOfTheQuotient()
    {
        // Read as a numerator and a denominator, then divided out for the bands: 1 / 5 = 0.2 and (0.1 + 0.2) / 2 = 0.15
        // are in the 10-point band, 0.5 / 10 = 0.05 is left to the otherwise band.
        var ratio = MeasureExpression.Ratio(X, Y);
        Assert.Equal((IndicatorStatus.Scored, 10m, 0.2m), (Score(ratio, 1m, 5m).Status, Score(ratio, 1m, 5m).Points, Score(ratio, 1m, 5m).RawValue));
        Assert.Equal((IndicatorStatus.Scored, 0m, 0.05m), (Score(ratio, 0.5m, 10m).Status, Score(ratio, 0.5m, 10m).Points, Score(ratio, 0.5m, 10m).RawValue));
        var mean = Score(MeasureExpression.Average(X, Y), 0.1m, 0.2m);
        Assert.Equal((IndicatorStatus.Scored, 10m, 0.15m), (mean.Status, mean.Points, mean.RawValue));
    }

    [Fact]
    public void MeanOfARatioAndAField_AveragesTheRatio_NotItsNumerator()
    {
        // (6 / 3 + 6) / 2 = 4 (not (6 + 6) / 2).
        Assert.Equal(4m, Score(MeasureExpression.Average(MeasureExpression.Ratio(X, Y), X), 6m, 3m).RawValue);
    }

    [Fact]
    public void DifferenceWithABlankTerm_FirstOrSecond_IsMissing_NotScoredAsZero()
    {
        var difference = MeasureExpression.Difference(X, Y);
        foreach (var (x, y) in new (decimal?, decimal?)[] { (null, 1m), (5m, null) })
        {
            var score = Score(difference, x, y);
            Assert.Equal((IndicatorStatus.Missing, 0m, (decimal?)null), (score.Status, score.MaximumPoints, score.RawValue));
            Assert.Equal("X1 Value: value missing (blank); excluded, the maximum drops by 10 points (policy ExcludeAndRescale)", score.Explanation);
        }
    }

    [Fact]
    public void RatioWithABlankDenominator_IsMissing()
    {
        var score = Score(MeasureExpression.Ratio(X, Y), 6m, null);
        Assert.Equal((IndicatorStatus.Missing, 0m), (score.Status, score.MaximumPoints));
    }

    [Fact]
    public void SumOfARatioAndABlank_IsMissing()
    {
        var score = Score(MeasureExpression.Sum(MeasureExpression.Ratio(X, MeasureExpression.Constant(2m)), Y), 6m, null);
        Assert.Equal((IndicatorStatus.Missing, 0m), (score.Status, score.MaximumPoints));
    }

    [Fact]
    public void ChecklistCriterionThatIsARatio_IsMetOnItsValue_AndMissingWhenATermIsBlank()
    {
        var rubric = Rubric.Create("checklist").AddArea("A", "가", "A", a => a.AddIndicator("C1", "체크", "Checklist", 1, i => i
            .WithChecklist(c => c.Criterion("x per y at least 2", MeasureExpression.Ratio(X, Y), BandRange.From(2)).PointsByCriteriaMet(0, 1))
            .WithProvenance(Generated.Assumed))).Build();
        var cards = rubric.Score(Generated.Table([6m, 6m, 5m], [3m, null, 3m])).Cards;
        Assert.Equal((IndicatorStatus.Scored, 1m, "1 of 1 criteria"), (cards[0]["C1"].Status, cards[0]["C1"].Points, cards[0]["C1"].Hit));
        Assert.Equal((IndicatorStatus.Missing, 0m), (cards[1]["C1"].Status, cards[1]["C1"].MaximumPoints));
        Assert.Equal((IndicatorStatus.Scored, 0m, "0 of 1 criteria"), (cards[2]["C1"].Status, cards[2]["C1"].Points, cards[2]["C1"].Hit));
    }

    [Fact]
    public void SumOfRatiosWhoseExactDenominatorPassesDecimal_IsTheSumOfTheDividedOutRatios()
    {
        // 5·10^13 / 10^15 + 3·10^13 / (3·10^14) = 0.05 + 0.1; kept exact, the common denominator would be 3·10^29.
        var expression = MeasureExpression.Sum(
            MeasureExpression.Ratio(X, MeasureExpression.Constant(1_000_000_000_000_000m)),
            MeasureExpression.Ratio(Y, MeasureExpression.Constant(300_000_000_000_000m)));
        var table = Generated.Table([50_000_000_000_000m], [30_000_000_000_000m]);
        var score = Reading(expression).Score(table).Cards[0]["X1"];
        Assert.Equal((IndicatorStatus.Scored, 10m, 0.15m), (score.Status, score.Points, score.RawValue));
        Assert.Equal(0.15m, expression.Evaluate(table.Rows[0]).Value);
    }

    [Fact]
    public void SumOfRatiosWhoseExactDenominatorPassesDecimal_WithALaterBlankTerm_IsMissing()
    {
        // The exact sum of the first two terms overflows before the third is read: the third still decides.
        var expression = MeasureExpression.Sum(
            MeasureExpression.Ratio(X, MeasureExpression.Constant(1_000_000_000_000_000m)),
            MeasureExpression.Ratio(X, MeasureExpression.Constant(300_000_000_000_000m)),
            Y);
        var score = Score(expression, 50_000_000_000_000m, null);
        Assert.Equal((IndicatorStatus.Missing, 0m), (score.Status, score.MaximumPoints));
    }

    [Fact]
    public void SumPastDecimalsRange_IsAnOverflow_AsTheMeasureEvaluatesIt_NotAMadeUpValue()
    {
        var expression = MeasureExpression.Sum(X, MeasureExpression.Constant(decimal.MaxValue));
        var table = Generated.Table([1m, 1m], [1m, 1m]);
        Assert.Throws<OverflowException>(() => expression.Evaluate(table.Rows[0]));

        // Scoring says where, with its documented exception.
        var error = Assert.Throws<ScoringException>(() => Reading(expression).Score(table));
        Assert.Equal(("U000", "X1"), (error.Municipality?.Code, error.IndicatorCode));
        Assert.Equal("U000: X1 reads sum(X, 79228162514264337593543950335), whose value or points pass the decimal range (about ±7.9·10^28); check the expression's constants and what it divides by.", error.Message);
    }

    [Fact]
    public void MeanPastDecimalsRange_IsAScoringException_NotAPartialSum()
    {
        // A mean of whole terms whose sum passes decimal's range: divided out it still does (as Evaluate), so scoring
        // stops and says where instead of scoring the sum read so far.
        var mean = MeasureExpression.Average(X, MeasureExpression.Constant(decimal.MaxValue - 50));
        var table = Generated.Table([1m, 100m], [1m, 1m]);
        Assert.Equal((decimal.MaxValue - 49) / 2, mean.Evaluate(table.Rows[0]).Value);
        Assert.Throws<OverflowException>(() => mean.Evaluate(table.Rows[1]));
        var error = Assert.Throws<ScoringException>(() => Reading(mean).Score(table));
        Assert.Equal(("U001", "X1"), (error.Municipality?.Code, error.IndicatorCode));
    }

    [Theory]
    [InlineData("mean")]
    [InlineData("sum")]
    public void OverflowBeforeABlankTerm_IsMissing_AsTheMeasureEvaluatesIt(string kind)
    {
        // X + MaxValue overflows before Y is read; Y is blank, and a term without a value decides (as Evaluate reads every
        // term before combining any): missing, not an overflow.
        var terms = new[] { X, MeasureExpression.Constant(decimal.MaxValue), Y };
        var expression = kind == "mean" ? MeasureExpression.Average(terms) : MeasureExpression.Sum(terms);
        var table = Generated.Table([1m], [null]);
        Assert.Equal(ReadingStatus.Missing, expression.Evaluate(table.Rows[0]).Status);
        var score = Reading(expression).Score(table).Cards[0]["X1"];
        Assert.Equal((IndicatorStatus.Missing, 0m, (decimal?)null), (score.Status, score.MaximumPoints, score.RawValue));
    }

    [Fact]
    public void NormalizedTotalPastDecimalsRange_IsAScoringException_NamingTheUnit()
    {
        // Maxima of 10^16 points: a full total rescaled to the rubric's maximum is 10^16 × 2·10^16, past decimal's range.
        var rubric = Rubric.Create("huge").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "값", "Value", 10_000_000_000_000_000m, i => i.Reads(X).Proportional(0, 100).WithProvenance(Generated.Assumed))
            .AddIndicator("X2", "분모", "Denominator", 10_000_000_000_000_000m, i => i.Reads(Y).Proportional(0, 100).WithProvenance(Generated.Assumed))).Build();
        var error = Assert.Throws<ScoringException>(() => rubric.Score(Generated.Table([100m], [100m])));
        Assert.Equal(("U000", (string?)null), (error.Municipality?.Code, error.IndicatorCode));
        Assert.Equal("U000: its points, rescaled to the rubric's maximum of 20000000000000000, pass the decimal range (about ±7.9·10^28); check the rubric's maxima.", error.Message);
    }

    [Fact]
    public void RatioOfAQuotientOverZero_IsNotApplicable_NotTheNumerator()
    {
        // (X / 2) / Y with Y = 0: the first term is itself a quotient, so the kernel folds quotients; over zero the ratio
        // is not applicable, never the numerator read so far.
        var score = Score(MeasureExpression.Ratio(MeasureExpression.Ratio(X, MeasureExpression.Constant(2m)), Y), 6m, 0m);
        Assert.Equal((IndicatorStatus.NotApplicable, 0m, (decimal?)null), (score.Status, score.MaximumPoints, score.RawValue));
        Assert.Equal(1.5m, Score(MeasureExpression.Ratio(MeasureExpression.Ratio(X, MeasureExpression.Constant(2m)), Y), 6m, 2m).RawValue);
    }

    [Fact]
    public void ProportionalScaleOnASumOfARatioAndAField_ScoresTheExactQuotient()
    {
        // 6 / 4 + 6 = 7.5 of a scale from 0 to 10 (10 points): 7.5 points, multiplied out as (6 + 6 × 4) ÷ 4 ÷ 10 × 10.
        var rubric = Rubric.Create("derived").AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", 10, i => i
            .Reads(MeasureExpression.Sum(MeasureExpression.Ratio(X, Y), X)).Proportional(0, 10).WithProvenance(Generated.Assumed))).Build();
        var cards = rubric.Score(Generated.Table([6m, 1m, 30m], [4m, 3m, 1m])).Cards;
        Assert.Equal([7.5m, 1.33m, 10m], cards.Select(c => c["X1"].Points));
        Assert.All(cards, c => Assert.Equal(IndicatorStatus.Scored, c["X1"].Status));
    }

    [Fact]
    public void ValuesPastDecimalsRange_TheFirstInReadingOrderIsNamed_WhateverOrderTheKernelScoresIn()
    {
        // U000's second indicator and U001's first both overflow: reading unit by unit, U000's X2 comes first.
        var rubric = Rubric.Create("extreme").AddArea("A", "가", "A", a => a
            .AddIndicator("X1", "값", "Value", 10, i => i.Reads(MeasureExpression.Sum(X, MeasureExpression.Constant(decimal.MaxValue - 50))).WithBands(b => b.Band(10, BandRange.From(0.1)).Otherwise(0)).WithProvenance(Generated.Assumed))
            .AddIndicator("X2", "분모", "Denominator", 10, i => i.Reads(MeasureExpression.Sum(Y, MeasureExpression.Constant(decimal.MaxValue - 50))).WithBands(b => b.Band(10, BandRange.From(0.1)).Otherwise(0)).WithProvenance(Generated.Assumed))).Build();
        var error = Assert.Throws<ScoringException>(() => rubric.Score(Generated.Table([1m, 100m], [100m, 1m])));
        Assert.Equal(("U000", "X2"), (error.Municipality?.Code, error.IndicatorCode));
    }

    [Fact]
    public void ValuePastDecimalsRange_InAPopulationsSample_IsAScoringException_NamingTheUnit()
    {
        var rubric = Generated.OneIndicator(10m, i => i
            .Reads(MeasureExpression.Sum(X, MeasureExpression.Constant(decimal.MaxValue - 50)))
            .WithPopulationBands(b => b.Band(10, CutoffRange.From(Cutoff.Percentile(50))).Band(0, CutoffRange.Below(Cutoff.Percentile(50)))));
        var error = Assert.Throws<ScoringException>(() => rubric.Score(Generated.Table([1m, 100m])));
        Assert.Equal(("U001", "X1"), (error.Municipality?.Code, error.IndicatorCode));
        Assert.Equal("U001: X1 reads sum(X, 79228162514264337593543950285), whose value or points pass the decimal range (about ±7.9·10^28); check the expression's constants and what it divides by.", error.Message);
    }

    [Fact]
    public void ValuePastDecimalsRange_AtALaterUnitAndIndicator_IsAScoringException_NamingThem()
    {
        // X + (decimal.MaxValue − 50): within range for X = 1 (U000), past it for X = 100 (U001), in the second indicator.
        var near = MeasureExpression.Sum(X, MeasureExpression.Constant(decimal.MaxValue - 50));
        var rubric = Rubric.Create("extreme").AddArea("A", "가", "A", a => a
            .AddIndicator("X0", "값", "Value", 10, i => i.Reads(X).Proportional(0, 100).WithProvenance(Generated.Assumed))
            .AddIndicator("X1", "합", "Sum", 10, i => i.Reads(near).WithBands(b => b.Band(10, BandRange.From(0.1)).Otherwise(0)).WithProvenance(Generated.Assumed))).Build();
        Assert.Equal(10m, rubric.Score(Generated.Table([1m], [1m])).Cards[0]["X1"].Points);
        var error = Assert.Throws<ScoringException>(() => rubric.Score(Generated.Table([1m, 100m, 1m], [1m, 1m, 1m])));
        Assert.Equal(("U001", "X1"), (error.Municipality?.Code, error.IndicatorCode));
    }
}
