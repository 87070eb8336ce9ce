namespace MuhanRubric.Import;

/// <summary>What a submitted cell holds once read.</summary>
internal enum CellKind : byte
{
    /// <summary>Blank or a dash: missing, never zero.</summary>
    Missing,

    /// <summary><c>해당없음</c>, <c>N/A</c>: neither missing nor zero.</summary>
    NotApplicable,

    /// <summary>A number (for a count, maybe with its share).</summary>
    Number,

    /// <summary>Not readable, or against a value rule; <see cref="CellReading.Problem"/> says why.</summary>
    Problem,
}

/// <summary>Which column a cell is in: a measure's own column, or its share column (<c>id%</c>).</summary>
internal enum CellRole : byte
{
    /// <summary>The measure's value (for a count with a share, the count, maybe <c>9(69.2%)</c>).</summary>
    Value,

    /// <summary>The share of a count, in percent.</summary>
    Share,
}

/// <summary>One cell as read by <see cref="CellText"/>.</summary>
/// <param name="Kind">What the cell holds.</param>
/// <param name="Value">The number (for a share column: the share).</param>
/// <param name="Percent">The share given beside a count in the same cell, if any.</param>
/// <param name="IsCanonical">Whether the typed text is exactly the number's invariant rendering, so the table need not
/// keep the text (it renders the same).</param>
/// <param name="Problem">What was expected and what was found, for <see cref="CellKind.Problem"/>.</param>
internal readonly record struct CellReading(CellKind Kind, decimal Value, decimal? Percent, bool IsCanonical, string? Problem)
{
    public static CellReading Missing => new(CellKind.Missing, 0m, null, false, null);

    public static CellReading NotApplicable => new(CellKind.NotApplicable, 0m, null, false, null);

    public static CellReading Error(string problem) => new(CellKind.Problem, 0m, null, false, problem);
}
