using System.Collections;
using MuhanRubric.Measurements;
using MuhanRubric.Units;
using static MuhanRubric.Tests.Measurements.TinyTables;

namespace MuhanRubric.Tests.Measurements;

/// <summary>A measurement table, once built, hands out no collection a cast can write to (setters: <c>MutabilityTests</c>).</summary>
public class MeasurementTableImmutabilityTests
{
    private static readonly MeasurementTable _table = MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("frozen")
        .Set(North1, Staff, 4).Set(North2, Regular, 2, percent: 50m).Build(allowUnitsWithoutData: true);

    public static TheoryData<string> CollectionProperties() => [.. Collections().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CollectionProperties))]
    public void Collection_CannotBeCastBackAndChanged(string name)
    {
        var value = Collections().Single(c => c.Name == name).Value;
        Assert.False(value is Array, $"{name} is an array, which a cast to IList<T> can write to.");
        if (value is IList list)
        {
            Assert.True(list.IsReadOnly, $"{name} is a writable list.");
            Assert.NotEmpty(list);
            Assert.Throws<NotSupportedException>(() => list[0] = list[0]);
            Assert.Throws<NotSupportedException>(() => list.Add(list[0]));
            Assert.Throws<NotSupportedException>(list.Clear);
        }
        else
        {
            Assert.False(value.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>)), $"{name} is a writable collection.");
        }
    }

    // Every collection a table hands out, reached through its public surface.
    private static IEnumerable<(string Name, IEnumerable Value)> Collections()
    {
        yield return ("Rows", _table.Rows);
        yield return ("UnitsWithoutData", _table.UnitsWithoutData);
        yield return ("Units", _table.Units);
        yield return ("Measures", _table.Measures);
        yield return ("Row.MissingMeasures", _table[North1].MissingMeasures);
        yield return ("Unit.Groups", new Municipality("G", "군집시", groups: ["Coastal"]).Groups);
        yield return ("Unit.Aliases", Municipality.Pocheon.Aliases);
    }
}
