using System.Globalization;
using MathNet.Numerics.Statistics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Composite;

/// <summary>Applies a composite's steps in order and aggregates its hierarchy: the one place composites are computed.</summary>
internal static class CompositeEngine
{
    public static CompositeResult Evaluate(CompositeIndex index, CompositeInput input)
    {
        var unitCount = input.Units.Count;
        var indicators = index.Indicators;
        var x = input.Indicators.Select(c => (double?[])c.Clone()).ToArray();
        var included = Enumerable.Repeat(true, unitCount).ToArray();
        var records = new List<StepRecord>(index.Steps.Count);
        var order = 0;
        foreach (var step in index.Steps)
        {
            order++;
            records.Add(step switch
            {
                DenominateStep d => Denominate(order, d, index, input, x, included),
                ImputeStep i => Impute(order, i, index, input.Units, x, included),
                ScreenUnitsStep s => Screen(order, s, input.Units, x, included),
                TreatOutliersStep t => TreatOutliers(order, t, index, input.Units, x, included),
                NormaliseStep n => Normalise(order, n, index, x, included),
                _ => throw new InvalidOperationException($"Unknown step {step.GetType().Name}."),
            });
        }

        // Excluded units have no values from here on.
        for (var u = 0; u < unitCount; u++)
        {
            if (!included[u])
            {
                foreach (var column in x)
                {
                    column[u] = null;
                }
            }
        }

        var nodeIndex = index.Nodes.Select((n, i) => (n.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        var scores = new double?[index.Nodes.Count][];
        for (var i = 0; i < indicators.Count; i++)
        {
            scores[nodeIndex[indicators[i].Code]] = x[i];
        }

        var issues = new List<CompositeIssue>();
        foreach (var aggregate in index.Aggregates)
        {
            var children = aggregate.Children.Select(c => scores[nodeIndex[c.Code]]).ToArray();
            var weights = aggregate.Children.Select(c => c.Weight).ToArray();
            var column = new double?[unitCount];
            for (var u = 0; u < unitCount; u++)
            {
                if (included[u])
                {
                    column[u] = Aggregate(aggregate, children, weights, u, input.Units[u].Code, issues);
                }
            }

            scores[nodeIndex[aggregate.Code]] = column;
        }

        var ranks = scores.Select(Rank).ToArray();
        return new CompositeResult(index, input.Units, included, scores, ranks, nodeIndex, records, issues);
    }

    internal static double? Aggregate(CompositeNode node, double?[][] children, double[] weights, int u, string unit, List<CompositeIssue>? issues)
    {
        var rule = node.Aggregation!;
        double weightSum = 0, sum = 0;
        var present = 0;
        var zero = false;
        for (var c = 0; c < children.Length; c++)
        {
            if (children[c][u] is not { } v)
            {
                if (rule.Missing == MissingChildren.Propagate)
                {
                    return null;
                }

                continue;
            }

            var w = weights[c];
            present++;
            weightSum += w;
            switch (rule.Method)
            {
                case AggregationMethod.GeometricMean or AggregationMethod.HarmonicMean when v < 0:
                    issues?.Add(new CompositeIssue(unit, node.Code, string.Create(CultureInfo.InvariantCulture, $"a {rule.Method} needs values ≥ 0; child {node.Children[c].Code} is {v}: the aggregate is missing.")));
                    return null;
                case AggregationMethod.GeometricMean or AggregationMethod.HarmonicMean when v == 0:
                    zero |= w > 0;
                    break;
                case AggregationMethod.GeometricMean:
                    sum += w * Math.Log(v);
                    break;
                case AggregationMethod.HarmonicMean:
                    sum += w / v;
                    break;
                default:
                    sum += w * v;
                    break;
            }
        }

        if (present == 0 || (double)present / children.Length < rule.MinimumAvailability)
        {
            return null;
        }

        if (rule.Method == AggregationMethod.Sum)
        {
            return sum;
        }

        if (weightSum <= 0)
        {
            issues?.Add(new CompositeIssue(unit, node.Code, "the children present all weigh 0: the aggregate is missing."));
            return null;
        }

        return rule.Method switch
        {
            AggregationMethod.ArithmeticMean => sum / weightSum,
            AggregationMethod.GeometricMean => zero ? 0 : Math.Exp(sum / weightSum),
            _ => zero ? 0 : weightSum / sum,
        };
    }

    internal static int?[] Rank(double?[] scores)
    {
        var present = Enumerable.Range(0, scores.Length).Where(u => scores[u] is not null).ToArray();
        var keys = present.Select(u => scores[u]!.Value).ToArray();
        var ranks = new int[keys.Length];
        CompetitionRanking.HighestFirst<double>(keys, ranks);
        var result = new int?[scores.Length];
        for (var k = 0; k < present.Length; k++)
        {
            result[present[k]] = ranks[k];
        }

        return result;
    }

    private static DenominateRecord Denominate(int order, DenominateStep step, CompositeIndex index, CompositeInput input, double?[][] x, bool[] included)
    {
        var notes = new List<CellNote>();
        var count = 0;
        foreach (var d in step.Denominations)
        {
            var i = IndicatorIndex(index, d.Indicator);
            var by = input.Denominators[d.Denominator];
            for (var u = 0; u < x[i].Length; u++)
            {
                if (!included[u] || x[i][u] is not { } v)
                {
                    continue;
                }

                if (by[u] is not { } denominator || denominator == 0)
                {
                    x[i][u] = null;
                    notes.Add(new CellNote(input.Units[u].Code, d.Indicator, by[u] is null ? $"denominator {d.Denominator} is missing" : $"denominator {d.Denominator} is 0"));
                    continue;
                }

                x[i][u] = v / denominator * d.ScaleFactor;
                count++;
            }
        }

        return new DenominateRecord(order, step, count, notes);
    }

    private static ImputeRecord Impute(int order, ImputeStep step, CompositeIndex index, IReadOnlyList<Municipality> units, double?[][] x, bool[] included)
    {
        var keys = units.Select(u => GroupOf(u, step.Group)).ToArray();
        var imputed = new List<ImputedCell>();
        var left = new List<CellNote>();
        for (var i = 0; i < x.Length; i++)
        {
            var column = x[i];
            var code = index.Indicators[i].Code;
            var byGroup = Enumerable.Range(0, column.Length)
                .Where(u => included[u] && keys[u] is not null && column[u] is not null)
                .GroupBy(u => keys[u]!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(u => column[u]!.Value).ToArray(), StringComparer.Ordinal);
            for (var u = 0; u < column.Length; u++)
            {
                if (!included[u] || column[u] is not null)
                {
                    continue;
                }

                if (keys[u] is not { } key)
                {
                    left.Add(new CellNote(units[u].Code, code, $"the unit has no '{step.Group}' group"));
                    continue;
                }

                if (!byGroup.TryGetValue(key, out var values) || values.Length == 0)
                {
                    left.Add(new CellNote(units[u].Code, code, step.Group is null ? "no unit has a value" : $"no unit of group '{key}' has a value"));
                    continue;
                }

                var value = step.Method == ImputationMethod.Median ? values.Median() : values.Mean();
                column[u] = value;
                imputed.Add(new ImputedCell(units[u].Code, code, value, step.Group is null ? null : key, values.Length));
            }
        }

        return new ImputeRecord(order, step, imputed, left);
    }

    private static ScreenRecord Screen(int order, ScreenUnitsStep step, IReadOnlyList<Municipality> units, double?[][] x, bool[] included)
    {
        var list = new List<UnitAvailability>();
        for (var u = 0; u < units.Count; u++)
        {
            if (!included[u])
            {
                continue;
            }

            var present = x.Count(c => c[u] is not null);
            var availability = x.Length == 0 ? 0 : (double)present / x.Length;
            included[u] = availability >= step.MinimumAvailability && present > 0;
            list.Add(new UnitAvailability(units[u].Code, present, availability, included[u]));
        }

        return new ScreenRecord(order, step, list);
    }

    private static TreatRecord TreatOutliers(int order, TreatOutliersStep step, CompositeIndex index, IReadOnlyList<Municipality> units, double?[][] x, bool[] included)
    {
        var list = new List<IndicatorTreatment>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            var column = x[i];
            var at = Enumerable.Range(0, column.Length).Where(u => included[u] && column[u] is not null).ToArray();
            var values = at.Select(u => column[u]!.Value).ToArray();
            var (treatment, before, after, changed) = OutlierTreatmentRule.Treat(values, step);
            for (var k = 0; k < at.Length; k++)
            {
                column[at[k]] = values[k];
            }

            list.Add(new IndicatorTreatment(index.Indicators[i].Code, treatment, before.Item1, before.Item2, after.Item1, after.Item2, [.. changed.Select(k => units[at[k]].Code)]));
        }

        return new TreatRecord(order, step, list);
    }

    private static NormaliseRecord Normalise(int order, NormaliseStep step, CompositeIndex index, double?[][] x, bool[] included)
    {
        var list = new List<IndicatorNormalisation>(x.Length);
        for (var i = 0; i < x.Length; i++)
        {
            var node = index.Indicators[i];
            if (step.Indicators is { } only && !only.Contains(node.Code))
            {
                continue;
            }

            var column = x[i];
            var at = Enumerable.Range(0, column.Length).Where(u => included[u] && column[u] is not null).ToArray();
            var values = at.Select(u => column[u]!.Value).ToArray();
            var note = Normalisation.Apply(step, node, values);
            for (var k = 0; k < at.Length; k++)
            {
                column[at[k]] = double.IsNaN(values[k]) ? null : values[k];
            }

            list.Add(new IndicatorNormalisation(node.Code, node.Direction, note.Minimum, note.Maximum, note.Note));
        }

        return new NormaliseRecord(order, step, list);
    }

    private static int IndicatorIndex(CompositeIndex index, string code)
    {
        for (var i = 0; i < index.Indicators.Count; i++)
        {
            if (index.Indicators[i].Code == code)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Composite '{index.Name}' has no indicator '{code}'.");
    }

    internal static string? GroupOf(Municipality unit, string? group)
    {
        if (group is null)
        {
            return string.Empty;
        }

        var prefix = group + ":";
        foreach (var g in unit.Groups)
        {
            if (g.StartsWith(prefix, StringComparison.Ordinal))
            {
                return g[prefix.Length..];
            }
        }

        return group switch
        {
            "Region" => unit.Region,
            "Kind" => unit.Kind.ToString(),
            _ => null,
        };
    }
}
