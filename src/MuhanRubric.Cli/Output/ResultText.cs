using System.Globalization;
using System.Text;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The text result of <c>score</c>: the ranking with area subtotals and Korean names (columns aligned by display
/// width, Hangul counting two cells), the frozen population cut-offs, the warnings, and with <c>--explain</c> every
/// indicator's explanation.
/// </summary>
internal static class ResultText
{
    public static void Write(ScoringResult result, TextWriter output, bool explain)
    {
        var period = result.Measurements.Period is { } p ? $", {p.Label}" : string.Empty;
        output.WriteLine($"{result.Rubric.Name} (maximum {Points(result.Rubric.MaximumPoints)}) on {result.Measurements.Name}{period}: {result.Cards.Count} units");
        output.WriteLine();
        var areas = result.Rubric.Areas.Where(a => a.MaximumPoints > 0).ToList();
        var header = new StringBuilder();
        header.Append(CultureInfo.InvariantCulture, $"{"rank",4}  ").Append(Pad("unit", 16)).Append(Pad("시군", 12));
        foreach (var area in areas)
        {
            header.Append(CultureInfo.InvariantCulture, $"{area.Code + "/" + Points(area.MaximumPoints),9}");
        }

        output.WriteLine(header.Append(CultureInfo.InvariantCulture, $"{"total",9}{"max",8}{"normalized",12}").ToString());
        foreach (var card in result.Ranked)
        {
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"{card.Rank,4}  ").Append(Pad(card.Municipality.Code, 16)).Append(Pad(card.Municipality.KoreanName, 12));
            foreach (var area in areas)
            {
                line.Append(CultureInfo.InvariantCulture, $"{Points(card.Areas.First(a => a.Code == area.Code).Points),9}");
            }

            output.WriteLine(line.Append(CultureInfo.InvariantCulture, $"{Points(card.Total),9}{Points(card.MaximumPoints),8}{Points(card.NormalizedTotal),12}").ToString());
        }

        foreach (var frozen in result.FrozenScales)
        {
            output.WriteLine();
            output.WriteLine($"cut-offs {frozen.IndicatorCode}{(frozen.Group is null ? string.Empty : " [" + frozen.Group + "]")}: {string.Join(", ", frozen.Cutoffs.Select(c => c.Cutoff + " = " + c.Value.ToString("0.####", CultureInfo.InvariantCulture)))} → {frozen.Resolved}");
        }

        if (result.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"{result.Warnings.Count} warning(s):");
            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"  - {warning.Message}");
            }
        }

        if (explain)
        {
            foreach (var card in result.Cards)
            {
                output.WriteLine();
                output.WriteLine($"## {card.Municipality.Code} {card.Municipality.KoreanName}: {Points(card.Total)} / {Points(card.MaximumPoints)} (normalized {Points(card.NormalizedTotal)}, rank {card.Rank})");
                foreach (var indicator in card.Indicators)
                {
                    output.WriteLine("  " + indicator.Explanation);
                    output.WriteLine("  " + indicator.KoreanExplanation);
                }
            }
        }
    }

    /// <summary>Points with two decimals, always (<c>22.00</c> beside <c>30.50</c>).</summary>
    public static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Pads to a display width: East Asian wide characters (Hangul, CJK) take two terminal cells.</summary>
    public static string Pad(string text, int width) => text + new string(' ', Math.Max(1, width - DisplayWidth(text)));

    private static int DisplayWidth(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
