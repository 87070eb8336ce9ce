#:project ../../src/MuhanRubric/MuhanRubric.csproj

// The report proposes (p.123) "교육이수와 관련된 지표는 삭제되는 것이 필요": drop the training-participation
// indicators B4 (public officials) and B10 (case managers).
// Proposals2016.WithoutTrainingIndicators(redistribution) defaults to PointsRedistribution.None: their 5 points are
// gone and the maximum drops from 82 to 77. The alternative shown beside it, ProportionalWithinArea, gives the points
// to the other scored indicators of area B in proportion to their points, so the maximum stays 82.

using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Rubrics;

Console.OutputEncoding = Encoding.UTF8;
var reference = Rubrics2016.Reference;
var dropped = Proposals2016.WithoutTrainingIndicators();
var redistributed = Proposals2016.WithoutTrainingIndicators(redistribution: PointsRedistribution.ProportionalWithinArea);

Console.WriteLine($"Variant: {dropped.Name}");
Console.WriteLine("Report:  p.123, \"교육이수와 관련된 지표는 삭제되는 것이 필요\"");
Console.WriteLine();
Console.Write(RubricComparison.Compare(Evaluation2016.Measurements, reference, dropped, redistributed).ToReport());
