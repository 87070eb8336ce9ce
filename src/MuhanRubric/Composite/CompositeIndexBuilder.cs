using System.Globalization;
using Ardalis.GuardClauses;

namespace MuhanRubric.Composite;

/// <summary>
/// Builds a <see cref="CompositeIndex"/>: nodes with their parents (in any order, as COINr's <c>iMeta</c> lists them)
/// and data steps in order. <see cref="Build"/> checks the whole definition and reports every problem at once.
/// </summary>
/// <remarks>Not thread-safe; the built index is immutable.</remarks>
[Mutable]
public sealed class CompositeIndexBuilder
{
    private readonly List<NodeSpec> _nodes = [];
    private readonly List<DataStep> _steps = [];
    private string _name;
    private string? _description;

    internal CompositeIndexBuilder(string name)
    {
        _name = Guard.Against.NullOrWhiteSpace(name);
    }

    /// <summary>Sets the name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    public CompositeIndexBuilder WithName(string name)
    {
        _name = Guard.Against.NullOrWhiteSpace(name);
        return this;
    }

    /// <summary>Sets a description.</summary>
    /// <param name="description">The description, or null.</param>
    /// <returns>This builder.</returns>
    public CompositeIndexBuilder WithDescription(string? description)
    {
        _description = string.IsNullOrWhiteSpace(description) ? null : description;
        return this;
    }

