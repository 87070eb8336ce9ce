using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Analysis;

public class RubricComparisonTests
{
    private static readonly MeasurementTable _dataset = Evaluation2016.Measurements;

    [Fact]
    public void Compare_SameRubric_AgreesPerfectly()
    {
        var result = RubricComparison.Compare(_dataset, Rubrics2016.Reference, Rubrics2016.Reference);
        var agreement = Assert.Single(result.Agreements);
        Assert.Equal((1d, 1d, 0, 0), (Math.Round(agreement.Spearman, 12), Math.Round(agreement.Kendall, 12), agreement.Moved, agreement.MaximumShift));
        Assert.Empty(result.CrossingGrade);
    }

    [Fact]
    public void Compare_ContributionsAddUpExactlyToTheChangeOfTotal()
    {
        var result = RubricComparison.Compare(_dataset, Rubrics2016.Reference, Proposals2016.All().ToArray());
        foreach (var municipality in result.Municipalities)
        {
            var baseline = municipality.Outcomes[0];
            foreach (var outcome in municipality.Outcomes.Skip(1))
            {
                Assert.Equal(outcome.Total - baseline.Total, outcome.Contributions.Sum(c => c.Change));
            }
        }
    }

    [Fact]
    public void Compare_RankShiftIsPlacesGained()
    {
        var result = RubricComparison.Compare(_dataset, Rubrics2016.Reference, Proposals2016.CaseloadOptimum20To40());
        var suwon = result.Municipalities.Single(m => m.Municipality == Municipality.Suwon);
        Assert.Equal(suwon.Outcomes[0].Rank - suwon.Outcomes[1].Rank, suwon.Outcomes[1].RankShift);
        Assert.Equal(["C1"], suwon.Outcomes[1].BandChanges);
        Assert.True(suwon.Outcomes[1].RankShift > 0);
    }

    [Theory]
    [InlineData(82, "A")]
    [InlineData(65.6, "A")]
    [InlineData(65.59, "B")]
    [InlineData(49.2, "C")]
    [InlineData(49.19, "D")]
    public void GradeScale_Default_IsByShareOfTheMaximum(decimal normalized, string grade)
    {
        Assert.Equal(grade, GradeScale.Default.GradeOf(normalized, 82));
    }

    [Fact]
    public void ToText_HasOneLinePerMunicipalityAndTheAgreements()
    {
        var text = RubricComparison.Compare(_dataset, Rubrics2016.Reference, Proposals2016.CaseloadOptimum20To40()).ToText();
        Assert.StartsWith("[0] 2016 reference rubric (maximum 82.00)\n[1] proposal p.124: caseload optimum 20–40 (maximum 82.00)", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.All(MunicipalityCatalog.Gyeonggi, m => Assert.Contains("\n" + m.Code + " ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal));
        Assert.Contains("Spearman", text, StringComparison.Ordinal);
    }
}
