using System.Globalization;
using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>
/// A count and the cell of its share column (<c>id%</c>), read together: the share goes with the count, a share needs
/// its count, and a share given in both places must agree.
/// </summary>
internal static class ShareColumn
{
    /// <summary>Joins a count and its share cell.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="count">The count cell, read.</param>
    /// <param name="countFound">How to name the count cell in a message when it has no number: its text, or <c>none</c>.</param>
    /// <param name="countText">The count cell as typed.</param>
    /// <param name="share">The share cell, read.</param>
    /// <param name="shareText">The share cell as typed.</param>
    /// <param name="problem">What is wrong with the share cell, or null.</param>
    /// <returns>The count, with the share when given.</returns>
    public static CellReading Join(Measure measure, CellReading count, string countFound, string countText, CellReading share, string shareText, out string? problem)
    {
        problem = null;
        switch (share.Kind)
        {
            case CellKind.NotApplicable when count.Kind == CellKind.Number:
                problem = string.Create(CultureInfo.InvariantCulture, $"expected a share or a blank cell beside the count {count.Value}, found '{shareText}' (not applicable)");
                return count;
            case CellKind.Number:
                break;
            default:
                return count;
        }

        var percent = share.Value;
        switch (count.Kind)
        {
            case CellKind.Missing:
                problem = string.Create(CultureInfo.InvariantCulture, $"expected a count of {measure.Id} with the share {percent}%, found {countFound}");
                return count;
            case CellKind.NotApplicable:
                problem = string.Create(CultureInfo.InvariantCulture, $"expected a count of {measure.Id} with the share {percent}%, found '{countText}' (not applicable)");
                return count;
            case CellKind.Number when count.Percent is { } given:
                if (given != percent)
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"expected the share column to repeat the count cell's {given}% ('{countText}'), found {percent}%");
                }

                return count;
            case CellKind.Number:
                return count with { Percent = percent, IsCanonical = false };
            default:
                return count;
        }
    }
}
