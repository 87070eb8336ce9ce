using System.Globalization;
using System.Text;
using MuhanRubric.Analysis;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// The text result of <c>years</c>, in Korean or English: the cut-offs of each year; per unit the normalized total and
/// rank of each year (with the places gained since the year before) and the change from the first year to the last;
/// the absences; each unit's changes with the indicators that caused them; each year's warnings.
/// </summary>
internal static class YearsText
{
    public static void Write(YearComparisonResult comparison, TextWriter output, Words words)
    {
        var periods = comparison.Periods;
        var policy = comparison.BasePeriod is { } basePeriod
            ? words.T($"기준값은 {basePeriod}에 고정", $"cut-offs frozen from {basePeriod}")
            : words.T("기준값은 해마다 다시 계산", "cut-offs recomputed each year");
        output.WriteLine(words.T(
            $"{comparison.Rubric.Name} (만점 {Words.Points(comparison.Rubric.MaximumPoints)}), {periods.Length}개 연도: {string.Join(", ", periods)}; {policy}",
            $"{comparison.Rubric.Name} (maximum {Words.Points(comparison.Rubric.MaximumPoints)}), {periods.Length} years: {string.Join(", ", periods)}; {policy}"));
        foreach (var result in comparison.Results)
        {
            foreach (var frozen in result.FrozenScales)
            {
                var cutoffs = string.Join(", ", frozen.Cutoffs.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cutoff}={c.Value:0.####}")));
                output.WriteLine($"{words.T("기준값", "cut-offs")} {result.Measurements.Period} {frozen.IndicatorCode}{(frozen.Group is null ? string.Empty : " [" + frozen.Group + "]")}: {cutoffs}");
            }
        }

        output.WriteLine();
        var header = new StringBuilder(Words.Left(words.T("시군", "unit"), 14));
        foreach (var period in periods)
        {
            header.Append(Words.Right(words.T($"{period} 환산 순위", $"{period} total rank"), 17)).Append(' ', 5);
        }

        header.Append(Words.Right(words.T($"{periods[0]}→{periods[^1]} 총점", $"{periods[0]}→{periods[^1]} points"), 20)).Append(Words.Right(words.T("환산", "normalized"), 11));
        output.WriteLine(header.ToString());
        foreach (var unit in comparison.Units)
        {
            var line = new StringBuilder(Words.Left(words.Unit(unit.Unit), 14));
            for (var y = 0; y < unit.Years.Length; y++)
            {
                var shift = y == 0 ? null : unit.Changes[y - 1].RankChange;
                line.Append(unit.Years[y].Card is { } card
                    ? Words.Right(Words.Points(card.NormalizedTotal), 12) + Words.Right(Words.Whole(card.Rank), 5) + Words.Right(Words.Shift(shift), 5)
                    : Words.Right(words.T("없음", "absent"), 12) + new string(' ', 10));
            }

            var overall = unit.Overall;
            line.Append(overall.IsComparable
                ? Words.Right(Words.Change(overall.TotalChange!.Value), 20) + Words.Right(Words.Change(overall.NormalizedTotalChange!.Value), 11)
                : Words.Right(words.T("비교 불가", "not comparable"), 20));
            output.WriteLine(line.ToString().TrimEnd());
        }

        output.WriteLine();
        var absent = comparison.UnitsAbsentSomeYear;
        output.WriteLine($"{words.T("빠진 단위", "absent")}: {(absent.Length == 0 ? words.T("없음", "none") : string.Join(", ", absent.Select(u => Absence(u, words))))}");
        foreach (var unit in comparison.Units)
        {
            var changes = periods.Length > 2 ? unit.Changes.Append(unit.Overall) : unit.Changes;
            foreach (var change in changes.Where(c => c.IsComparable && (c.TotalChange != 0 || c.BandChanges.Length > 0 || c.MaximumChange != 0)))
            {
                output.WriteLine(Change(unit.Unit, change, words));
            }
        }

        foreach (var result in comparison.Results)
        {
            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"{words.T("경고", "warning")} {result.Measurements.Period}: {words.T(warning.KoreanMessage, warning.Message)}");
            }
        }
    }

    private static string Change(MuhanRubric.Units.Municipality unit, YearChange change, Words words)
    {
        var parts = string.Join(", ", change.Contributions.Where(c => c.Change != 0).Select(c => $"{c.Code} {Words.Change(c.Change)}"));
        var text = new StringBuilder(words.T(
            $"{words.Unit(unit)} {change.From}→{change.To}: {Words.Change(change.TotalChange!.Value)}점 ({parts})",
            $"{words.Unit(unit)} {change.From}→{change.To}: {Words.Change(change.TotalChange!.Value)} points ({parts})"));
        if (change.BandChanges.Length > 0)
        {
            text.Append(words.T("; 구간이 바뀐 지표: ", "; bands changed: ")).Append(string.Join(", ", change.BandChanges));
        }

        if (change.MaximumChange is { } maximum && maximum != 0)
        {
            text.Append(words.T("; 만점 ", "; maximum ")).Append(Words.Change(maximum)).Append(" (").Append(string.Join(", ", change.MaximumChanges)).Append(')');
        }

        return text.ToString();
    }

    private static string Absence(UnitAcrossYears unit, Words words) =>
        $"{words.Unit(unit.Unit)} ({string.Join(", ", unit.Years.Where(y => !y.IsPresent).Select(y => $"{y.Period}: {(y.Status == UnitYearStatus.NotInTable ? words.T("자료에 없음", "not in the table") : words.T("자료 없음", "no data"))}"))})";
}
