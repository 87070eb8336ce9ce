using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>Population band edges read as notation in English and as words in Korean, never as English inside Korean text.</summary>
public sealed class CutoffTextTests
{
    public static TheoryData<Cutoff, string, string> Cutoffs => new()
    {
        { Cutoff.Percentile(25), "P25", "P25" },
        { Cutoff.MeanTimes(0.5m), "0.5×mean", "평균×0.5" },
        { Cutoff.MeanPlusStandardDeviations(1m), "mean+1SD", "평균+1SD" },
        { Cutoff.MeanPlusStandardDeviations(-1.5m), "mean-1.5SD", "평균-1.5SD" },
        { Cutoff.Fixed(30m), "30", "30" },
    };

    [Theory]
    [MemberData(nameof(Cutoffs))]
    public void Cutoff_ReadsInBothLanguages(Cutoff cutoff, string english, string korean)
    {
        Assert.Equal(english, cutoff.ToString());
        Assert.Equal(korean, cutoff.ToKoreanString());
    }

    [Fact]
    public void CutoffRange_InKorean_NamesEachSideWithItsInclusion()
    {
        Assert.Equal("P25 이상 P75 이하", CutoffRange.From(Cutoff.Percentile(25)).Through(Cutoff.Percentile(75)).ToKoreanString());
        Assert.Equal("평균×0.5 미만", CutoffRange.Below(Cutoff.MeanTimes(0.5m)).ToKoreanString());
        Assert.Equal("평균+1SD 초과", CutoffRange.Above(Cutoff.MeanPlusStandardDeviations(1m)).ToKoreanString());
        Assert.Equal("30 이하", CutoffRange.AtMost(Cutoff.Fixed(30m)).ToKoreanString());
        Assert.Equal("전체", CutoffRange.Any.ToKoreanString());
    }
}
