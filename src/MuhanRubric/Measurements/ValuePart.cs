
namespace MuhanRubric.Measurements;

/// <summary>Which part of a measurement is read: the value, or for a count with a share, the share (%).</summary>
public enum ValuePart
{
    /// <summary>The value (for a count with a share, the count).</summary>
    Value,

    /// <summary>The share (%) of a count: given beside it (<c>9(69.2%)</c>) or derived from its denominator.</summary>
    Percent,
}
