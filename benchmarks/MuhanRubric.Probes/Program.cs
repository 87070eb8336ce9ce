using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

// Measurements that need a fresh process each, run by benchmarks/compare.sh:
//   cold-start               load the 2016 data, build the reference rubric, score; time to the first scored result
//   peak-memory SAMPLES      the Monte Carlo of MonteCarloBenchmarks on all cores; the process's peak resident memory
//   export-model PATH        the nominal numbers numpy/monte_carlo.py perturbs, as JSON
var clock = Stopwatch.StartNew();
switch (args.FirstOrDefault())
{
    case "cold-start":
        var table = Evaluation2016.Measurements;
        var loaded = clock.Elapsed.TotalMilliseconds;
        var rubric = Rubrics2016.Reference;
        var built = clock.Elapsed.TotalMilliseconds;
        var result = rubric.Compile().Score(table);
        var top = result.Ranked[0];
        var scored = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold-start main-to-result-ms={scored:0.0} (data {loaded:0.0}, rubric {built - loaded:0.0}, compile and score {scored - built:0.0}) top={top.Municipality.Code} {top.NormalizedTotal}"));
        return 0;
    case "peak-memory":
        var samples = int.Parse(args[1], CultureInfo.InvariantCulture);
        var options = SensitivityOptions.Default with
        {
            Samples = samples,
            Weights = WeightPerturbation.Dirichlet(700),
            BandEdges = EdgePerturbation.Uniform(0.1),
            Inclusion = InclusionPerturbation.Bernoulli(0.9),
        };
        var analysis = SensitivityAnalysis.Run(Rubrics2016.Reference, Evaluation2016.Measurements, options);
        var peak = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak-memory samples={samples} peak-mb={long.Parse(peak, CultureInfo.InvariantCulture) / 1024d:0.0} seconds={clock.Elapsed.TotalSeconds:0.00} mean-rank-1={analysis.Municipalities[0].MeanRank:0.000}"));
        return 0;
    case "export-model":
        File.WriteAllText(args[1], ExportModel());
        return 0;
    default:
        Console.Error.WriteLine("usage: cold-start | peak-memory SAMPLES | export-model PATH");
        return 2;
}

// What the Monte Carlo starts from, through the public API: per scored indicator its nominal weight, every unit's
// points and maximum, and for band indicators the raw values and the bands.
static string ExportModel()
{
    var rubric = Rubrics2016.Reference;
    var result = rubric.Compile().Score(Evaluation2016.Measurements);
    var scored = rubric.Indicators.Select((indicator, j) => (indicator, j)).Where(x => x.indicator.IsScored && x.indicator.MaximumPoints > 0).ToList();
    var matrix = result.Matrix;
    var units = Enumerable.Range(0, matrix.UnitCount).ToList();
    static double? Edge(decimal? value) => value is { } v ? (double)v : null;
    var model = new
    {
        units = units.Select(u => result.Cards[u].Municipality.Code),
        rubricMaximum = (double)rubric.MaximumPoints,
        pointsDecimals = rubric.PointsDecimals,
        indicators = scored.Select(x => x.indicator.Code),
        weights = scored.Select(x => (double)x.indicator.MaximumPoints),
        points = scored.Select(x => units.Select(u => (double)matrix.Points(u, x.j))),
        maxima = scored.Select(x => units.Select(u => (double)matrix.MaximumPoints(u, x.j))),
        nominalRanks = units.Select(matrix.Rank),
        bands = scored.Select((x, column) => (x, column)).Where(y => y.x.indicator.Scale is BandScale).Select(y => new
        {
            column = y.column,
            code = y.x.indicator.Code,
            raw = units.Select(u => result.Cards[u].Indicators[y.x.j] is { Status: IndicatorStatus.Scored, RawValue: { } raw } ? (double?)raw : null),
            intervals = ((BandScale)y.x.indicator.Scale).Bands.SelectMany((band, b) => band.Intervals.Select(i => new
            {
                band = b,
                lower = Edge(i.Lower),
                lowerInclusive = i.LowerInclusive,
                upper = Edge(i.Upper),
                upperInclusive = i.UpperInclusive,
            })),
            bandPoints = ((BandScale)y.x.indicator.Scale).Bands.Select(b => (double)b.Points),
            otherwise = (double)(((BandScale)y.x.indicator.Scale).OtherwisePoints ?? 0m),
        }),
    };
    return JsonSerializer.Serialize(model, new JsonSerializerOptions { WriteIndented = true });
}
