#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.123) "지역여건을 반영해 차등 배점하는 방안": score municipalities differently by their
// regional conditions, because 수원 and 연천 were scored against one mean (평균값을 기준으로) although their conditions
// differ. The mean-based scale of the reference rubric is C3 (service linkages per case against the province mean, p.125).
// Proposals2016.RegionalDifferentialScoring(groups: "City", "County" by default) scores each group on C3's bands against
// its own mean. The groups can be unit attributes (City, County, Southern, Northern) or groups the rubric declares.
// On the 2016 data no 시군 changes band: the comparison below shows it.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Units;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var variant = Proposals2016.RegionalDifferentialScoring();

Console.WriteLine($"Variant: {variant.Name}");
Console.WriteLine("Report:  p.123, \"지역여건을 반영해 차등 배점하는 방안\"");
Console.WriteLine($"Groups:  County = {string.Join(", ", MunicipalityCatalog.Gyeonggi.InGroup("County").Select(m => m.KoreanName))}; City = the other 28");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, variant).ToReport());
