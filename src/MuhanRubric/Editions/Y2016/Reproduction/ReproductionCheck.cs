using System.Globalization;
using MuhanRubric.Measurements;

namespace MuhanRubric.Editions.Y2016;

/// <summary>How a published figure compares with the library's recomputation.</summary>
public enum ReproductionOutcome
{
    /// <summary>The recomputed figure equals the printed one exactly.</summary>
    Exact,

    /// <summary>The recomputed figure, rounded to the printed precision (half away from zero), equals the printed one;
    /// or, for two printed figures, some true value rounds to both.</summary>
    WithinRounding,

    /// <summary>Neither: the figure is in the discrepancy catalogue with its likely cause.</summary>
    NotReproduced,
}

/// <summary>One published figure recomputed from the municipality tables.</summary>
/// <param name="Id">A stable identifier, for example <c>Ⅳ-12/summary/CasesPerCaseManager/standardDeviation</c>.</param>
/// <param name="Description">What is recomputed, in English.</param>
/// <param name="Source">Where the figure is printed.</param>
/// <param name="Published">The printed figure (text).</param>
/// <param name="Recomputed">The recomputed figure (text, invariant culture).</param>
/// <param name="Outcome">How they compare.</param>
[Immutable]
public sealed record ReproductionCheck(string Id, string Description, PrintedSource Source, string Published, string Recomputed, ReproductionOutcome Outcome)
{
    /// <summary>One line for reports.</summary>
    /// <returns>The check as text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Outcome,-14} {Id}: published {Published}, recomputed {Recomputed} [{Source}]");
}
