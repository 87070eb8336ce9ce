using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Tests.Properties;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>Scales that are chosen but hold nothing to score with: each is reported with every other problem.</summary>
public class RubricValidationEmptyScaleTests
{
    [Fact]
    public void Build_EmptyScalesAndScalesWithoutAMeasure_ReportEachProblem()
    {
        var error = Assert.Throws<RubricValidationException>(() => Rubric.Create("empty").AddArea("A", "가", "A", a => a
                .AddIndicator("E1", "e", "e", 1, i => i.Reads(Generated.X).WithBands(_ => { }).WithProvenance(Generated.Assumed))
                .AddIndicator("E2", "e", "e", 1, i => i.Reads(Generated.X).WithBands(b => b.Band(1)).WithProvenance(Generated.Assumed))
                .AddIndicator("E3", "e", "e", 1, i => i.WithChecklist(c => c.PointsByCriteriaMet(1)).WithProvenance(Generated.Assumed))
                .AddIndicator("E4", "e", "e", 1, i => i.Reads(Generated.X).WithPopulationBands(_ => { }).WithProvenance(Generated.Assumed))
                .AddIndicator("E5", "e", "e", 1, i => i.Proportional(0, 1).WithProvenance(Generated.Assumed))
                .AddIndicator("E6", "e", "e", 1, i => i.Reads(Generated.X).Proportional(1, 1).WithProvenance(Generated.Assumed))
                .AddIndicator("E7", "e", "e", 1, i => i.Reads(Generated.X).WithPopulationBands(b => b.Band(1, CutoffRange.From(Cutoff.Percentile(101)))).WithProvenance(Generated.Assumed))
                .AddIndicator("E8", "e", "e", 1, i => i.WithChecklist(c => c.Criterion("nan", MeasureExpression.Field("Q"), BandRange.From(double.NaN)).PointsByCriteriaMet(0, 1)).WithProvenance(Generated.Assumed)))
            .WithAvailableMeasures([Generated.X])
            .Build());
        Assert.Equal(
            [
                (RubricProblemKind.InvalidScale, "E1", "has no bands"),
                (RubricProblemKind.InvalidScale, "E2", "band 1 has no range"),
                (RubricProblemKind.InvalidScale, "E2", "has no bands"),
                (RubricProblemKind.InvalidScale, "E3", "checklist has no criteria"),
                (RubricProblemKind.InvalidScale, "E4", "has no population bands"),
                (RubricProblemKind.InvalidScale, "E5", "reads no measure (call Reads)"),
                (RubricProblemKind.InvalidScale, "E6", "proportional scale has the same zero and full value (1)"),
                (RubricProblemKind.InvalidScale, "E7", "percentile cut-off P101 is outside 0–100"),
                (RubricProblemKind.UnknownMeasure, "E8", "criterion 'nan' reads 'Q', which the dataset does not have"),
                (RubricProblemKind.NaNBound, "E8", "criterion 'nan': range [NaN, ∞) has a NaN bound"),
            ],
            error.Problems.Where(p => p.Kind != RubricProblemKind.MaximumUnreachable).Select(p => (p.Kind, p.Code, p.Message)));
    }

    [Fact]
    public void Bands_AreEqualWhenPointsLabelAndIntervalsAre()
    {
        var band = new Band(5m, [Interval.Between(1, 2)], "label");
        Assert.Equal(band, new Band(5m, [Interval.Between(1, 2)], "label"));
        Assert.Equal(band.GetHashCode(), new Band(5m, [Interval.Between(1, 2)], "label").GetHashCode());
        Assert.NotEqual(band, band with { Points = 4m });
        Assert.NotEqual(band, band with { Label = null });
        Assert.NotEqual(band, band with { Intervals = [Interval.Between(1, 3)] });
        Assert.False(band.Equals(null));
    }
}
