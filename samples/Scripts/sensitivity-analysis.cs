#:project ../../src/MuhanRubric/MuhanRubric.csproj

// Uncertainty and sensitivity analysis in the JRC style (as in the COINr package): how much do the ranks of the
// 31 시군 depend on choices the report makes without justifying them (p.123: "중복되거나 … 개선이 필요")?
// Monte Carlo over three uncertain inputs, reproducible from the seed:
//   weights     ±20 % uniform, renormalised (WeightPerturbation.Uniform(0.2m));
//   band edges  every band scale's edges moved together by up to ±10 % (EdgePerturbation.Uniform(0.1));
//   inclusion   one scored indicator left out, or none, uniformly (InclusionPerturbation.DropOne()).
// 100,000 samples over all cores take well under a minute; the run is printed for the 2016 reference rubric and for
// the p.124 caseload proposal, after the comparison of the two.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var dataset = Evaluation2016.Measurements;
var reference = Rubrics2016.Reference;
var proposal = Proposals2016.CaseloadOptimum20To40();
Console.Write(RubricComparison.Compare(dataset, reference, proposal).ToReport());
Console.WriteLine();

var options = SensitivityOptions.Default with
{
    Samples = 100_000,
    Seed = 2016,
    Weights = WeightPerturbation.Uniform(0.2m),
    BandEdges = EdgePerturbation.Uniform(0.1),
    Inclusion = InclusionPerturbation.DropOne(),
    Progress = new Progress<SensitivityProgress>(p =>
    {
        if (p.SamplesDone == p.TotalSamples)
        {
            Console.Error.WriteLine($"{p.SamplesDone:N0} samples done");
        }
    }),
};

foreach (var rubric in new[] { reference, proposal })
{
    var result = SensitivityAnalysis.Run(rubric, dataset, options);
    Console.WriteLine(result.ToText());
}
