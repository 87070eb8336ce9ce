using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using NodaTime.Text;

namespace MuhanRubric.Templates;

/// <summary>How a row of a sheet looks.</summary>
internal enum RowStyle
{
    /// <summary>Plain text; long text runs over the empty cells to its right.</summary>
    Plain,

    /// <summary>The sheet's title.</summary>
    Title,

    /// <summary>A section heading.</summary>
    Heading,

    /// <summary>A table's column headings.</summary>
    TableHeader,

    /// <summary>A table row: wrapped, top-aligned.</summary>
    Body,
}

/// <summary>A row of the instructions sheet.</summary>
internal sealed record InstructionRow(RowStyle Style, ImmutableArray<TemplateCell> Cells);

/// <summary>The instructions sheet (안내): the rubric and period, how to fill the template in, the indicators and the columns.</summary>
internal static class TemplateInstructions
{
    /// <summary>Column widths of the sheet (characters), shared by its tables.</summary>
    public static ImmutableArray<double> ColumnWidths { get; } = [24, 12, 34, 34, 16, 40, 44, 60, 50, 36];

    private static readonly (string Korean, string English)[] _rules =
    [
        ("값은 Data 시트에 입력합니다. 1행(머리글)과 A열의 시군 코드는 바꾸지 마세요. #으로 시작하는 2–4행은 설명이며 읽지 않습니다.",
            "Fill in the Data sheet. Do not change row 1 (the header) or the unit codes in column A; rows 2–4, starting with #, are notes and are not read."),
        ("빈칸은 '자료 없음'(결측)으로 읽으며 0이 아닙니다. 값이 0이면 0을 입력하세요.",
            "A blank cell is read as missing, never as zero: type 0 when the value is zero."),
        ($"해당되지 않는 항목에는 {TemplateLayout.NotApplicableText}을 입력하세요(결측도 0도 아닙니다).",
            $"Type {TemplateLayout.NotApplicableText} where a measure does not apply to the unit (neither missing nor zero)."),
        ("숫자는 숫자로만 입력하세요(단위·괄호 없이, 예: 13.8). 인원·횟수·건수·가구수는 정수입니다.",
            "Type numbers as plain numbers (no units or brackets, e.g. 13.8). People, sessions, cases and households are whole numbers."),
        ("비율은 % 열에 0–100의 수로 입력하세요(69.2%는 69.2). 인원 열에는 인원만 적습니다.",
            "Shares go in the % column as 0–100 (69.2 % is 69.2); the count column holds the count only."),
        ("모든 시군의 행을 남겨 두세요. 비고는 머리글이 #으로 시작하는 열을 추가해 적을 수 있습니다.",
            "Keep every unit's row. Remarks may go in an added column whose header starts with #."),
    ];

