using System.Text;
using MuhanRubric.Analysis;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The text result of <c>compare</c>, in Korean or English: the rubrics, each variant's structural changes
/// (<see cref="RubricDiff"/>), one line per unit with the normalized total, rank, shift and grade under each rubric, the
/// rank agreements, the grade changes, and the indicators that moved each total.
/// </summary>
internal static class ComparisonText
{
    public static void Write(ComparisonResult comparison, TextWriter output, Words words)
    {
        var results = comparison.Results;
        for (var r = 0; r < results.Count; r++)
        {
            var rubric = results[r].Rubric;
            output.WriteLine(words.T(
                $"[{r}] {rubric.Name} (만점 {Words.Points(rubric.MaximumPoints)}){(r == 0 ? ", 기준" : string.Empty)}",
                $"[{r}] {rubric.Name} (maximum {Words.Points(rubric.MaximumPoints)}){(r == 0 ? ", baseline" : string.Empty)}"));
        }

        var baseline = results[0].Rubric;
        for (var r = 1; r < results.Count; r++)
        {
            var changes = RubricDiff.Compare(baseline, results[r].Rubric);
            output.WriteLine();
            output.WriteLine(words.T($"[{r}]의 [0] 대비 변경 {changes.Count}건:", $"[{r}] against [0], {changes.Count} change(s):"));
            foreach (var change in changes)
            {
                output.WriteLine($"  {change.Description}");
            }
        }

        output.WriteLine();
        var header = new StringBuilder(Words.Left(words.T("시군", "unit"), 14));
        for (var r = 0; r < results.Count; r++)
        {
            header.Append(Words.Right($"[{Words.Whole(r)}] " + words.T("환산 순위", "total rank"), 21)).Append("  ");
        }

        output.WriteLine(header.ToString().TrimEnd());
        foreach (var unit in comparison.Municipalities)
        {
            var line = new StringBuilder(Words.Left(words.Unit(unit.Municipality), 14));
            foreach (var outcome in unit.Outcomes)
            {
                line.Append(Words.Right(Words.Points(outcome.NormalizedTotal), 10)).Append(Words.Right(Words.Whole(outcome.Rank), 4))
                    .Append(Words.Right(Words.Shift(outcome.RankShift), 4)).Append(Words.Right(outcome.Grade, 3)).Append("  ");
            }

            output.WriteLine(line.ToString().TrimEnd());
        }

        output.WriteLine();
        foreach (var agreement in comparison.Agreements)
        {
            var rho = Words.Fixed(agreement.Spearman, 3);
            var tau = Words.Fixed(agreement.Kendall, 3);
            output.WriteLine(words.T(
                $"{agreement.Rubric}: Spearman {rho}, Kendall tau-b {tau}, 순위가 바뀐 시군 {agreement.Moved}곳, 최대 이동 {agreement.MaximumShift}",
                $"{agreement.Rubric}: Spearman {rho}, Kendall tau-b {tau}, {agreement.Moved} moved, largest shift {agreement.MaximumShift}"));
        }

        var crossing = comparison.CrossingGrade;
        var grades = comparison.Grades.Thresholds.Count + 1;
        var names = crossing.Count == 0 ? words.T("없음", "none") : string.Join(", ", crossing.Select(words.Unit));
        output.WriteLine(words.T($"등급 변화 ({grades}개 등급): {names}", $"grade changes ({grades} grades): {names}"));
        foreach (var unit in comparison.Municipalities)
        {
            foreach (var outcome in unit.Outcomes.Skip(1).Where(o => o.Contributions.Any(c => c.Change != 0)))
            {
                var parts = string.Join(", ", outcome.Contributions.Where(c => c.Change != 0).Select(c => $"{c.Code} {Words.Change(c.Change)}"));
                output.WriteLine(words.T($"{words.Unit(unit.Municipality)} ({outcome.Rubric}): {parts}", $"{words.Unit(unit.Municipality)} under {outcome.Rubric}: {parts}"));
            }
        }
    }
}
