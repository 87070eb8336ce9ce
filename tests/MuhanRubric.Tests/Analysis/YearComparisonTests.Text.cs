using System.Globalization;
using Snapshooter.Xunit;

namespace MuhanRubric.Tests.Analysis;

public partial class YearComparisonTests
{
    [Fact]
    public void ToText_FrozenCutoffs_MatchesSnapshot()
    {
        Snapshot.Match(Frozen().ToText().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ToText_StartsWithThePolicyAndTheCutoffsAndReportsAbsences()
    {
        var text = Recomputed().ToText().ReplaceLineEndings("\n");
        Assert.StartsWith(
            """
            2016 reference rubric (maximum 82.00), 2 years: 2016, 2017; cut-offs recomputed each year
            cut-offs 2016 B4: P75=26.3, P25=9, 0=0
            cut-offs 2016 C3: 1×mean=6.9968, 0.5×mean=3.4984
            cut-offs 2017 B4: P75=60, P25=13.8, 0=0
            cut-offs 2017 C3: 1×mean=7.3548, 0.5×mean=3.6774
            """.ReplaceLineEndings("\n"),
            text,
            StringComparison.Ordinal);
        Assert.Contains("\nabsent: Yeoncheon (2017: not in the table), NewTown (2016: not in the table)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSuwon 2016→2017: +11.00 points (B4 +3.00, C1 +8.00); bands changed: B4, C1\n", text, StringComparison.Ordinal);
        Assert.Contains("\nSeongnam 2016→2017: +0.46 points (B4 +2.00, B10 -1.54); bands changed: B4, B10; maximum -2.00 (B10)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nwarning 2017: B10: left out for 2 of 31 units (Seongnam missing, Gwacheon missing); their totals are rescaled to the rubric's maximum\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_IsTheSameInEveryCulture()
    {
        var invariant = Recomputed().ToText();
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, Recomputed().ToText());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
