using System.Collections.Immutable;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>The kinds of self-contradiction the report contains.</summary>
public enum DiscrepancyKind
{
    /// <summary>Prose states a number that its table does not print.</summary>
    ProseVsTable,

    /// <summary>Two tables print different numbers for the same thing.</summary>
    TableVsTable,

    /// <summary>A summary table does not match the municipality tables it summarises.</summary>
    TableVsPerMunicipality,

    /// <summary>A printed total or subtotal is not the sum of its parts.</summary>
    SumDoesNotAddUp,

    /// <summary>A value that cannot be (a share above 100 %, a fraction of a person).</summary>
    ImpossibleValue,

    /// <summary>A misprint (a comma for a decimal point, a lost digit, a stray bracket, a wrong name).</summary>
    Typo,

    /// <summary>A table or page number printed wrongly (captions, table of contents).</summary>
    Numbering,

    /// <summary>Text that can be read more than one way.</summary>
    Ambiguity,

    /// <summary>A published aggregate that the library cannot recompute from the municipality tables.</summary>
    AggregateNotReproduced,
}

/// <summary>One side of a contradiction: where it is printed and what it says.</summary>
/// <param name="Source">For example <c>p.49 prose</c> or <c>표 Ⅳ-13 p.50</c>.</param>
/// <param name="Says">The printed text, quoted.</param>
[Immutable]
public sealed record DiscrepancySide(string Source, string Says);

/// <summary>A cell a discrepancy is about: a municipality's value of a measure, or the province average.</summary>
/// <param name="Municipality">The municipality, or null for the province-average column.</param>
/// <param name="Measure">The measure.</param>
[Immutable]
public sealed record DiscrepancyCell(Municipality? Municipality, Measure Measure);

/// <summary>
/// A place where the report contradicts itself. The published values stay as printed; the catalogue says what
/// each side says, where, and the likely cause.
/// </summary>
/// <param name="Id">A stable kebab-case identifier.</param>
/// <param name="Kind">The kind of contradiction.</param>
/// <param name="Where">A short description of the place.</param>
/// <param name="Sides">What each side says.</param>
/// <param name="Pages">The printed pages involved.</param>
/// <param name="LikelyCause">The likely cause, one sentence.</param>
/// <param name="ReproductionChecks">The reproduction checks (<c>ReproductionCheck.Id</c>) this entry explains.</param>
/// <param name="Cells">The municipality cells involved, when the entry is about specific cells.</param>
[Immutable]
public sealed record Discrepancy(
    string Id,
    DiscrepancyKind Kind,
    string Where,
    IReadOnlyList<DiscrepancySide> Sides,
    IReadOnlyList<int> Pages,
    string LikelyCause,
    IReadOnlyList<string> ReproductionChecks,
    IReadOnlyList<DiscrepancyCell> Cells)
{
    /// <summary>What each side says.</summary>
    public IReadOnlyList<DiscrepancySide> Sides { get; init => field = value.ToImmutableArray(); } = Sides.ToImmutableArray();

    /// <summary>The printed pages involved.</summary>
    public IReadOnlyList<int> Pages { get; init => field = value.ToImmutableArray(); } = Pages.ToImmutableArray();

    /// <summary>The reproduction checks (<c>ReproductionCheck.Id</c>) this entry explains.</summary>
    public IReadOnlyList<string> ReproductionChecks { get; init => field = value.ToImmutableArray(); } = ReproductionChecks.ToImmutableArray();

    /// <summary>The municipality cells involved, when the entry is about specific cells.</summary>
    public IReadOnlyList<DiscrepancyCell> Cells { get; init => field = value.ToImmutableArray(); } = Cells.ToImmutableArray();
}
