using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Scoring;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Measurements.TinyTables;

namespace MuhanRubric.Tests.Measurements;

/// <summary>
/// <see cref="MeasurementTable.Read(Municipality, Measure, ValuePart)"/>'s one rule for shares: given beside the
/// count; else derived from the declared denominator (zero or not-applicable denominator: not applicable); else 0 % for
/// a zero count when the source gives shares for the measure; else unavailable.
/// </summary>
public class ShareRuleTests
{
    private static MeasurementReading Share(MeasurementTable table, Municipality unit, Measure measure) => table.Read(unit, measure, ValuePart.Percent);

    [Fact]
    public void Read_ShareGivenBesideTheCount_IsTakenAsGiven()
    {
        var table = Builder().Set(North1, Staff, 10).Set(North1, Certified, 3, percent: 40m).Build(allowUnitsWithoutData: true);
        Assert.Equal(new MeasurementReading(40m, ReadingStatus.Given), Share(table, North1, Certified)); // not 30 %: the cell wins.
        Assert.Equal(new MeasurementReading(3m, ReadingStatus.Given), table.Read(North1, Certified));
    }

    [Fact]
    public void Read_ShareNotGiven_IsDerivedFromTheDenominator()
    {
        var table = Builder().Set(North1, Staff, 12).Set(North1, Certified, 3).Set(North2, Staff, 8).Set(North2, Certified, 0).Build(allowUnitsWithoutData: true);
        Assert.Equal(new MeasurementReading(25m, ReadingStatus.Derived), Share(table, North1, Certified));
        Assert.Equal(new MeasurementReading(0m, ReadingStatus.Derived), Share(table, North2, Certified));
    }

    [Fact]
    public void Read_ZeroOrNotApplicableDenominator_IsNotApplicable()
    {
        var table = Builder().Set(North1, Staff, 0).Set(North1, Certified, 0).SetNotApplicable(North2, Staff).Set(North2, Certified, 2).Build(allowUnitsWithoutData: true);
        Assert.Equal(MeasurementReading.NotApplicable, Share(table, North1, Certified));
        Assert.Equal(MeasurementReading.NotApplicable, Share(table, North2, Certified));
    }

    [Fact]
    public void Read_MissingDenominator_IsUnavailableNotSilentlyMissing()
    {
        // The count is there; only its whole is not, so the share is unavailable (and scoring says so), not a blank cell.
        var table = Builder().Set(North1, Certified, 2).SetMissing(North1, Staff).Build(allowUnitsWithoutData: true);
        Assert.Equal(new MeasurementReading(null, ReadingStatus.ShareUnavailable), Share(table, North1, Certified));
    }

    [Fact]
    public void Read_MissingDenominatorAndZeroCount_FallsToTheZeroCountRule()
    {
        var table = Builder().Set(North1, Certified, 0).Set(North2, Certified, 1, percent: 50m).Build(allowUnitsWithoutData: true);
        Assert.Equal(new MeasurementReading(0m, ReadingStatus.ZeroCount), Share(table, North1, Certified));
    }

    [Fact]
    public void Read_ZeroCountWithSharesGivenElsewhere_IsZeroPercent()
    {
        var table = Builder().Set(North1, Regular, 9, percent: 69.2m).Set(North2, Regular, 0).Set(South1, Regular, 4).Build(allowUnitsWithoutData: true);
        Assert.True(table.SharesGiven(Regular));
        Assert.Equal(new MeasurementReading(69.2m, ReadingStatus.Given), Share(table, North1, Regular));
        Assert.Equal(new MeasurementReading(0m, ReadingStatus.ZeroCount), Share(table, North2, Regular));
        Assert.Equal(new MeasurementReading(null, ReadingStatus.ShareUnavailable), Share(table, South1, Regular)); // 4 of an unknown whole.
    }

    [Fact]
    public void Read_ShareNeitherGivenNorDerivable_IsUnavailableForEveryUnitIncludingZeroCounts()
    {
        var table = Builder().Set(North1, Trained, 5).Set(North2, Trained, 0).Set(South1, Trained, 12).Build(allowUnitsWithoutData: true);
        Assert.False(table.SharesGiven(Trained));
        Assert.All([North1, North2, South1], u => Assert.Equal(new MeasurementReading(null, ReadingStatus.ShareUnavailable), Share(table, u, Trained)));
    }

    [Fact]
    public void Read_MissingOrNotApplicableCount_HasNoShare()
    {
        var table = Builder().SetMissing(North1, Trained).SetNotApplicable(North2, Trained).Build(allowUnitsWithoutData: true);
        Assert.Equal(MeasurementReading.Missing, Share(table, North1, Trained));
        Assert.Equal(MeasurementReading.NotApplicable, Share(table, North2, Trained));
        Assert.Equal(MeasurementReading.Missing, Share(table, South1, Trained)); // never given at all.
    }

    [Fact]
    public void Score_ShareNeitherGivenNorDerivable_WarnsOnceNamingTheIndicatorAndTheMeasure()
    {
        var table = Builder(
            (North1, 10, 1, 1, 5, 3), (North2, 10, 1, 1, 0, 3), (South1, 10, 1, 1, 2, 3), (South2, 10, 1, 1, 0, 3), (South3, 10, 1, 1, 7, 3)).Build();
        var result = Proportional("B2", MeasureExpression.Field(Trained, ValuePart.Percent), 0, 100).Score(table);

        var warning = Assert.Single(result.Warnings, w => w.Kind == ScoringWarningKind.ShareUnavailable);
        Assert.Equal(("B2", "Trained"), (warning.IndicatorCode, warning.MeasureId));
        Assert.Equal<Municipality>(Catalogue, warning.Units);
        Assert.Equal("B2: the share of Trained is not given beside the count and cannot be derived (no denominator is declared) for 5 of 5 units (N1, N2, S1, S2, S3); read as missing", warning.Message);
        Assert.Equal("B2: Trained의 비율이 기재되지 않았고 산출할 수 없어 5개 중 5개 단위에서 결측 처리 (N1, N2, S1, S2, S3)", warning.KoreanMessage);
        Assert.Equal("B2 B2: value missing (a share neither given beside the count nor derivable); excluded, the maximum drops by 10 points (policy ExcludeAndRescale)", result[North2]["B2"].Explanation);
    }

    [Fact]
    public void Score_ShareWithAMissingDenominator_WarnsThatTheDenominatorIsMissing()
    {
        var table = Builder((North1, 10, 5, 1, 1, 3), (North2, null, 2, 1, 1, 3), (South1, 4, 1, 1, 1, 3), (South2, 5, 5, 1, 1, 3), (South3, 8, 2, 1, 1, 3)).Build();
        var result = Proportional("B7", MeasureExpression.Field(Certified, ValuePart.Percent), 0, 100).Score(table);

        var warning = Assert.Single(result.Warnings, w => w.Kind == ScoringWarningKind.ShareUnavailable);
        Assert.Equal("B7: the share of Certified is not given beside the count and cannot be derived (its denominator is missing) for 1 of 5 units (N2); read as missing", warning.Message);
        Assert.Equal([5m, 0m, 2.5m, 10m, 2.5m], result.Cards.Select(c => c["B7"].Points));
    }
}
