#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.124) "적정 통합사례관리대상자 범주를 30~50가구에서 20~40가구로 낮추는 방안":
// lower the optimal caseload per case manager (C1) from 30–50 to 20–40 households.
// Proposals2016.CaseloadOptimum20To40() moves every C1 band edge down by 10: the optimum becomes [20, 40) and the
// side bands keep their 5-household widths. No parameter besides the baseline (default: Rubrics2016.Reference).

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.CaseloadOptimum20To40();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.124, \"적정 통합사례관리대상자 범주를 30~50가구에서 20~40가구로 낮추는 방안\"");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, variant).ToReport());
