using System.Globalization;

namespace MuhanRubric.Measurements;

/// <summary>
/// One measurement as it was given: the number, for a count the share given beside it, the text as printed or typed,
/// and where it comes from.
/// </summary>
/// <remarks>
/// <see cref="Value"/> keeps the given digits: <c>21251.0</c> has scale 1 and <c>18.88</c> scale 2, so
/// <see cref="Decimals"/> tells the precision it was given at. A cell <c>9(69.2%)</c> has <see cref="Value"/> 9 and
/// <see cref="Percent"/> 69.2. Immutable.
/// </remarks>
/// <param name="Value">The number, with the given digits.</param>
/// <param name="Percent">The share (%) given beside a count, if any.</param>
/// <param name="Text">The text exactly as printed or typed.</param>
/// <param name="Source">Where the value comes from.</param>
[Immutable]
public sealed record MeasuredValue(decimal Value, decimal? Percent, string Text, ValueSource Source)
{
    /// <summary>How many decimals the value was given with.</summary>
    public int Decimals => Value.Scale;

    /// <summary>The text and its source, for example <c>9(69.2%) [표 Ⅳ-16, p.53]</c>.</summary>
    /// <returns>The display text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} [{Source}]");
}
