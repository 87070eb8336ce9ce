using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Composite;

/// <summary>Small measurement tables for composite tests: units U1…Un, one column per measure, null for missing.</summary>
internal static class CompositeTestData
{
    public static MeasurementTable Table(IReadOnlyDictionary<string, double?[]> columns, params string[][] groups)
    {
        var count = columns.Values.First().Length;
        var units = new MunicipalityCatalog(Enumerable.Range(0, count).Select(i =>
            new Municipality($"U{i + 1}", $"단위{i + 1}", groups: groups.Length > i ? groups[i] : null)));
        var measures = new MeasureCatalog(columns.Keys.Select(id => new Measure(id, id, id, MeasureUnit.Other, expectedRange: Interval.All)));
        var builder = MeasurementTable.CreateBuilder(units, measures).WithName("test");
        foreach (var (id, values) in columns)
        {
            for (var u = 0; u < count; u++)
            {
                if (values[u] is { } v)
                {
                    builder.Set(units[u], measures[id], (decimal)v);
                }
                else
                {
                    builder.SetMissing(units[u], measures[id]);
                }
            }
        }

        return builder.Build(allowUnitsWithoutData: true);
    }
}
