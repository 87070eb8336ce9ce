using PublicApiGenerator;
using Snapshooter.Xunit;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>After Humanizer's ApiApprover: every change to the public API is a visible snapshot diff.</summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesSnapshot()
    {
        var api = typeof(EvaluationReport).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Snapshot.Match(api.ReplaceLineEndings("\n"));
    }
}