    public static ImmutableArray<InstructionRow> Rows(TemplateLayout layout, Rubric? rubric, MeasureCatalog catalog, EvaluationPeriod? period)
    {
        var rows = ImmutableArray.CreateBuilder<InstructionRow>();
        void Add(RowStyle style, params TemplateCell[] cells) => rows.Add(new InstructionRow(style, [.. cells]));
        static TemplateCell T(string? text) => string.IsNullOrEmpty(text) ? TemplateCell.Empty : TemplateCell.Of(text);

        Add(RowStyle.Title, T("작성 안내 / Instructions"));
        Add(RowStyle.Plain, T("평가 기준 / Rubric"), T(rubric?.Name ?? "없음: 항목 목록으로 작성 / none: written for a list of measures"));
        if (rubric?.Description is { } description)
        {
            Add(RowStyle.Plain, T("설명 / Description"), T(description));
        }

        Add(RowStyle.Plain, T("평가 대상 기간 / Period"), T(period is null
            ? "미정 / not set"
            : $"{period.Label} ({LocalDatePattern.Iso.Format(period.Start)} – {LocalDatePattern.Iso.Format(period.End)})"));
        if (rubric is not null)
        {
            Add(RowStyle.Plain, T("만점 / Maximum points"), TemplateCell.Of(rubric.MaximumPoints));
        }

        var measureCount = layout.Columns.Select(c => c.Measure.Id).Distinct(StringComparer.Ordinal).Count();
        Add(RowStyle.Plain, T("대상 / Units"), T(string.Create(CultureInfo.InvariantCulture,
            $"{layout.Units.Count}개 (Data 시트 {TemplateLayout.HeaderRowCount + 1}행부터) / {layout.Units.Count} units (Data sheet, from row {TemplateLayout.HeaderRowCount + 1})")));
        Add(RowStyle.Plain, T("항목 / Measures"), T(string.Create(CultureInfo.InvariantCulture,
            $"{measureCount}개 항목, {layout.Columns.Length}개 열 / {measureCount} measures in {layout.Columns.Length} columns")));

        Add(RowStyle.Plain);
        Add(RowStyle.Heading, T("작성 방법 / How to fill in"));
        for (var i = 0; i < _rules.Length; i++)
        {
            Add(RowStyle.Plain, T((i + 1).ToString(CultureInfo.InvariantCulture)), T(_rules[i].Korean));
            Add(RowStyle.Plain, TemplateCell.Empty, T(_rules[i].English));
        }

        if (rubric is not null)
        {
            Add(RowStyle.Plain);
            Add(RowStyle.Heading, T("평가 지표 / Indicators"));
            Add(RowStyle.TableHeader, T("분야 / Area"), T("코드 / Code"), T("지표명"), T("Indicator"), T("배점 / Points"),
                T("읽는 항목 / Reads"), T("항목명 / Measures read"), T("평가척도 / Scale"), T("출처 / Provenance"), T("상태 / Status"));
            foreach (var area in rubric.Areas)
            {
                foreach (var indicator in area.Indicators)
                {
                    Add(RowStyle.Body,
                        T($"{area.Code} {area.KoreanName} / {area.EnglishName}"),
                        T(indicator.Code),
                        T(indicator.KoreanName),
                        T(indicator.EnglishName),
                        TemplateCell.Of(indicator.MaximumPoints),
                        T(Reads(indicator)),
                        T(string.Join("; ", SubmissionTemplate.FieldsOf(indicator).Select(f => $"{f}: {Label(f, catalog)}"))),
                        T(ScaleText(indicator)),
                        T($"배점 / points: {indicator.PointsProvenance}; 척도 / scale: {indicator.Scale.Provenance?.ToString() ?? "-"}"),
                        T(Status(indicator)));
                }
            }
        }

        Add(RowStyle.Plain);
        Add(RowStyle.Heading, T("Data 시트의 열 / Columns of the Data sheet"));
        Add(RowStyle.TableHeader, T("머리글 / Header"), T("열 / Column"), T("항목명"), T("Name"), T("단위 / Unit"), T("입력 / Entry"));
        for (var i = 0; i < layout.Columns.Length; i++)
        {
            var column = layout.Columns[i];
            Add(RowStyle.Body, T(column.Header), T(XlsxTemplateWriter.ColumnName(i + 2)), T(column.KoreanLabel), T(column.EnglishName), T(column.UnitText), T(Entry(column)));
        }

        return rows.ToImmutable();
    }

    private static string Reads(Indicator indicator)
    {
        var parts = new List<string>();
        if (indicator.Measure is { } measure)
        {
            parts.Add(measure.ToString());
        }

        if (indicator.Scale is ChecklistScale checklist)
        {
            parts.AddRange(checklist.Criteria.Select(c => c.Expression.ToString()));
        }

        return string.Join("; ", parts.Distinct(StringComparer.Ordinal));
    }

    private static string Label(FieldExpression field, MeasureCatalog catalog) =>
        catalog.Contains(field.MeasureId)
            ? catalog[field.MeasureId].KoreanLabel + (field.Part == ValuePart.Percent ? " 비율(%)" : string.Empty)
            : "(항목 목록에 없음 / not in the measure catalogue)";

    private static string ScaleText(Indicator indicator) =>
        string.Join("; ", indicator.GroupOverrides.Select(o => string.Create(CultureInfo.InvariantCulture,
            $"{o.Group}{(o.MaximumPoints is { } max ? $" (배점 / points {max})" : string.Empty)}: {o.Scale} [{o.Scale.Provenance?.ToString() ?? "-"}]"))
            .Prepend(indicator.Scale.ToString()));

    private static string Status(Indicator indicator)
    {
        var status = indicator.ExclusionReason is { } reason ? $"제외 / excluded: {reason}"
            : indicator.Scale.Kind == ScaleKind.Unspecified ? "채점 안 함(척도 미제시) / not scored (scale unspecified)"
            : "채점 / scored";
        return indicator.NotApplicable is { } rule
            ? $"{status}; 해당없음 / not applicable: {string.Join(", ", rule.UnitCodes)} ({rule.Reason})"
            : status;
    }

    private static string Entry(TemplateColumn column) =>
        column.IsShare
            ? "0–100 비율 / share 0–100" + (column.Measure.ShareDenominator is { } of
                ? $"; 비우면 {of} 대비로 계산 / derived from {of} when blank"
                : string.Empty)
            : column.Measure.IsWholeCount ? "0 이상의 정수 / whole number ≥ 0" : "0 이상의 수 / number ≥ 0";
}
