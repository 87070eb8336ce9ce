#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.124) "유사한 업무를 수행하는 인력들의 처우차이가 얼마나 큰지 … 평가지표에 추가": add an
// indicator on how far the treatment of staff doing similar work differs.
// Proposals2016.TreatmentGapIndicator(points: 3) adds B11: the mean of the private case managers' three shares
// (regular employment, career recognition, pay-step raises; each capped at 100 %) minus the integrated case managers'
// mean; it does not apply to 과천 (no private case managers, p.42). A gap within
// ±10 percentage points earns 3, within ±30 two thirds, within ±50 one third, otherwise 0: the report gives no scale,
// so these bands are an assumption. The maximum rises from 82 to 85.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.TreatmentGapIndicator();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.124, \"유사한 업무를 수행하는 인력들의 처우차이가 얼마나 큰지 … 평가지표에 추가\"");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, variant).ToReport());
