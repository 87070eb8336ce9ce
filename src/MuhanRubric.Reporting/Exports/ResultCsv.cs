using System.Globalization;
using MuhanRubric.Scoring;
using nietras.SeparatedValues;

namespace MuhanRubric.Reporting.Exports;

/// <summary>
/// The CSV export of a scoring result, format version 1 (docs/result-format.md, docs/schema/result-csv.schema.json):
/// one row per unit in rank order, with its area subtotals and every indicator's points (blank where the indicator was
/// not counted for the unit). Comma-separated, RFC 4180 quoting, invariant numbers without trailing zeros, a header row.
/// </summary>
/// <remarks>Stateless and thread-safe. The CLI's <c>score --format csv</c> and any other host write through this one class.</remarks>
public static class ResultCsv
{
    /// <summary>The version of the CSV format this class writes: it changes only when a column changes meaning or disappears.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes the result as CSV: a header row, then one row per unit in rank order.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="output">Where to write (the caller chooses the encoding; UTF-8 is documented).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScoringResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var areas = result.Rubric.Areas.Where(a => a.MaximumPoints > 0).Select(a => a.Code).ToList();
        var indicators = result.Rubric.Indicators.Select(i => i.Code).ToList();
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        foreach (var card in result.Ranked)
        {
            using var row = writer.NewRow();
            row["rank"].Set(card.Rank.ToString(CultureInfo.InvariantCulture));
            row["unit"].Set(card.Municipality.Code);
            row["koreanName"].Set(card.Municipality.KoreanName);
            row["total"].Set(Number(card.Total));
            row["maximum"].Set(Number(card.MaximumPoints));
            row["normalizedTotal"].Set(Number(card.NormalizedTotal));
            foreach (var area in areas)
            {
                row[area].Set(Number(card.Areas.First(a => a.Code == area).Points));
            }

            foreach (var code in indicators)
            {
                var score = card[code];
                row[code].Set(score.Status == IndicatorStatus.Scored || score.MaximumPoints > 0 ? Number(score.Points) : string.Empty);
            }
        }
    }

    private static string Number(decimal value) => ResultDocument.Exact(value).ToString(CultureInfo.InvariantCulture);
}
