using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Templates;

/// <summary>One cell of a template: text, a number, or empty.</summary>
internal readonly record struct TemplateCell(string? Text, decimal? Number)
{
    public static TemplateCell Empty => default;

    public bool IsEmpty => Text is null && Number is null;

    public static TemplateCell Of(string text) => new(text, null);

    public static TemplateCell Of(decimal number) => new(null, number);

    /// <summary>The cell as CSV writes it: invariant digits, as given (<c>21251.0</c> keeps its scale).</summary>
    public string ToText() => Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : Text ?? string.Empty;
}

/// <summary>A value column of the wide layout: a measure's value, or the share of a measure with a share.</summary>
internal sealed record TemplateColumn(Measure Measure, ValuePart Part)
{
    public bool IsShare => Part == ValuePart.Percent;

    /// <summary>Row 1: the id, or the id followed by <c>%</c> for the share.</summary>
    public string Header => IsShare ? Measure.Id + "%" : Measure.Id;

    /// <summary>Row 2: the Korean label, or the label followed by <c> 비율(%)</c>.</summary>
    public string KoreanLabel => IsShare ? Measure.KoreanLabel + " 비율(%)" : Measure.KoreanLabel;

    /// <summary>Row 3: the English name, or the name followed by <c> (share, %)</c>.</summary>
    public string EnglishName => IsShare ? Measure.EnglishName + " (share, %)" : Measure.EnglishName;

    /// <summary>Row 4: the unit of measure, for example <c>명 / persons</c>, <c>점 / points (1–5)</c> or <c>% (0–100)</c>.</summary>
    public string UnitText => IsShare ? "% (0–100)" : TemplateLayout.UnitText(Measure);
}

/// <summary>
/// The wide layout of <c>docs/submission-format.md</c> as rows of cells, shared by the XLSX and CSV writers so the two
/// files cannot differ: row 1 the machine header, rows 2–4 <c>#</c> comment rows, then one row per unit.
/// </summary>
internal sealed class TemplateLayout
{
    public const string NotApplicableText = "해당없음";

    private TemplateLayout(ImmutableArray<TemplateColumn> columns, MunicipalityCatalog units, MeasurementTable? values)
    {
        Columns = columns;
        Units = units;
        Values = values;
    }

    public ImmutableArray<TemplateColumn> Columns { get; }

    public MunicipalityCatalog Units { get; }

    public MeasurementTable? Values { get; }

    /// <summary>The number of header rows (1 machine header and 3 comment rows) above the unit rows.</summary>
    public static int HeaderRowCount => 4;

    public static TemplateLayout Create(IReadOnlyList<Measure> measures, MunicipalityCatalog units, MeasurementTable? values)
    {
        if (values is not null)
        {
            // A pre-filled template must not lose rows: every unit with values needs a row.
            var unlisted = values.Units.Where(u => !units.Contains(u)).Select(u => u.Code).ToList();
            if (unlisted.Count > 0)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"'{values.Name}' covers {unlisted.Count} unit(s) the template does not list ({string.Join(", ", unlisted)}); set TemplateOptions.Units to the table's units."),
                    "options");
            }
        }

        var columns = measures.SelectMany(m => m.HasShare
            ? new[] { new TemplateColumn(m, ValuePart.Value), new TemplateColumn(m, ValuePart.Percent) }
            : [new TemplateColumn(m, ValuePart.Value)]);
        return new TemplateLayout([.. columns], units, values);
    }

    /// <summary>Rows 1–4.</summary>
    public ImmutableArray<ImmutableArray<TemplateCell>> HeaderRows() =>
    [
        Row("unit", "name", c => c.Header),
        Row("# 시군 코드", "시군명", c => c.KoreanLabel),
        Row("# unit code", "name", c => c.EnglishName),
        Row("# 단위 / unit", null, c => c.UnitText),
    ];

    /// <summary>One row per unit, in catalogue order: code, Korean name, values (or empty cells).</summary>
    public IEnumerable<ImmutableArray<TemplateCell>> UnitRows()
    {
        foreach (var unit in Units)
        {
            var row = ImmutableArray.CreateBuilder<TemplateCell>(Columns.Length + 2);
            row.Add(TemplateCell.Of(unit.Code));
            row.Add(TemplateCell.Of(unit.KoreanName));
            foreach (var column in Columns)
            {
                row.Add(ValueOf(unit, column));
            }

            yield return row.MoveToImmutable();
        }
    }

    /// <summary>The unit of measure of a measure's value column (see <see cref="TemplateColumn.UnitText"/>).</summary>
    public static string UnitText(Measure measure)
    {
        var (korean, english) = (measure.Unit.KoreanLabel(), measure.Unit.EnglishLabel());
        var unit = korean == english ? korean : $"{korean} / {english}";
        return measure.ExpectedRange is { } range && RangeText(range) is { } text
            ? (unit.Length == 0 ? $"({text})" : $"{unit} ({text})")
            : unit;
    }

    private static string? RangeText(Interval range) => (range.Lower, range.Upper) switch
    {
        ({ } lo, { } hi) => $"{Measure.Describe(lo)}–{Measure.Describe(hi)}",
        ({ } lo, null) => $"{(range.LowerInclusive ? "≥" : ">")} {Measure.Describe(lo)}",
        (null, { } hi) => $"{(range.UpperInclusive ? "≤" : "<")} {Measure.Describe(hi)}",
        _ => null,
    };

    private TemplateCell ValueOf(Municipality unit, TemplateColumn column)
    {
        if (Values is null || !Values.Units.Contains(unit) || !Values.Measures.Contains(column.Measure.Id))
        {
            return TemplateCell.Empty;
        }

        // The share column repeats nothing: a not-applicable or missing count leaves it blank, and only a share the
        // source gave is written (a derived share is derived again on import).
        return Values.StatusOf(unit, column.Measure) switch
        {
            CellStatus.NotApplicable => column.IsShare ? TemplateCell.Empty : TemplateCell.Of(NotApplicableText),
            CellStatus.Present when Values[unit, column.Measure] is { } given =>
                column.IsShare
                    ? given.Percent is { } share ? TemplateCell.Of(share) : TemplateCell.Empty
                    : TemplateCell.Of(given.Value),
            _ => TemplateCell.Empty,
        };
    }

    private ImmutableArray<TemplateCell> Row(string first, string? second, Func<TemplateColumn, string> text)
    {
        var row = ImmutableArray.CreateBuilder<TemplateCell>(Columns.Length + 2);
        row.Add(TemplateCell.Of(first));
        row.Add(second is null ? TemplateCell.Empty : TemplateCell.Of(second));
        foreach (var column in Columns)
        {
            var cell = text(column);
            row.Add(cell.Length == 0 ? TemplateCell.Empty : TemplateCell.Of(cell));
        }

        return row.MoveToImmutable();
    }
}
