using System.Globalization;
using MuhanRubric.Measurements;

namespace MuhanRubric.Editions.Y2016;

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
[Immutable]
public sealed record PublishedValue(decimal Value, decimal? Percent, string Printed, PrintedSource Source)
{
    /// <summary>How many decimals the report prints for <see cref="Value"/>.</summary>
    public int Decimals => Value.Scale;

    /// <summary>The value as a measurement of the report's (its printed text becomes the measurement's text).</summary>
    /// <returns>The measured value, with the same source.</returns>
    public MeasuredValue ToMeasured() => new(Value, Percent, Printed, Source);

    /// <summary>The printed text and its source, for example <c>9(69.2%) [표 Ⅳ-16, p.53]</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Printed} [{Source}]");
}
