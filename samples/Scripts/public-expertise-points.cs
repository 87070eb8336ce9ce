#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.123–124) "공무원인력의 전문성과 관련된 지표의 배점상향": give more points to the
// expertise of public staff, the indicators B1 (center head) and B2 (team leaders).
// Proposals2016.HigherPublicExpertisePoints(newPoints: 4): each goes from 2 to 4 points (the report gives no number),
// so the maximum rises from 82 to 86; ranks compare totals rescaled to each rubric's maximum.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.HigherPublicExpertisePoints();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.123–124, \"공무원인력의 전문성과 관련된 지표의 배점상향\"");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, variant).ToReport());
