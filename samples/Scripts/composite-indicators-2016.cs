#:project ../../src/MuhanRubric/MuhanRubric.csproj
#:project ../../src/MuhanRubric.Optimization/MuhanRubric.Optimization.csproj

// The 2016 reference rubric beside composites of the same indicators, as the composite-indicator literature builds them
// (OECD/JRC Handbook; the R package COINr): each indicator's raw value min-max normalised onto [1, 100] (its direction
// read from the rubric's bands), weighted by its maximum points, aggregated by arithmetic or geometric means, with the
// change of each 시군's score attributed to the indicators; the Benefit-of-the-Doubt score and rank of every 시군 (its most favourable indicator weights, no indicator more than 10 % of its
// score); and the ranks' uncertainty over method choices (normalisation, aggregation,
// imputation on/off, banded or normalised scale per indicator), 2,000 seeded runs.

using System.Globalization;
using System.Text;
using MathNet.Numerics.Statistics;
using MuhanRubric.Analysis;
using MuhanRubric.Composite;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Optimization;
using MuhanRubric.Scoring;

Console.OutputEncoding = Encoding.UTF8;
var rubric = Rubrics2016.Reference;
var scored = rubric.Score(Evaluation2016.Measurements);
var means = RubricComposite.AsWeightedMeans(rubric, scored);
var banded = RubricComposite.Evaluate(means, scored, RubricLeaf.PointShares);
var arithmetic = RubricComposite.Evaluate(means.ToBuilder().Normalise(NormalisationMethod.MinMax, 1, 100).Build(), scored, RubricLeaf.RawValues);
var geometric = RubricComposite.Evaluate(
    means.ToBuilder().WithAggregation(Aggregation.GeometricMean).Normalise(NormalisationMethod.MinMax, 1, 100).Build(), scored, RubricLeaf.RawValues);
var bod = BenefitOfTheDoubt.Evaluate(RubricComposite.Evaluate(RubricComposite.FromRubric(rubric), scored), new BenefitOfDoubtBounds(0, 0.1));
var uncertainty = MethodUncertainty.Run(rubric, scored, new MethodSpace { Runs = 2000, Seed = 2016 });

var root = RubricComposite.RootCode;
Console.WriteLine($"[0] {rubric.Name}: points and bands, ranked on the normalized total");
Console.WriteLine("[1] composite: raw values min-max [1, 100], arithmetic means weighted by maximum points");
Console.WriteLine("[2] composite: the same, geometric means");
Console.WriteLine("BoD: Benefit of the Doubt on the indicator points, shares at most 10 %; own: rank when every 시군 is scored with its weights");
Console.WriteLine("MC: rank over 2,000 runs drawing the method (median, 5 %–95 %)");
Console.WriteLine();
Console.WriteLine("code         [0]  [1]  [2]   BoD  BoD rank  own   MC median  5%–95%");
foreach (var card in scored.Ranked)
{
    var code = card.Municipality.Code;
    var b = bod.Units.Single(u => u.Unit.Code == code);
    var mc = uncertainty.Units.Single(u => u.Unit == code);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{code,-12}{card.Rank,4} {arithmetic.Rank(code, root),4} {geometric.Rank(code, root),4}  {b.Score,5:F3} {b.Rank,8} {b.RankUnderOwnWeights,5} {mc.MedianRank,10:F1}  {mc.Q05:F0}–{mc.Q95:F0}"));
}

double Spearman(CompositeResult other) => Correlation.Spearman(
    scored.Cards.Select(c => (double)c.Rank), scored.Cards.Select(c => (double)(other.Rank(c.Municipality.Code, root) ?? scored.Cards.Count)));
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Spearman rank correlation with [0]: [1] {Spearman(arithmetic):F3}, [2] {Spearman(geometric):F3}"));
Console.WriteLine($"Would rank higher under their own admissible weights: {bod.WouldRankHigher.Count} of {bod.Units.Count} 시군");
Console.WriteLine();
Console.WriteLine("[0] → [1], attributed (each indicator's share of the score × the change of its value; the five that move most):");
foreach (var a in CompositeComparison.Attribute(banded, arithmetic).OrderByDescending(a => Math.Abs(a.RankAfter!.Value - a.RankBefore!.Value)).ThenBy(a => a.Unit).Take(5))
{
    Console.WriteLine("  " + a);
}

Console.WriteLine();
Console.Write(uncertainty.ToText().Split("unit ")[0]);
