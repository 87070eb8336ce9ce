using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Statistics;

/// <summary>Builds series over the first municipalities in report order.</summary>
internal static class TestSeries
{
    public static MeasureSeries Of(params decimal?[] values) =>
        new("test", values.Select((v, i) => new Observation(MunicipalityCatalog.Gyeonggi[i], v)));
}
