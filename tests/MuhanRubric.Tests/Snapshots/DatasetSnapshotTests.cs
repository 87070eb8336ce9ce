using Snapshooter.Xunit;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>
/// Locks the loaded 2016 dataset, its discrepancy catalogue, the statistics of every measure and the reproduction
/// summary. In CI (<c>SNAPSHOOTER_STRICT_MODE=true</c>) a missing snapshot fails instead of being written.
/// </summary>
public class DatasetSnapshotTests
{
    private static readonly EvaluationReport _dataset = Evaluation2016.Report;

    [Fact]
    public void Dataset_MatchesSnapshot() => Snapshot.Match(SnapshotTexts.Dataset(_dataset));

    [Fact]
    public void DiscrepancyCatalogue_MatchesSnapshot() => Snapshot.Match(SnapshotTexts.Catalogue(_dataset));

    [Fact]
    public void StatisticsOfEveryMeasure_MatchSnapshot() => Snapshot.Match(SnapshotTexts.Statistics(_dataset));

    [Fact]
    public void ReproductionSummary_MatchesSnapshot() => Snapshot.Match(Reproducer.Reproduce(_dataset).ToText());
}
