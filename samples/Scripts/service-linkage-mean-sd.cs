#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report mentions (p.125) the alternative to percentiles, "평균을 기준으로 … 표준편차를 활용하는 방법":
// an adequate range for service linkages per case (C3) around the province mean, measured in standard deviations.
// Proposals2016.ServiceLinkageMeanSdStandard(k: 1, outsidePoints: half of C3's maximum): mean ± 1 sample SD earns the
// full points, anything else half. The report gives no number for k or for outside; both are defaults to vary.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.ServiceLinkageMeanSdStandard();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.125, \"평균을 기준으로 … 표준편차를 활용하는 방법\"");
Console.WriteLine();

var comparison = RubricComparison.Compare(Evaluation2016.Measurements, reference, variant);
Console.WriteLine("Frozen cut-offs of the variant's population-based scales (C3 is the proposal):");
foreach (var frozen in comparison.Results[1].FrozenScales)
{
    var cutoffs = string.Join(", ", frozen.Cutoffs.Select(c => FormattableString.Invariant($"{c.Cutoff} = {c.Value}")));
    Console.WriteLine($"  {frozen.IndicatorCode}: {cutoffs} → {frozen.Resolved}");
}

Console.WriteLine();
Console.Write(comparison.ToReport());
