using System.Globalization;
using System.Text;
using MuhanRubric.Scoring;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The text result of <c>score</c>, in Korean or English: the ranking with area subtotals and Korean names (columns
/// aligned by display width), the frozen population cut-offs, the warnings, and with <c>--explain</c> every
/// indicator's explanation. Points always with two decimals.
/// </summary>
internal static class ResultText
{
    public static void Write(ScoringResult result, TextWriter output, Words words, bool explain)
    {
        var period = result.Measurements.Period is { } p ? $", {p.Label}" : string.Empty;
        output.WriteLine(words.T(
            $"{result.Rubric.Name} (만점 {Words.Points(result.Rubric.MaximumPoints)}), {result.Measurements.Name}{period}: {result.Cards.Count}개 단위",
            $"{result.Rubric.Name} (maximum {Words.Points(result.Rubric.MaximumPoints)}) on {result.Measurements.Name}{period}: {result.Cards.Count} units"));
        output.WriteLine();
        var areas = result.Rubric.Areas.Where(a => a.MaximumPoints > 0).ToList();
        var header = new StringBuilder();
        header.Append(Words.Right(words.T("순위", "rank"), 4)).Append("  ").Append(Words.Left(words.T("코드", "unit"), 16)).Append(Words.Left("시군", 12));
        foreach (var area in areas)
        {
            header.Append(Words.Right(area.Code + "/" + Words.Points(area.MaximumPoints), 9));
        }

        header.Append(Words.Right(words.T("총점", "total"), 9)).Append(Words.Right(words.T("만점", "max"), 8)).Append(Words.Right(words.T("환산 총점", "normalized"), 12));
        output.WriteLine(header.ToString());
        foreach (var card in result.Ranked)
        {
            var line = new StringBuilder();
            line.Append(Words.Right(Words.Whole(card.Rank), 4)).Append("  ").Append(Words.Left(card.Municipality.Code, 16)).Append(Words.Left(card.Municipality.KoreanName, 12));
            foreach (var area in areas)
            {
                line.Append(Words.Right(Words.Points(card.Areas.First(a => a.Code == area.Code).Points), 9));
            }

            line.Append(Words.Right(Words.Points(card.Total), 9)).Append(Words.Right(Words.Points(card.MaximumPoints), 8)).Append(Words.Right(Words.Points(card.NormalizedTotal), 12));
            output.WriteLine(line.ToString());
        }

        foreach (var frozen in result.FrozenScales)
        {
            output.WriteLine();
            var cutoffs = string.Join(", ", frozen.Cutoffs.Select(c => c.Cutoff + " = " + c.Value.ToString("0.####", CultureInfo.InvariantCulture)));
            output.WriteLine($"{words.T("기준값", "cut-offs")} {frozen.IndicatorCode}{(frozen.Group is null ? string.Empty : " [" + frozen.Group + "]")}: {cutoffs} → {frozen.Resolved}");
        }

        if (result.Warnings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(words.T($"경고 {result.Warnings.Count}건:", $"{result.Warnings.Count} warning(s):"));
            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"  - {words.T(warning.KoreanMessage, warning.Message)}");
            }
        }

        if (explain)
        {
            foreach (var card in result.Cards)
            {
                output.WriteLine();
                output.WriteLine(words.T(
                    $"## {card.Municipality.Code} {card.Municipality.KoreanName}: {Words.Points(card.Total)} / {Words.Points(card.MaximumPoints)} (환산 {Words.Points(card.NormalizedTotal)}, {Words.Whole(card.Rank)}위)",
                    $"## {card.Municipality.Code} {card.Municipality.KoreanName}: {Words.Points(card.Total)} / {Words.Points(card.MaximumPoints)} (normalized {Words.Points(card.NormalizedTotal)}, rank {Words.Whole(card.Rank)})"));
                foreach (var indicator in card.Indicators)
                {
                    output.WriteLine("  " + words.T(indicator.KoreanExplanation, indicator.Explanation));
                }
            }
        }
    }
}
