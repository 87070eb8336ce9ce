using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>A layout of a CSV file or worksheet (wide or long), fed the rows after the header.</summary>
internal interface IGridLayout
{
    /// <summary>Reads one data row (not blank, not a comment).</summary>
    void Accept(GridRow row);

    /// <summary>Reports what only the whole file shows (absent units), then builds the table or throws every problem.</summary>
    MeasurementTable Finish();
}
