using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// One municipality table of the 2016 report (<c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>) as printed: the municipality's 32
/// cells (the values of <see cref="EvaluationReport.Measurements"/>) and the province-average column printed beside them.
/// </summary>
/// <remarks>A blank cell is absent (null), never zero. Immutable and thread-safe.</remarks>
[Immutable]
public sealed class MunicipalityTable
{
    private readonly MeasurementRow _row;
    private readonly IReadOnlyDictionary<Measure, PublishedValue?> _provinceAverage;

    internal MunicipalityTable(MeasurementRow row, string printedName, PrintedSource source, IReadOnlyDictionary<Measure, PublishedValue?> provinceAverage)
    {
        _row = row;
        PrintedName = printedName;
        Source = source;
        _provinceAverage = provinceAverage;
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality => _row.Unit;

    /// <summary>The name printed in the table header (the table of 포천 prints <c>포천시</c>).</summary>
    public string PrintedName { get; }

    /// <summary>The table and page.</summary>
    public PrintedSource Source { get; }

    /// <summary>The municipality's printed value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The value, or null when the cell is blank.</returns>
    public MeasuredValue? this[Measure measure] => _row[measure];

    /// <summary>The province average printed beside the municipality's value in this table.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The printed average, or null when blank.</returns>
    public PublishedValue? ProvinceAverage(Measure measure) => _provinceAverage.TryGetValue(measure, out var value) ? value : null;

    /// <summary>The measures whose cell is blank in this table.</summary>
    public IReadOnlyList<Measure> BlankMeasures => _row.MissingMeasures;

    /// <inheritdoc/>
    public override string ToString() => $"{Municipality.KoreanName} [{Source}]";
}
