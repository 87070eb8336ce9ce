using System.Globalization;

namespace MuhanRubric.Data;

/// <summary>
/// A number exactly as the report prints it, with where it is printed.
/// </summary>
/// <remarks>
/// <see cref="Value"/> keeps the printed digits: <c>21251.0</c> has scale 1 and <c>18.88</c> scale 2, so
/// <see cref="Decimals"/> tells the printed precision a recomputed figure is compared at. A cell printed
/// <c>9(69.2%)</c> has <see cref="Value"/> 9 and <see cref="Percent"/> 69.2. Instances are immutable.
/// </remarks>
/// <param name="Value">The number, with the printed digits.</param>
/// <param name="Percent">The percentage printed in parentheses beside a count, if any.</param>
/// <param name="Printed">The exact printed text of the cell, units included.</param>
/// <param name="Source">The table and page.</param>
public sealed record PublishedValue(decimal Value, decimal? Percent, string Printed, SourceReference Source)
{
    /// <summary>How many decimals the report prints for <see cref="Value"/>.</summary>
    public int Decimals => Value.Scale;

    /// <summary>
    /// The value, or for <see cref="ClaimTarget.Percent"/> the percentage printed beside the count. The report prints
    /// a zero count as <c>0</c> without a percentage; its percentage is read as 0.
    /// </summary>
    /// <param name="target">The value or the percentage.</param>
    /// <returns>The number, or null when a percentage is asked for and none is printed (and the count is not 0).</returns>
    public decimal? For(ClaimTarget target) => target == ClaimTarget.Value ? Value : Percent ?? (Value == 0m ? 0m : null);

    /// <summary>The value as a double, for statistics.</summary>
    public double AsDouble => (double)Value;

    /// <summary>The printed text and its source, for example <c>9(69.2%) [표 Ⅳ-16, p.53]</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Printed} [{Source}]");
}
