using System.Globalization;
using System.Text;
using Snapshooter.Xunit;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>
/// Locks both 2016 rubrics (definition and validation report, JSON) and their rank tables; the reference rubric's numbers and
/// score cards are locked one concern at a time by <see cref="Reference2016ScoreTests"/>.
/// </summary>
public class RubricSnapshotTests
{
    private static string Definition(Rubric rubric)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{rubric.Name}: declared total {rubric.DeclaredTotal}, maximum {rubric.MaximumPoints}, missing data {rubric.MissingData}, points decimals {rubric.PointsDecimals}");
        foreach (var area in rubric.Areas)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{area.Code} {area.KoreanName} / {area.EnglishName}: maximum {area.MaximumPoints}");
            foreach (var indicator in area.Indicators)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"  {indicator.Code} {indicator.KoreanName} / {indicator.EnglishName}: {indicator.MaximumPoints} pts [{indicator.PointsProvenance}] reads {indicator.Measure?.ToString() ?? "-"}");
                text.AppendLine(CultureInfo.InvariantCulture, $"    scale [{indicator.Scale.Provenance}] {indicator.Scale}");
                if (indicator.NotApplicable is { } na)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    not applicable for {string.Join(", ", na.UnitCodes)}: {na.Reason}");
                }

                if (indicator.ExclusionReason is { } reason)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    excluded: {reason}");
                }
            }
        }

        text.AppendLine("warnings:");
        foreach (var warning in rubric.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {warning.Kind}: {warning}");
        }

        return text.ToString();
    }

    [Fact]
    public void Published2016_DefinitionAndValidationReport_MatchSnapshot() => Snapshot.Match(Definition(Rubrics2016.AsPublished));

    [Fact]
    public void Reference2016_DefinitionAndValidationReport_MatchSnapshot() => Snapshot.Match(Definition(Rubrics2016.Reference));

    [Fact]
    public void Reference2016_RankTable_MatchesSnapshot() => Snapshot.Match(Rubrics2016.Reference.Score(Evaluation2016.Measurements).RankTable());

    [Fact]
    public void Published2016_Json_MatchesSnapshot() => Snapshot.Match(RubricJson.Serialize(Rubrics2016.AsPublished));

    [Fact]
    public void Reference2016_Json_MatchesSnapshot() => Snapshot.Match(RubricJson.Serialize(Rubrics2016.Reference));

    public static TheoryData<string> ShippedRubrics() => ["published", "reference"];

    [Theory]
    [MemberData(nameof(ShippedRubrics))]
    public void ShippedRubric_JsonRoundTrip_ScoresIdentically(string which)
    {
        var rubric = which == "published" ? Rubrics2016.AsPublished : Rubrics2016.Reference;
        var json = RubricJson.Serialize(rubric);
        var back = RubricJson.Deserialize(json);
        Assert.Equal(json, RubricJson.Serialize(back));
        Assert.Empty(RubricDiff.Compare(rubric, back));
        Assert.Equal(rubric.Warnings, back.Warnings.Select(w => w.Unplaced));
        var dataset = Evaluation2016.Measurements;
        Assert.Equal(rubric.Score(dataset).ToText(), back.Score(dataset).ToText());
    }

    [Fact]
    public void Published2016_RankTable_MatchesSnapshot() => Snapshot.Match(Rubrics2016.AsPublished.Score(Evaluation2016.Measurements).RankTable());
}
