using System.Text;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Import.Submissions;

namespace MuhanRubric.Tests.Import;

/// <summary>Every row of the table "Cells, as people type them" (docs/submission-format.md), read from a CSV cell.</summary>
public class CellTextTests
{
    private static MeasurementTable One(string measureId, string typed) =>
        Csv($"unit,{measureId}\nSuwon,{Quote(typed)}\n", AbsentAllowed);

    private static string ProblemOf(string measureId, string typed) =>
        Assert.Single(Assert.Throws<DatasetFormatException>(() => One(measureId, typed)).Problems).Message;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("–")]
    [InlineData("—")]
    [InlineData(" - ")]
    public void BlankOrDash_IsMissingNeverZero(string typed)
    {
        var table = One("CasesManaged", typed);
        Assert.Equal(CellStatus.Missing, table.StatusOf(Municipality.Suwon, Measure.CasesManaged));
        Assert.Null(table[Municipality.Suwon, Measure.CasesManaged]);
        Assert.Empty(table.UnitsWithoutData.Where(u => u == Municipality.Suwon));
    }

    [Theory]
    [InlineData("해당없음")]
    [InlineData("해당 없음")]
    [InlineData("해당\u3000없음")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    [InlineData(" N/A ")]
    public void NotApplicableWords_AreNotApplicable(string typed)
    {
        var table = One("CasesManaged", typed);
        Assert.Equal(CellStatus.NotApplicable, table.StatusOf(Municipality.Suwon, Measure.CasesManaged));
        Assert.True(table.Read(Municipality.Suwon, Measure.CasesManaged).IsNotApplicable);
    }

    [Fact]
    public void NotApplicable_DecomposedHangul_IsNotApplicable()
    {
        var table = One("CasesManaged", "해당없음".Normalize(NormalizationForm.FormD));
        Assert.Equal(CellStatus.NotApplicable, table.StatusOf(Municipality.Suwon, Measure.CasesManaged));
    }

    [Theory]
    [InlineData("CasesManaged", "1234", "1234", "1234", null)]
    [InlineData("CasesManaged", "1,234", "1234", "1,234", null)]
    [InlineData("CasesManaged", "1,234,567", "1234567", "1,234,567", null)]
    [InlineData("CasesPerCaseManager", "1,234.5", "1234.5", "1,234.5", null)]
    [InlineData("CasesPerCaseManager", "13.8", "13.8", "13.8", null)]
    [InlineData("CasesPerCaseManager", "13.80", "13.80", "13.80", null)]
    [InlineData("CasesPerCaseManager", ".5", "0.5", ".5", null)]
    [InlineData("CasesManaged", "１２３", "123", "１２３", null)]
    [InlineData("CasesManaged", "１，２３４", "1234", "１，２３４", null)]
    [InlineData("CasesManaged", "\u3000 12 \u3000", "12", "12", null)]
    [InlineData("CasesManaged", "+12", "12", "+12", null)]
    [InlineData("CasesManaged", "0", "0", "0", null)]
    [InlineData("OfficialTransferRate", "69.2%", "69.2", "69.2%", null)]
    [InlineData("OfficialTransferRate", "69.2 %", "69.2", "69.2 %", null)]
    [InlineData("OfficialTransferRate", "６９．２％", "69.2", "６９．２％", null)]
    [InlineData("OfficialTransferRate", "110%", "110", "110%", null)]
    [InlineData("TeamLeadersExperienced", "9(69.2%)", "9", "9(69.2%)", "69.2")]
    [InlineData("TeamLeadersExperienced", "9 (69.2 %)", "9", "9 (69.2 %)", "69.2")]
    [InlineData("TeamLeadersExperienced", "９（６９.２％）", "9", "９（６９.２％）", "69.2")]
    [InlineData("TeamLeadersExperienced", "9( 69.2% )", "9", "9( 69.2% )", "69.2")]
    [InlineData("TeamLeadersExperienced", "1,200(100%)", "1200", "1,200(100%)", "100")]
    [InlineData("TeamLeadersExperienced", "9", "9", "9", null)]
    public void Numbers_ReadAsTyped_KeepTextAndDigits(string measureId, string typed, string value, string text, string? percent)
    {
        var measure = MeasureCatalog.Gyeonggi2016[measureId];
        var cell = One(measureId, typed)[Municipality.Suwon, measure]!;
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), cell.Value);
        Assert.Equal(value, cell.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(percent is null ? null : decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), cell.Percent);
        Assert.Equal(text, cell.Text);
        Assert.Equal(new SubmittedSource("test.csv", Line: 2), cell.Source);
    }

    [Fact]
    public void NA_IsAnErrorThatSaysWhatToWrite()
    {
        Assert.Equal(
            "expected a number, N/A, 해당없음 or a blank cell, found 'NA': write N/A or 해당없음 for not applicable, or leave the cell blank for missing",
            ProblemOf("CasesManaged", "NA"));
        Assert.Equal(
            "expected a number, N/A, 해당없음 or a blank cell, found 'na': write N/A or 해당없음 for not applicable, or leave the cell blank for missing",
            ProblemOf("CasesManaged", "na"));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("12,34")]
    [InlineData("1234,567")]
    [InlineData("1,234,5")]
    [InlineData(",123")]
    [InlineData("1,234.5,6")]
    [InlineData("1.234,5")]
    public void CommaOutsideThousandsGroups_IsAnError(string typed) =>
        Assert.Equal($"expected ',' only between groups of three digits (1,234 or 1,234.5), found '{typed}'", ProblemOf("CasesPerCaseManager", typed));

    [Theory]
    [InlineData("abc")]
    [InlineData("12명")]
    [InlineData("5.")]
    [InlineData("1e3")]
    [InlineData("9(69.2)")]
    [InlineData("9(69.2%")]
    [InlineData("%")]
    [InlineData("--")]
    [InlineData("TRUE")]
    public void NotANumber_IsAnError(string typed) =>
        Assert.Equal($"expected a number, found '{typed}'", ProblemOf("CasesManaged", typed));

    [Fact]
    public void TooManyDigits_IsAnError() =>
        Assert.Equal("expected a number of at most 28 digits, found '123456789012345678901234567890123'", ProblemOf("CasesManaged", "123456789012345678901234567890123"));

    [Fact]
    public void Percent_ForAMeasureNotInPercent_IsAnError() =>
        Assert.Equal("expected a number without '%' (CasesManaged is in households, not a percentage), found '69.2%'", ProblemOf("CasesManaged", "69.2%"));

    [Fact]
    public void Percent_ForACountWithAShare_SaysWhereTheShareGoes() =>
        Assert.Equal(
            "expected a number without '%' (TeamLeadersExperienced is in persons, not a percentage), found '69.2%'; a count's share goes beside it, 9(69.2%), or in the column TeamLeadersExperienced%",
            ProblemOf("TeamLeadersExperienced", "69.2%"));

    [Fact]
    public void CountWithShare_ForAMeasureWithoutAShare_IsAnError() =>
        Assert.Equal("expected a number without a share (CasesManaged has none), found a share of 69.2%", ProblemOf("CasesManaged", "9(69.2%)"));

    [Theory]
    [InlineData("CasesManaged", "-3", "expected a number ≥ 0, found -3")]
    [InlineData("CasesManaged", "−3", "expected a number ≥ 0, found -3")]
    [InlineData("CasesPerCaseManager", "-0.5", "expected a number ≥ 0, found -0.5")]
    [InlineData("CasesManaged", "12.5", "expected a whole number (households), found 12.5")]
    [InlineData("TeamLeadersExperienced", "2.5(50%)", "expected a whole number (persons), found 2.5")]
    [InlineData("TeamLeadersExperienced", "9(-5%)", "expected a share ≥ 0 %, found -5%")]
    public void ValueRules_AreTheBuildersRules(string measureId, string typed, string message) =>
        Assert.Equal(message, ProblemOf(measureId, typed));

    [Fact]
    public void WholeCount_WrittenWithZeroDecimals_IsWhole()
    {
        var cell = One("CasesManaged", "12.0")[Municipality.Suwon, Measure.CasesManaged]!;
        Assert.Equal(12.0m, cell.Value);
        Assert.Equal(1, cell.Decimals);
    }

    [Fact]
    public void ShareAbove100_LoadsAndScoringWarns()
    {
        var table = One("TeamLeadersExperienced", "11(110%)");
        Assert.Equal(110m, table[Municipality.Suwon, Measure.TeamLeadersExperienced]!.Percent);
    }

    [Fact]
    public void EveryProblemOfAFile_IsReportedAtOnce()
    {
        var problems = CsvProblems("unit,CasesManaged,CasesPerCaseManager,OfficialTransferRate\nSuwon,NA,1.5,abc\nSeongnam,-1,\"1,5\",12%\n", AbsentAllowed);
        Assert.Equal(
            [
                "test.csv: line 2, 시군 Suwon, measure CasesManaged: expected a number, N/A, 해당없음 or a blank cell, found 'NA': write N/A or 해당없음 for not applicable, or leave the cell blank for missing",
                "test.csv: line 2, 시군 Suwon, measure OfficialTransferRate: expected a number, found 'abc'",
                "test.csv: line 3, 시군 Seongnam, measure CasesManaged: expected a number ≥ 0, found -1",
                "test.csv: line 3, 시군 Seongnam, measure CasesPerCaseManager: expected ',' only between groups of three digits (1,234 or 1,234.5), found '1,5'",
            ],
            problems);
    }
}
