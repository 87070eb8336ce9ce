using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Units;

namespace MuhanRubric.Composite;

/// <summary>The numbers a composite reads: per indicator a column over the units, and the denominators' columns.</summary>
internal sealed class CompositeInput
{
    public CompositeInput(IReadOnlyList<Municipality> units, double?[][] indicators, Dictionary<string, double?[]> denominators)
    {
        Units = units;
        Indicators = indicators;
        Denominators = denominators;
    }

    public IReadOnlyList<Municipality> Units { get; }

    /// <summary>One column per indicator of the index, in <see cref="CompositeIndex.Indicators"/> order.</summary>
    public double?[][] Indicators { get; }

    public Dictionary<string, double?[]> Denominators { get; }

    public static CompositeInput From(CompositeIndex index, MeasurementTable table)
    {
        var units = table.Units.ToList();
        var columns = index.Indicators.Select(i => Column(table, i.Measure!)).ToArray();
        var denominators = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var d in index.Steps.OfType<DenominateStep>().SelectMany(s => s.Denominations))
        {
            if (!denominators.ContainsKey(d.Denominator))
            {
                denominators[d.Denominator] = Column(table, d.Denominator);
            }
        }

        return new CompositeInput(units, columns, denominators);
    }

    /// <summary>A decimal read back as the double it was written from: decimals keep the digits exactly, the parse rounds once.</summary>
    public static double ToDouble(decimal value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double?[] Column(MeasurementTable table, string measureId)
    {
        if (!table.Measures.Contains(measureId))
        {
            throw new KeyNotFoundException($"The measurements '{table.Name}' have no measure '{measureId}'.");
        }

        var measure = table.Measures[measureId];
        return [.. table.Units.Select(u => table.Read(u, measure).Value is { } v ? ToDouble(v) : (double?)null)];
    }
}
