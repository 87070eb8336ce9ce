using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Analysis;

/// <summary>
/// Grades by share of the maximum, for "which 시군 cross a grade". The report has no grades; the default
/// (A ≥ 80 %, B ≥ 70 %, C ≥ 60 %, D below) is an assumption, replaceable.
/// </summary>
/// <param name="Thresholds">Grades with their minimum share (0–100) of the rubric maximum, best first.</param>
/// <param name="Lowest">The grade below every threshold.</param>
public sealed record GradeScale(IReadOnlyList<(string Grade, decimal MinimumShare)> Thresholds, string Lowest)
{
    /// <summary>A ≥ 80 %, B ≥ 70 %, C ≥ 60 %, otherwise D (of the rubric maximum, on normalized totals).</summary>
    public static GradeScale Default { get; } = new([("A", 80m), ("B", 70m), ("C", 60m)], "D");

    /// <summary>The grade of a normalized total.</summary>
    /// <param name="normalizedTotal">The total rescaled to the rubric maximum.</param>
    /// <param name="maximum">The rubric maximum.</param>
    /// <returns>The grade.</returns>
    public string GradeOf(decimal normalizedTotal, decimal maximum)
    {
        var share = maximum == 0 ? 0 : normalizedTotal / maximum * 100m;
        foreach (var (grade, minimum) in Thresholds)
        {
            if (share >= minimum)
            {
                return grade;
            }
        }

        return Lowest;
    }

    /// <inheritdoc/>
    public bool Equals(GradeScale? other) => other is not null && Lowest == other.Lowest && Thresholds.SequenceEqual(other.Thresholds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lowest, Thresholds.Count);
}

/// <summary>
/// One indicator's part in a change of total: between a baseline rubric and a variant (<see cref="RubricComparison"/>),
/// or between two years (<see cref="YearComparison"/>).
/// </summary>
/// <param name="Code">The indicator code.</param>
/// <param name="Before">Its points under the baseline, or in the earlier year (0 when that side lacks it).</param>
/// <param name="After">Its points under the variant, or in the later year (0 when that side lacks it).</param>
public sealed record IndicatorContribution(string Code, decimal Before, decimal After)
{
    /// <summary>After − before.</summary>
    public decimal Change => After - Before;
}

/// <summary>A municipality's outcome under one rubric of a comparison.</summary>
/// <param name="Rubric">The rubric's name.</param>
/// <param name="Total">The total points.</param>
/// <param name="Maximum">The municipality's maximum under the rubric.</param>
/// <param name="NormalizedTotal">The total rescaled to the rubric maximum (what ranks compare).</param>
/// <param name="Rank">The rank (competition ranking).</param>
/// <param name="RankShift">Places gained against the baseline (positive = moved up); 0 for the baseline.</param>
/// <param name="Grade">The grade.</param>
/// <param name="Contributions">Per indicator, the change against the baseline; the changes add up exactly to the change of <see cref="Total"/>.</param>
/// <param name="BandChanges">The indicators whose band or category hit differs from the baseline.</param>
public sealed record Outcome(
    string Rubric, decimal Total, decimal Maximum, decimal NormalizedTotal, int Rank, int RankShift, string Grade,
    IReadOnlyList<IndicatorContribution> Contributions, IReadOnlyList<string> BandChanges);

/// <summary>A municipality across the compared rubrics.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Outcomes">One outcome per rubric, the baseline first.</param>
public sealed record MunicipalityComparison(Municipality Municipality, IReadOnlyList<Outcome> Outcomes)
{
    /// <summary>Whether the grade differs under any variant.</summary>
    public bool CrossesGrade => Outcomes.Select(o => o.Grade).Distinct().Count() > 1;
}

/// <summary>How far the ranking under a variant agrees with the baseline ranking.</summary>
/// <param name="Rubric">The variant's name.</param>
/// <param name="Spearman">Spearman's rho between the normalized totals.</param>
/// <param name="Kendall">Kendall's tau-b.</param>
/// <param name="Moved">How many municipalities changed rank.</param>
/// <param name="MaximumShift">The largest absolute rank shift.</param>
public sealed record RankAgreement(string Rubric, double Spearman, double Kendall, int Moved, int MaximumShift);

/// <summary>The comparison of several rubrics on one dataset.</summary>
/// <remarks>Immutable; <see cref="ToText"/> is the compact table the scripts print.</remarks>
public sealed class ComparisonResult
{
    internal ComparisonResult(IReadOnlyList<ScoringResult> results, IReadOnlyList<MunicipalityComparison> municipalities, IReadOnlyList<RankAgreement> agreements, GradeScale grades)
    {
        Results = results;
        Municipalities = municipalities;
        Agreements = agreements;
        Grades = grades;
    }

    /// <summary>The scoring result of each rubric, the baseline first.</summary>
    public IReadOnlyList<ScoringResult> Results { get; }

    /// <summary>Every municipality, in the report's order.</summary>
    public IReadOnlyList<MunicipalityComparison> Municipalities { get; }

    /// <summary>For each variant, its rank agreement with the baseline.</summary>
    public IReadOnlyList<RankAgreement> Agreements { get; }

    /// <summary>The grade scale used.</summary>
    public GradeScale Grades { get; }

    /// <summary>The municipalities whose grade changes under some variant.</summary>
    public IReadOnlyList<Municipality> CrossingGrade => [.. Municipalities.Where(m => m.CrossesGrade).Select(m => m.Municipality)];

