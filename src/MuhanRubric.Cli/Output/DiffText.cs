using MuhanRubric.Rubrics;

namespace MuhanRubric.Cli.Output;

/// <summary>The text result of <c>diff</c>: a heading in Korean or English, then each change with a tag saying what it is about.</summary>
internal static class DiffText
{
    public static void Write(Rubric before, Rubric after, IReadOnlyList<RubricChange> changes, TextWriter output, Words words)
    {
        if (changes.Count == 0)
        {
            output.WriteLine(words.T(
                $"'{before.Name}' → '{after.Name}': 구조상 차이가 없습니다.",
                $"'{before.Name}' → '{after.Name}': no structural difference."));
            return;
        }

        output.WriteLine(words.T($"'{before.Name}' → '{after.Name}': 변경 {changes.Count}건", $"'{before.Name}' → '{after.Name}': {changes.Count} change(s)"));
        var width = changes.Max(c => Words.DisplayWidth(Tag(c.Kind, words))) + 3;
        foreach (var change in changes)
        {
            output.WriteLine("  " + Words.Left($"[{Tag(change.Kind, words)}]", width) + change.Description);
        }
    }

    private static string Tag(RubricChangeKind kind, Words words) => kind switch
    {
        RubricChangeKind.IndicatorAdded => words.T("지표 추가", "indicator added"),
        RubricChangeKind.IndicatorRemoved => words.T("지표 삭제", "indicator removed"),
        RubricChangeKind.PointsChanged => words.T("배점", "points"),
        RubricChangeKind.MeasureChanged => words.T("측정값", "measure"),
        RubricChangeKind.ScaleChanged => words.T("기준", "scale"),
        RubricChangeKind.ProvenanceChanged => words.T("출처", "provenance"),
        RubricChangeKind.MissingDataChanged => words.T("결측 처리", "missing data"),
        RubricChangeKind.GroupOverrideChanged => words.T("집단별 기준", "group override"),
        RubricChangeKind.NotApplicableChanged => words.T("해당없음", "not applicable"),
        RubricChangeKind.ExclusionChanged => words.T("제외", "exclusion"),
        RubricChangeKind.AreaAdded => words.T("영역 추가", "area added"),
        RubricChangeKind.AreaRemoved => words.T("영역 삭제", "area removed"),
        RubricChangeKind.AreaChanged => words.T("영역", "area"),
        RubricChangeKind.RubricChanged => words.T("지표체계", "rubric"),
        RubricChangeKind.NameChanged => words.T("이름", "name"),
        _ => kind.ToString(),
    };
}