    /// <summary>Declares an indicator: a leaf that reads a measure.</summary>
    /// <param name="code">The indicator's code, unique in the index.</param>
    /// <param name="parent">The aggregate it belongs to.</param>
    /// <param name="measure">The id of the measure it reads; the code when null.</param>
    /// <param name="weight">Its weight in the parent (≥ 0).</param>
    /// <param name="direction">+1 when higher is better, −1 when lower is better.</param>
    /// <param name="name">A display name.</param>
    /// <param name="target">A target, for <see cref="NormalisationMethod.DistanceToTarget"/>.</param>
    /// <param name="goalposts">Goalposts, for <see cref="NormalisationMethod.Goalposts"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The code or parent is empty, the code is already declared, the weight is
    /// negative or not finite, the direction is not ±1, or the goalposts coincide.</exception>
    public CompositeIndexBuilder AddIndicator(
        string code, string parent, string? measure = null, double weight = 1, int direction = 1, string? name = null,
        double? target = null, Goalposts? goalposts = null)
    {
        Guard.Against.NullOrWhiteSpace(parent);
        if (direction is not (1 or -1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Indicator '{code}': the direction is +1 or -1; got {direction}."), nameof(direction));
        }

        if (goalposts is not null && (goalposts.Lower == goalposts.Upper || !double.IsFinite(goalposts.Lower) || !double.IsFinite(goalposts.Upper)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Indicator '{code}': goalposts are two different finite values; got {goalposts.Lower} and {goalposts.Upper}."), nameof(goalposts));
        }

        if (target is { } t && !double.IsFinite(t))
        {
            throw new ArgumentException($"Indicator '{code}': the target is a finite number.", nameof(target));
        }

        Add(new NodeSpec(code, name, parent, weight, string.IsNullOrWhiteSpace(measure) ? code : measure, direction, target, goalposts, null));
        return this;
    }

    /// <summary>Declares an aggregate: a pillar, sub-index or the index (the one node without a parent).</summary>
    /// <param name="code">The aggregate's code, unique in the index.</param>
    /// <param name="aggregation">How its children combine.</param>
    /// <param name="parent">The aggregate it belongs to, or null for the root.</param>
    /// <param name="weight">Its weight in the parent (≥ 0).</param>
    /// <param name="name">A display name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The code is empty or already declared, the weight is negative or not finite,
    /// or the aggregation's minimum availability is outside [0, 1].</exception>
    /// <exception cref="ArgumentNullException">The aggregation is null.</exception>
    public CompositeIndexBuilder AddAggregate(string code, Aggregation aggregation, string? parent = null, double weight = 1, string? name = null)
    {
        Guard.Against.Null(aggregation);
        Guard.Against.EnumOutOfRange(aggregation.Method);
        Guard.Against.EnumOutOfRange(aggregation.Missing);
        if (!(aggregation.MinimumAvailability is >= 0 and <= 1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Aggregate '{code}': the minimum availability is a share in [0, 1]; got {aggregation.MinimumAvailability}."), nameof(aggregation));
        }

        Add(new NodeSpec(code, name, string.IsNullOrWhiteSpace(parent) ? null : parent, weight, null, 1, null, null, aggregation));
        return this;
    }

    /// <summary>Changes a declared node's weight (a weight variant, as COINr's weight sets).</summary>
    /// <param name="code">The node's code.</param>
    /// <param name="weight">The new weight (≥ 0).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No node has that code.</exception>
    /// <exception cref="ArgumentException">The weight is negative or not finite.</exception>
    public CompositeIndexBuilder WithWeight(string code, double weight)
    {
        var i = _nodes.FindIndex(n => n.Code == code);
        if (i < 0)
        {
            throw new KeyNotFoundException($"No node '{code}' is declared.");
        }

        _nodes[i] = _nodes[i] with { Weight = CheckWeight(code, weight) };
        return this;
    }

    /// <summary>Changes every aggregate's rule (for a variant: geometric instead of arithmetic means).</summary>
    /// <param name="aggregation">The rule for every aggregate.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">The aggregation is null.</exception>
    public CompositeIndexBuilder WithAggregation(Aggregation aggregation)
    {
        Guard.Against.Null(aggregation);
        for (var i = 0; i < _nodes.Count; i++)
        {
            if (_nodes[i].Aggregation is not null)
            {
                _nodes[i] = _nodes[i] with { Aggregation = aggregation };
            }
        }

        return this;
    }

    /// <summary>Appends a data step; steps apply in the order added.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">The step is null.</exception>
    /// <exception cref="ArgumentException">The step's own arguments contradict each other.</exception>
    public CompositeIndexBuilder AddStep(DataStep step)
    {
        Guard.Against.Null(step);
        switch (step)
        {
            case ScreenUnitsStep s when !(s.MinimumAvailability is >= 0 and <= 1):
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The minimum availability is a share in [0, 1]; got {s.MinimumAvailability}."), nameof(step));
            case TreatOutliersStep t when t.WinsoriseMax < 0 || !(t.SkewnessThreshold > 0) || !double.IsFinite(t.KurtosisThreshold):
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Outlier treatment needs winsoriseMax ≥ 0, a positive skewness threshold and a finite kurtosis threshold; got {t.WinsoriseMax}, {t.SkewnessThreshold}, {t.KurtosisThreshold}."), nameof(step));
            case NormaliseStep n when !double.IsFinite(n.Low) || !double.IsFinite(n.High) || (n.Method != NormalisationMethod.Rank && n.Low == n.High):
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Normalisation needs two different finite ends (or a centre and a non-zero scale); got {n.Low} and {n.High}."), nameof(step));
            case ImputeStep i when i.Group is not null && string.IsNullOrWhiteSpace(i.Group):
                throw new ArgumentException("An imputation group is null (all units) or a name; got an empty name.", nameof(step));
            case DenominateStep d when d.Denominations is null || d.Denominations.Count == 0:
                throw new ArgumentException("A denominate step names at least one indicator and its denominator.", nameof(step));
            default:
                break;
        }

        var defined = step switch
        {
            ImputeStep i => Enum.IsDefined(i.Method),
            TreatOutliersStep t => Enum.IsDefined(t.Fallback),
            NormaliseStep n => Enum.IsDefined(n.Method),
            _ => true,
        };
        if (!defined)
        {
            throw new ArgumentOutOfRangeException(nameof(step), "The step's method is not one of its defined values.");
        }

        _steps.Add(step);
        return this;
    }

    /// <summary>Appends a denominate step.</summary>
    /// <param name="denominations">Which indicator is divided by which measure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">No denomination is given.</exception>
    public CompositeIndexBuilder Denominate(params Denomination[] denominations) => AddStep(new DenominateStep([.. denominations]));

    /// <summary>Appends an imputation step.</summary>
    /// <param name="method">Mean or median.</param>
    /// <param name="withinGroup">A grouping of units (see <see cref="ImputeStep.Group"/>), or null for all units.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The group name is empty.</exception>
    public CompositeIndexBuilder Impute(ImputationMethod method = ImputationMethod.Mean, string? withinGroup = null) => AddStep(new ImputeStep(method, withinGroup));

    /// <summary>Appends a unit screening step.</summary>
    /// <param name="minimumAvailability">The least share of present indicators, 0–1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The share is outside [0, 1].</exception>
    public CompositeIndexBuilder ScreenUnits(double minimumAvailability) => AddStep(new ScreenUnitsStep(minimumAvailability));

    /// <summary>Appends COINr's default outlier treatment.</summary>
    /// <param name="winsoriseMax">The most points winsorised.</param>
    /// <param name="skewnessThreshold">The absolute skewness threshold.</param>
    /// <param name="kurtosisThreshold">The kurtosis threshold.</param>
    /// <param name="fallback">What happens when winsorising is not enough.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A limit or threshold is out of range.</exception>
    public CompositeIndexBuilder TreatOutliers(int winsoriseMax = 5, double skewnessThreshold = 2, double kurtosisThreshold = 3.5, OutlierFallback fallback = OutlierFallback.Log) =>
        AddStep(new TreatOutliersStep(winsoriseMax, skewnessThreshold, kurtosisThreshold, fallback));

    /// <summary>Appends a normalisation step.</summary>
    /// <param name="method">The method.</param>
    /// <param name="low">The low end of the range (or the centre of z-scores).</param>
    /// <param name="high">The high end of the range (or the scale of z-scores).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The ends coincide or are not finite.</exception>
    public CompositeIndexBuilder Normalise(NormalisationMethod method = NormalisationMethod.MinMax, double low = 0, double high = 100) => AddStep(new NormaliseStep(method, low, high));

    /// <summary>Removes every data step (for a variant).</summary>
    /// <returns>This builder.</returns>
    public CompositeIndexBuilder ClearSteps()
    {
        _steps.Clear();
        return this;
    }

    /// <summary>Checks the whole definition and builds the index.</summary>
    /// <returns>The immutable index.</returns>
    /// <exception cref="CompositeDefinitionException">The hierarchy or the steps are inconsistent; every problem is listed.</exception>
    public CompositeIndex Build()
    {
        var problems = new List<string>();
        var codes = _nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        var roots = _nodes.Where(n => n.Parent is null).ToList();
        if (_nodes.Count == 0)
        {
            problems.Add("No node is declared.");
        }
        else if (roots.Count != 1)
        {
            problems.Add(roots.Count == 0
                ? "No node is the root (an aggregate without a parent)."
                : $"Only one node may be the root; {string.Join(", ", roots.Select(r => r.Code))} have no parent.");
        }

        foreach (var node in _nodes)
        {
            if (node.Parent is { } parent)
            {
                if (!codes.TryGetValue(parent, out var p))
                {
                    problems.Add($"'{node.Code}' names parent '{parent}', which is not declared.");
                }
                else if (p.Aggregation is null)
                {
                    problems.Add($"'{node.Code}' names parent '{parent}', which is an indicator, not an aggregate.");
                }
            }
            else if (node.Aggregation is null)
            {
                problems.Add($"Indicator '{node.Code}' has no parent.");
            }

            if (node.Aggregation is not null && !_nodes.Any(c => c.Parent == node.Code))
            {
                problems.Add($"Aggregate '{node.Code}' has no children.");
            }
        }

        var built = _nodes.ToDictionary(
            n => n.Code,
            n => new CompositeNode(n.Code, n.Name, n.Parent, n.Weight, n.Aggregation is null ? n.Measure : null, n.Direction, n.Target, n.Goalposts, n.Aggregation),
            StringComparer.Ordinal);
        if (problems.Count == 0)
        {
            foreach (var node in built.Values)
            {
                node.Children = [.. _nodes.Where(c => c.Parent == node.Code).Select(c => built[c.Code])];
            }

            var root = built[roots[0].Code];
            var reached = new HashSet<string>(StringComparer.Ordinal);
            if (!SetLevels(root, reached, []))
            {
                problems.Add("The hierarchy has a cycle: a node is its own ancestor.");
            }

            var unreached = _nodes.Where(n => !reached.Contains(n.Code)).Select(n => n.Code).ToList();
            if (unreached.Count > 0 && problems.Count == 0)
            {
                problems.Add($"Not reachable from the root '{root.Code}' (a cycle of parents): {string.Join(", ", unreached)}.");
            }
        }

        CheckSteps(codes, problems);
        if (problems.Count > 0)
        {
            throw new CompositeDefinitionException(_name, problems);
        }

        return new CompositeIndex(_name, _description, [.. _steps], [.. _nodes.Select(n => built[n.Code])], built[roots[0].Code]);
    }

    internal static CompositeIndexBuilder From(CompositeIndex index)
    {
        var builder = new CompositeIndexBuilder(index.Name).WithDescription(index.Description);
        foreach (var n in index.Nodes)
        {
            builder.Add(new NodeSpec(n.Code, n.Name, n.ParentCode, n.Weight, n.Measure, n.Direction, n.Target, n.Goalposts, n.Aggregation));
        }

        builder._steps.AddRange(index.Steps);
        return builder;
    }

    private static bool SetLevels(CompositeNode node, HashSet<string> reached, HashSet<string> path)
    {
        if (!path.Add(node.Code))
        {
            return false;
        }

        reached.Add(node.Code);
        var level = 1;
        foreach (var child in node.Children)
        {
            if (!SetLevels(child, reached, path))
            {
                return false;
            }

            level = Math.Max(level, child.Level + 1);
        }

        node.Level = node.IsIndicator ? 1 : Math.Max(level, 2);
        path.Remove(node.Code);
        return true;
    }

    private void CheckSteps(Dictionary<string, NodeSpec> codes, List<string> problems)
    {
        foreach (var step in _steps)
        {
            switch (step)
            {
                case DenominateStep d:
                    foreach (var x in d.Denominations)
                    {
                        if (!codes.TryGetValue(x.Indicator, out var n) || n.Aggregation is not null)
                        {
                            problems.Add($"Denominate names '{x.Indicator}', which is not an indicator.");
                        }

                        if (string.IsNullOrWhiteSpace(x.Denominator) || !double.IsFinite(x.ScaleFactor) || x.ScaleFactor == 0)
                        {
                            problems.Add($"Denominate of '{x.Indicator}' needs a denominator measure and a finite non-zero scale factor.");
                        }
                    }

                    break;
                case NormaliseStep { Indicators: { } only } when only.FirstOrDefault(c => !codes.TryGetValue(c, out var n) || n.Aggregation is not null) is { } stray:
                    problems.Add($"Normalise names '{stray}', which is not an indicator.");
                    break;
                case NormaliseStep { Method: NormalisationMethod.DistanceToTarget }:
                    var noTarget = _nodes.Where(n => n.Aggregation is null && n.Target is null).Select(n => n.Code).ToList();
                    if (noTarget.Count > 0)
                    {
                        problems.Add($"Distance-to-target normalisation needs a target for every indicator; none for {string.Join(", ", noTarget)}.");
                    }

                    break;
                case NormaliseStep { Method: NormalisationMethod.Goalposts }:
                    var noPosts = _nodes.Where(n => n.Aggregation is null && n.Goalposts is null).Select(n => n.Code).ToList();
                    if (noPosts.Count > 0)
                    {
                        problems.Add($"Goalpost normalisation needs goalposts for every indicator; none for {string.Join(", ", noPosts)}.");
                    }

                    break;
                default:
                    break;
            }
        }
    }

    private static double CheckWeight(string code, double weight) =>
        double.IsFinite(weight) && weight >= 0
            ? weight
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{code}': a weight is a finite number ≥ 0; got {weight}."), nameof(weight));

    private void Add(NodeSpec spec)
    {
        Guard.Against.NullOrWhiteSpace(spec.Code, "code");
        CheckWeight(spec.Code, spec.Weight);
        if (_nodes.Exists(n => n.Code == spec.Code))
        {
            throw new ArgumentException($"A node '{spec.Code}' is already declared.", "code");
        }

        _nodes.Add(spec);
    }

    private sealed record NodeSpec(
        string Code, string? Name, string? Parent, double Weight, string? Measure, int Direction, double? Target, Goalposts? Goalposts, Aggregation? Aggregation);
}
