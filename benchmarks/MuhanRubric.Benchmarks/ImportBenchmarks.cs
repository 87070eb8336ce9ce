using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Benchmarks;

/// <summary>
/// Importing a wide CSV of synthetic units × 10 measures, at 10³, 10⁴ and 10⁵ units: time and allocation should grow
/// linearly with the units (the rows stream into the table's builder; a row's cells share one source).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private const int MeasureCount = 10;

    private byte[] _file = [];
    private ImportOptions _options = ImportOptions.Default;

    [Params(1_000, 10_000, 100_000)]
    public int Units { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Custom catalogues: N units, 10 measures (whole counts, ratios, a percentage, a count with a share).
        var units = new MunicipalityCatalog(Enumerable.Range(0, Units).Select(i => new Municipality(
            string.Create(CultureInfo.InvariantCulture, $"U{i:D6}"), string.Create(CultureInfo.InvariantCulture, $"단위{i}구"))));
        var measures = new MeasureCatalog(Enumerable.Range(0, MeasureCount).Select(m => m switch
        {
            0 => new Measure("M0", "측정 0", "Measure 0", MeasureUnit.Persons, isWholeCount: true),
            1 => new Measure("M1", "측정 1", "Measure 1", MeasureUnit.Persons, isWholeCount: true, hasShare: true, shareDenominator: "M0"),
            2 => new Measure("M2", "측정 2", "Measure 2", MeasureUnit.Percent),
            _ => new Measure(string.Create(CultureInfo.InvariantCulture, $"M{m}"), string.Create(CultureInfo.InvariantCulture, $"측정 {m}"), "Measure", MeasureUnit.Ratio),
        }));
        _options = new ImportOptions { Units = units, Measures = measures };

        var text = new StringBuilder("unit,name,").AppendJoin(',', measures.Select(m => m.Id)).Append('\n');
        var random = new Random(42);
        for (var i = 0; i < Units; i++)
        {
            text.Append(units[i].Code).Append(',').Append(units[i].KoreanName);
            var staff = random.Next(1, 2_000);
            text.Append(CultureInfo.InvariantCulture, $",\"{staff:N0}\"");
            var share = random.Next(0, staff);
            text.Append(CultureInfo.InvariantCulture, $",\"{share}({Math.Round(100m * share / staff, 1)}%)\"");
            text.Append(CultureInfo.InvariantCulture, $",{random.Next(0, 1000) / 10m}%");
            for (var m = 3; m < MeasureCount; m++)
            {
                text.Append(',');
                if (random.Next(50) != 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{random.Next(0, 100_000) / 100m}");
                }
            }

            text.Append('\n');
        }

        _file = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Decode, parse and validate the whole file into a table.</summary>
    [Benchmark]
    public MeasurementTable ReadCsv()
    {
        using var stream = new MemoryStream(_file, writable: false);
        return MeasurementImport.ReadCsv(stream, "benchmark.csv", _options);
    }
}
