using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Measurements.TinyTables;

namespace MuhanRubric.Tests.Measurements;

public class MeasurementTableBuilderTests
{
    private static MeasurementTable.Builder Fresh() => MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("tiny");

    [Fact]
    public void Build_EveryCellKind_ReadsBackAsGiven()
    {
        var table = Fresh().WithPeriod(EvaluationPeriod.Year(2017))
            .Set(North1, Regular, 9, percent: 69.2m, text: "9 (69.2%)").Set(North1, Staff, 12)
            .SetNotApplicable(North2, Staff).SetMissing(South1, Staff).Set(South2, Satisfaction, 3.50m).Set(South3, Staff, 0)
            .Build();

        Assert.Equal(("tiny", "2017"), (table.Name, table.Period?.Label));
        Assert.Equal(new MeasuredValue(9, 69.2m, "9 (69.2%)", table[North1, Regular]!.Source), table[North1, Regular]);
        Assert.Equal("12", table[North1, Staff]!.Text);
        Assert.Equal(2, table[South2, Satisfaction]!.Decimals);
        Assert.Equal(
            [CellStatus.Present, CellStatus.NotApplicable, CellStatus.Missing, CellStatus.Missing, CellStatus.Present],
            Catalogue.Select(u => table.StatusOf(u, Staff)));
        Assert.Null(table[North2, Staff]);
        Assert.Empty(table.UnitsWithoutData);
        Assert.Equal([Certified, Trained, Satisfaction], table[North1].MissingMeasures);
    }

    [Fact]
    public void Set_CellSetTwice_IsRejected()
    {
        var builder = Fresh().Set(North1, Staff, 3);
        var ex = Assert.Throws<ArgumentException>(() => builder.Set(North1, Staff, 4));
        Assert.Equal("N1, Staff: the cell is already set.", ex.Message);
        Assert.Equal("N1, Staff: the cell is already set.", Assert.Throws<ArgumentException>(() => builder.SetNotApplicable(North1, Staff)).Message);
        Assert.Equal("N1, Staff: the cell is already set.", Assert.Throws<ArgumentException>(() => builder.SetMissing(North1, Staff)).Message);
    }

    [Fact]
    public void Set_NegativeValue_IsRejectedAndTheCellStaysFree()
    {
        var builder = Fresh();
        var ex = Assert.Throws<ArgumentException>(() => builder.Set(North1, Satisfaction, -1.5m));
        Assert.Equal("N1, Satisfaction: expected a number ≥ 0, found -1.5 (Parameter 'value')", ex.Message);
        builder.Set(North1, Satisfaction, 1.5m); // the rejected call claimed nothing.
    }

    [Fact]
    public void Set_FractionalWholeCount_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Fresh().Set(North1, Staff, 2.5m));
        Assert.Equal("N1, Staff: expected a whole number (persons), found 2.5 (Parameter 'value')", ex.Message);
        Fresh().Set(North1, Staff, 2.0m); // 2.0 is whole.
    }

    [Fact]
    public void Set_ShareOnAMeasureWithoutOne_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Fresh().Set(North1, Staff, 4, percent: 50m));
        Assert.Equal("N1, Staff: expected a number without a share (Staff has none), found a share of 50% (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Set_NegativeShare_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Fresh().Set(North1, Regular, 4, percent: -5m));
        Assert.Equal("N1, Regular: expected a share ≥ 0 %, found -5% (Parameter 'value')", ex.Message);
    }

    [Fact]
    public void Set_UnknownUnit_IsRejected()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Fresh().Set(Municipality.Suwon, Staff, 1));
        Assert.Equal("The table does not cover 수원시 (Suwon-si).", ex.Message);
    }

    [Fact]
    public void Set_UnknownMeasure_IsRejected()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Fresh().SetNotApplicable(North1, Measure.CasesManaged));
        Assert.Equal("The table holds no measure 'CasesManaged'.", ex.Message);
    }

    [Fact]
    public void Build_Twice_IsRejected_AndTheBuilderCannotChangeTheTable()
    {
        var builder = Fresh().Set(North1, Staff, 1);
        var table = builder.Build(allowUnitsWithoutData: true);
        Assert.Equal("This builder has already built its table; start another.", Assert.Throws<InvalidOperationException>(() => builder.Build(allowUnitsWithoutData: true)).Message);
        Assert.Equal("This builder has already built its table; start another.", Assert.Throws<InvalidOperationException>(() => builder.Set(North2, Staff, 1)).Message);
        Assert.Equal(CellStatus.Missing, table.StatusOf(North2, Staff));
    }

    [Fact]
    public void Build_UnitsWithoutData_AreAnErrorUnlessAllowed()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Fresh().Set(North1, Staff, 1).Set(North2, Staff, 1).SetMissing(South1, Staff).Build());
        Assert.Equal("'tiny' has no data for 2 of its 5 units (S2, S3); give their cells, or allow units without data.", ex.Message);

        var allowed = Fresh().Set(North1, Staff, 1).Set(North2, Staff, 1).SetMissing(South1, Staff).Build(allowUnitsWithoutData: true);
        Assert.Equal<Municipality>([South2, South3], allowed.UnitsWithoutData);
    }

    [Fact]
    public void CreateBuilder_NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => MeasurementTable.CreateBuilder(null!, MeasureCatalogue));
        Assert.Throws<ArgumentNullException>(() => MeasurementTable.CreateBuilder(Catalogue, null!));
        Assert.Throws<ArgumentNullException>(() => Fresh().Set(null!, Staff, 1));
    }
}
