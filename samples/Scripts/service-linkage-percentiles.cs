#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.125) "백분위기준을 활용해 적정수준을 3.6~10.1건": score service linkages per case (C3)
// against the 2016 percentiles, with the range between the 25th and 75th percentiles as adequate.
// Proposals2016.ServiceLinkagePercentileStandard(insidePoints: C3's maximum, outsidePoints: half of it) uses the printed
// 3.6–10.1: inside earns the full points, anything else half (the report gives no number for outside). With
// recomputePercentiles: true the percentiles are computed on the data instead (SPSS's definition, frozen into the
// result): P25 = 3.6 as printed, but P75 = 10.0 where the report prints 10.1, so 가평 (10.1) falls outside.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.ServiceLinkagePercentileStandard();
var recomputed = Proposals2016.ServiceLinkagePercentileStandard(recomputePercentiles: true);

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.125, \"백분위기준을 활용해 적정수준을 3.6~10.1건\"");
Console.WriteLine();

var comparison = RubricComparison.Compare(Evaluation2016.Measurements, reference, variant, recomputed);
Console.WriteLine("Frozen cut-offs of the recomputed variant's population-based scales (C3 is the proposal; the report prints 3.6–10.1):");
foreach (var frozen in comparison.Results[2].FrozenScales)
{
    var cutoffs = string.Join(", ", frozen.Cutoffs.Select(c => FormattableString.Invariant($"{c.Cutoff} = {c.Value}")));
    Console.WriteLine($"  {frozen.IndicatorCode}: {cutoffs} → {frozen.Resolved}");
}

Console.WriteLine();
Console.Write(comparison.ToReport());
