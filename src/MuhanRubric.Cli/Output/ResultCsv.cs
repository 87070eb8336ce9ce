using System.Globalization;
using MuhanRubric.Scoring;
using nietras.SeparatedValues;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The CSV result of <c>score --format csv</c>: one row per unit in rank order, with its area subtotals and every
/// indicator's points (blank where it was not scored). Comma-separated, RFC 4180 quoting, invariant numbers.
/// </summary>
internal static class ResultCsv
{
    public static void Write(ScoringResult result, TextWriter output)
    {
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