    /// <summary>
    /// The full report the scripts print: each variant's name and its structural changes against the baseline
    /// (<see cref="RubricDiff"/>), then <see cref="ToText"/>.
    /// </summary>
    /// <returns>Plain text, invariant culture.</returns>
    public string ToReport()
    {
        var text = new StringBuilder();
        var baseline = Results[0].Rubric;
        foreach (var variant in Results.Skip(1).Select(r => r.Rubric))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Changes of '{variant.Name}' against '{baseline.Name}':");
            text.AppendLine(RubricDiff.Format(RubricDiff.Compare(baseline, variant)));
        }

        return text.Append(ToText()).ToString();
    }

    /// <summary>
    /// One compact table: per municipality the normalized total and rank under each rubric with the rank shift and grade,
    /// then the rank agreement of each variant, then the indicators that moved each municipality.
    /// </summary>
    /// <returns>Plain text, invariant culture.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        for (var r = 0; r < Results.Count; r++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"[{r}] {Results[r].Rubric.Name} (maximum {Results[r].Rubric.MaximumPoints:0.00})");
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"{"municipality",-14}");
        for (var r = 0; r < Results.Count; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{"[" + r.ToString(CultureInfo.InvariantCulture) + "] total rank",22}");
        }

        text.AppendLine();
        foreach (var m in Municipalities)
        {
            text.Append(CultureInfo.InvariantCulture, $"{m.Municipality.Code,-14}");
            foreach (var o in m.Outcomes)
            {
                var shift = o.RankShift == 0 ? "  " : o.RankShift > 0 ? "↑" + o.RankShift.ToString(CultureInfo.InvariantCulture) : "↓" + (-o.RankShift).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{o.NormalizedTotal,10:0.00} {o.Rank,3}{shift,4} {o.Grade,2}  ");
            }

            text.AppendLine();
        }

        text.AppendLine();
        foreach (var a in Agreements)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{a.Rubric}: Spearman {a.Spearman:0.000}, Kendall tau-b {a.Kendall:0.000}, {a.Moved} moved, largest shift {a.MaximumShift}");
        }

        var crossing = CrossingGrade;
        text.AppendLine(CultureInfo.InvariantCulture, $"grade changes ({Grades.Thresholds.Count + 1} grades): {(crossing.Count == 0 ? "none" : string.Join(", ", crossing.Select(c => c.Code)))}");
        foreach (var m in Municipalities)
        {
            foreach (var o in m.Outcomes.Skip(1).Where(o => o.Contributions.Any(c => c.Change != 0)))
            {
                var parts = o.Contributions.Where(c => c.Change != 0).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Change:+0.00;-0.00}"));
                text.AppendLine(CultureInfo.InvariantCulture, $"{m.Municipality.Code} under {o.Rubric}: {string.Join(", ", parts)}");
            }
        }

        return text.ToString();
    }
}

/// <summary>Compares rubrics on one dataset: totals, ranks, rank shifts, additive attribution, grades, rank correlations.</summary>
public static class RubricComparison
{
    /// <summary>Scores the dataset under a baseline and variants and compares them.</summary>
    /// <param name="dataset">The measurements.</param>
    /// <param name="baseline">The baseline rubric (shifts and contributions are against it).</param>
    /// <param name="variants">One or more variants.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComparisonResult Compare(MeasurementTable dataset, Rubric baseline, params Rubric[] variants) =>
        Compare(dataset, GradeScale.Default, baseline, variants);

    /// <summary>Scores the dataset under a baseline and variants and compares them, with a grade scale.</summary>
    /// <param name="dataset">The measurements.</param>
    /// <param name="grades">The grade scale.</param>
    /// <param name="baseline">The baseline rubric.</param>
    /// <param name="variants">One or more variants.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComparisonResult Compare(MeasurementTable dataset, GradeScale grades, Rubric baseline, params Rubric[] variants)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(grades);
        Guard.Against.Null(baseline);
        Guard.Against.Null(variants);
        var results = new[] { baseline }.Concat(variants).Select(r => r.Score(dataset)).ToList();
        var municipalities = new List<MunicipalityComparison>();
        foreach (var record in dataset.Rows)
        {
            var baseCard = results[0][record.Unit];
            var outcomes = new List<Outcome>();
            foreach (var result in results)
            {
                var card = result[record.Unit];
                outcomes.Add(new Outcome(
                    result.Rubric.Name, card.Total, card.MaximumPoints, card.NormalizedTotal, card.Rank, baseCard.Rank - card.Rank,
                    grades.GradeOf(card.NormalizedTotal, result.Rubric.MaximumPoints),
                    IndicatorAttribution.Contributions(baseCard, card), IndicatorAttribution.BandChanges(baseCard, card)));
            }

            municipalities.Add(new MunicipalityComparison(record.Unit, outcomes));
        }

        var baseSeries = Totals(results[0]);
        var agreements = results.Skip(1).Select((result, i) =>
        {
            var series = Totals(result);
            var shifts = municipalities.Select(m => Math.Abs(m.Outcomes[i + 1].RankShift)).ToList();
            return new RankAgreement(result.Rubric.Name, RankCorrelation.Spearman(baseSeries, series).Coefficient, RankCorrelation.Kendall(baseSeries, series).Coefficient,
                shifts.Count(s => s != 0), shifts.Count == 0 ? 0 : shifts.Max());
        }).ToList();
        return new ComparisonResult(results, municipalities, agreements, grades);
    }

    private static MeasureSeries Totals(ScoringResult result) =>
        new(result.Rubric.Name, result.Cards.Select(c => new Observation(c.Municipality, c.NormalizedTotal)));
}
