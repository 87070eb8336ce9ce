using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>What the layout readers of one CSV file or worksheet share: the options, the problems, and where things are.</summary>
internal sealed class GridContext(ImportProblems problems, ImportOptions options, string tableName)
{
    public ImportProblems Problems { get; } = problems;

    public MunicipalityCatalog Units { get; } = options.Units;

    public MeasureCatalog Measures { get; } = options.Measures;

    public ImportOptions Options { get; } = options;

    public string TableName { get; } = tableName;

    /// <summary>A worksheet names cells (A1); a CSV file names lines.</summary>
    public bool IsWorkbook => Problems.Sheet is not null;

    public Place At(GridRow row, int column) =>
        IsWorkbook ? new Place(null, A1.Reference(column, row.Number)) : new Place(row.Number, null);

    /// <summary>Where a value comes from: a CSV row's shared source, or its worksheet cell.</summary>
    public ValueSource Source(GridRow row, int column) =>
        row.RowSource ?? new SubmittedSource(Problems.File, Problems.Sheet, A1.Reference(column, row.Number));

    public void Problem(GridRow row, int column, string? unit, string? measure, string? field, string message) =>
        Problems.Add(At(row, column), unit, measure, field, message);

    public MeasurementTable.Builder CreateBuilder(MeasureCatalog present) =>
        MeasurementTable.CreateBuilder(Units, present).WithName(TableName).WithPeriod(Options.Period);
}
