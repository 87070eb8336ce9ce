#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.123) "지역여건을 반영해 차등 배점하는 방안": score municipalities differently by their
// regional conditions.
// Proposals2016.RegionalDifferentialScoring(group: "County", caseloadShift: -10): the counties (Yangpyeong, Gapyeong,
// Yeoncheon), whose caseloads are smaller, are scored on C1 with every band edge moved down by 10 households; every
// other municipality keeps the reference bands. The report gives no number; the group can be a unit attribute
// (City, County, Southern, Northern) or a group the rubric declares.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Units;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.RegionalDifferentialScoring();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.123, \"지역여건을 반영해 차등 배점하는 방안\"");
Console.WriteLine($"Group:   County = {string.Join(", ", MunicipalityCatalog.Gyeonggi.InGroup("County").Select(m => m.KoreanName))}");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, variant).ToReport());
