using MuhanRubric.Domain;

namespace MuhanRubric.Data;

/// <summary>
/// One municipality table (<c>표 Ⅳ-16</c> … <c>표 Ⅳ-46</c>): the municipality's 32 printed cells and the
/// province-average column printed beside them.
/// </summary>
/// <remarks>A blank cell is absent (null), never zero. Immutable and thread-safe.</remarks>
public sealed class MunicipalityRecord
{
    private readonly IReadOnlyDictionary<Measure, PublishedValue?> _values;
    private readonly IReadOnlyDictionary<Measure, PublishedValue?> _provinceAverage;

    internal MunicipalityRecord(
        Municipality municipality,
        string printedName,
        SourceReference source,
        IReadOnlyDictionary<Measure, PublishedValue?> values,
        IReadOnlyDictionary<Measure, PublishedValue?> provinceAverage)
    {
        Municipality = municipality;
        PrintedName = printedName;
        Source = source;
        _values = values;
        _provinceAverage = provinceAverage;
    }

    /// <summary>The municipality.</summary>
    public Municipality Municipality { get; }

    /// <summary>The name printed in the table header (the table of 포천 prints <c>포천시</c>).</summary>
    public string PrintedName { get; }

    /// <summary>The table and page.</summary>
    public SourceReference Source { get; }

    /// <summary>The municipality's printed value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The value, or null when the cell is blank.</returns>
    public PublishedValue? this[Measure measure] => _values.TryGetValue(measure, out var value) ? value : null;

    /// <summary>The province average printed beside the municipality's value in this table.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The printed average, or null when blank.</returns>
    public PublishedValue? ProvinceAverage(Measure measure) => _provinceAverage.TryGetValue(measure, out var value) ? value : null;

    /// <summary>The measures whose cell is blank in this table.</summary>
    public IReadOnlyList<Measure> BlankMeasures => [.. Measure.All.Where(m => _values.ContainsKey(m) && _values[m] is null)];

    /// <inheritdoc/>
    public override string ToString() => $"{Municipality.KoreanName} [{Source}]";
}
