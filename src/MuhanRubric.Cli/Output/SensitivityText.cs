using System.Text;
using MuhanRubric.Analysis;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The text result of <c>sensitivity</c>, in Korean or English: the options, one line per unit by nominal rank (median
/// rank, the 90 % interval, mean rank, probability of the top places, mean and standard deviation of the normalized
/// total), the first-order sensitivity indices, and on request the rank-acceptability matrix. Each column keeps one
/// number of decimals.
/// </summary>
internal static class SensitivityText
{
    public static void Write(SensitivityResult result, TextWriter output, Words words, bool matrix)
    {
        var options = result.Options;
        var rubric = result.Rubric;
        output.WriteLine(words.T(
            $"순위의 불확실성과 민감도: {rubric.Name} (만점 {Words.Points(rubric.MaximumPoints)}), {result.Municipalities.Count}개 단위",
            $"Uncertainty and sensitivity of the ranks: {rubric.Name} (maximum {Words.Points(rubric.MaximumPoints)}), {result.Municipalities.Count} units"));
        output.WriteLine(words.T($"표본 {Words.Whole(options.Samples)}개, 시드 {options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}", $"samples {Words.Whole(options.Samples)}, seed {options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        output.WriteLine($"{words.T("가중치", "weights")}: {options.Weights}");
        output.WriteLine($"{words.T("구간 경계", "band edges")}: {options.BandEdges}");
        var none = result.NoneProbability is { } p ? words.T($", 제외 없음 확률 {Words.Fixed(p, 3)}", $", here {Words.Fixed(p, 3)} none left out") : string.Empty;
        output.WriteLine($"{words.T("지표 포함", "inclusion")}: {options.Inclusion}{none}");
        output.WriteLine(words.T(
            $"순위: 소수 {rubric.PointsDecimals}자리로 반올림한 환산 총점의 경쟁 순위(\"1224\"); 분위수 R6 (SPSS); 1차 민감도 지수: 연속 입력은 {result.Bins}개 구간, 범주 입력은 범주별, 순위 분산으로 가중 평균",
            $"ranks: competition (\"1224\") of normalized totals rounded to {rubric.PointsDecimals} decimals; quantiles R6 (SPSS); first-order indices: {result.Bins} fixed classes of each continuous input, one per category, averaged over units weighted by rank variance"));
        output.WriteLine();

        var top = "P(top " + Words.Whole(options.TopCount) + ")";
        output.WriteLine(
            Words.Right(words.T("순위", "rank"), 4) + "  " + Words.Left(words.T("시군", "unit"), 16) + Words.Right(words.T("중앙값", "median"), 7) + "  "
            + Words.Left("[P5, P95]", 14) + Words.Right(words.T("평균", "mean"), 7) + Words.Right(top, 10) + Words.Right(words.T("총점", "total"), 9) + Words.Right("sd", 7));
        foreach (var m in result.Municipalities.OrderBy(m => m.NominalRank))
        {
            output.WriteLine(
                Words.Right(Words.Whole(m.NominalRank), 4) + "  " + Words.Left(words.Unit(m.Municipality), 16) + Words.Right(Words.Rank(m.MedianRank), 7) + "  "
                + Words.Left($"[{Words.Rank(m.Percentile5Rank)}, {Words.Rank(m.Percentile95Rank)}]", 14) + Words.Right(Words.Fixed(m.MeanRank, 2), 7)
                + Words.Right(Words.Fixed(m.TopProbability, 3), 10) + Words.Right(Words.Points(m.MeanNormalizedTotal), 9) + Words.Right(Words.Points(m.NormalizedTotalStandardDeviation), 7));
        }

        output.WriteLine();
        if (result.Indices.Count == 0)
        {
            output.WriteLine(words.T("민감도: 변동시킨 입력이 없습니다", "sensitivity: nothing is perturbed"));
        }
        else
        {
            output.WriteLine(words.T(
                "순위의 1차 민감도 지수, S_i = Var(E[rank | X_i]) / Var(rank), 큰 순서",
                "first-order sensitivity of the rank, S_i = Var(E[rank | X_i]) / Var(rank), largest first"));
            var width = Math.Max(20, result.Indices.Max(i => i.Input.Name.Length) + 2);
            foreach (var index in result.Indices)
            {
                output.WriteLine("  " + Words.Left(index.Input.Name, width) + Words.Right(Words.Fixed(index.Value, 4), 8));
            }

            output.WriteLine("  " + Words.Left(words.T("합계", "sum"), width) + Words.Right(Words.Fixed(result.Indices.Sum(i => i.Value), 4), 8));
        }

        if (matrix)
        {
            output.WriteLine();
            output.WriteLine(words.T("순위 수용 행렬: P(순위 = k), 한 번도 없으면 -", "rank-acceptability matrix: P(rank = k), - where never taken"));
            var n = result.Municipalities.Count;
            var header = new StringBuilder(Words.Right(words.T("순위", "rank"), 4) + "  " + Words.Left(words.T("시군", "unit"), 16));
            for (var k = 1; k <= n; k++)
            {
                header.Append(Words.Right($"P({Words.Whole(k)})", 7));
            }

            output.WriteLine(header.ToString());
            foreach (var m in result.Municipalities.OrderBy(m => m.NominalRank))
            {
                var line = new StringBuilder(Words.Right(Words.Whole(m.NominalRank), 4) + "  " + Words.Left(words.Unit(m.Municipality), 16));
                for (var k = 1; k <= n; k++)
                {
                    var probability = m.RankProbability(k);
                    line.Append(Words.Right(probability > 0 ? Words.Fixed(probability, 3) : "-", 7));
                }

                output.WriteLine(line.ToString());
            }
        }
    }
}
