using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Statistics;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Benchmarks;

/// <summary>Loading the embedded 2016 dataset and reproducing its published figures.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private byte[] _dataset = [];
    private byte[] _catalogue = [];
    private EvaluationReport _loaded = Evaluation2016.Report;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = typeof(EvaluationReport).Assembly;
        _dataset = Read(assembly.GetManifestResourceStream(EvaluationReport.Embedded2016ResourceName)!);
        _catalogue = Read(assembly.GetManifestResourceStream(EvaluationReport.Embedded2016DiscrepanciesResourceName)!);
        _loaded = Evaluation2016.Report;
    }

    /// <summary>Parse and validate both JSON files (what a first <c>Load2016()</c> costs).</summary>
    [Benchmark]
    public EvaluationReport Load()
    {
        using var dataset = new MemoryStream(_dataset);
        using var catalogue = new MemoryStream(_catalogue);
        return EvaluationReport.Load(dataset, "benchmark.json", catalogue);
    }

    /// <summary>Every reproduction check (about 630 figures).</summary>
    [Benchmark]
    public ReproductionReport Reproduce() => Reproducer.Reproduce(_loaded);

    private static byte[] Read(Stream stream)
    {
        using (stream)
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}

/// <summary>
/// The library's one-call description against calling MathNet.Numerics directly on the same 31 values
/// (the baseline): the ratio is the cost of missing-value handling, exact sums and the named statistics.
/// </summary>
[MemoryDiagnoser]
public class DescribeBenchmarks
{
    private MeasureSeries _series = Evaluation2016.Measurements.Series(Measure.CasesPerCaseManager);
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        _series = Evaluation2016.Measurements.Series(Measure.CasesPerCaseManager);
        _values = _series.ToDoubleArray();
    }

    [Benchmark(Baseline = true)]
    public double MathNetDirect()
    {
        var sorted = (double[])_values.Clone();
        Array.Sort(sorted);
        return sorted.Mean() + sorted.StandardDeviation() + sorted.PopulationStandardDeviation()
            + SortedArrayStatistics.QuantileCustom(sorted, 0.25, QuantileDefinition.R6)
            + SortedArrayStatistics.QuantileCustom(sorted, 0.5, QuantileDefinition.R6)
            + SortedArrayStatistics.QuantileCustom(sorted, 0.75, QuantileDefinition.R6);
    }

    [Benchmark]
    public Descriptives Describe() => _series.Describe();
}
