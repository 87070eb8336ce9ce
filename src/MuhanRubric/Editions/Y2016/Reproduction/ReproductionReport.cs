using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace MuhanRubric.Editions.Y2016;

/// <summary>The result of recomputing every published aggregate that the municipality tables allow.</summary>
/// <remarks>Immutable. <see cref="ToText"/> is the committed reproduction summary.</remarks>
[Immutable]
public sealed class ReproductionReport
{
    internal ReproductionReport(IReadOnlyList<ReproductionCheck> checks) => Checks = checks.ToImmutableArray();

    /// <summary>Every check, grouped by source in report order.</summary>
    public IReadOnlyList<ReproductionCheck> Checks { get; }

    /// <summary>Checks that reproduce exactly.</summary>
    public int Exact => Checks.Count(c => c.Outcome == ReproductionOutcome.Exact);

    /// <summary>Checks that reproduce within the printed rounding.</summary>
    public int WithinRounding => Checks.Count(c => c.Outcome == ReproductionOutcome.WithinRounding);

    /// <summary>Checks that do not reproduce.</summary>
    public int NotReproduced => Checks.Count(c => c.Outcome == ReproductionOutcome.NotReproduced);

    /// <summary>The checks that do not reproduce.</summary>
    public IReadOnlyList<ReproductionCheck> Failures => [.. Checks.Where(c => c.Outcome == ReproductionOutcome.NotReproduced)];

    /// <summary>The one-line headline, for example <c>412 published figures checked: 300 exact, 80 within rounding, 32 not reproduced.</c></summary>
    public string Headline => string.Create(CultureInfo.InvariantCulture,
        $"{Checks.Count} published figures checked: {Exact} exact, {WithinRounding} within rounding, {NotReproduced} not reproduced (each one catalogued).");

    /// <summary>The full summary: the headline, counts by source, then every check.</summary>
    /// <returns>Plain text, invariant culture, stable line order.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(Headline);
        text.AppendLine();
        foreach (var group in Checks.GroupBy(c => c.Source.Table ?? "prose"))
        {
            var checks = group.ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{group.Key,-10} {checks.Count,4} checked {checks.Count(c => c.Outcome == ReproductionOutcome.Exact),4} exact {checks.Count(c => c.Outcome == ReproductionOutcome.WithinRounding),4} rounding {checks.Count(c => c.Outcome == ReproductionOutcome.NotReproduced),4} not reproduced");
        }

        text.AppendLine();
        foreach (var check in Checks)
        {
            text.AppendLine(check.ToString());
        }

        return text.ToString();
    }
}
