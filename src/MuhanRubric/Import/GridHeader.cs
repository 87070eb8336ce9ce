using System.Collections.Immutable;
using MuhanRubric.Measures;

namespace MuhanRubric.Import;

/// <summary>What a column of a submission holds, from its header.</summary>
internal enum ColumnRole : byte
{
    /// <summary>No header; its cells must be blank.</summary>
    Blank,

    /// <summary>A header starting with <c>#</c>: remarks, skipped.</summary>
    Comment,

    /// <summary>The unit's code or name.</summary>
    Unit,

    /// <summary>The unit's Korean name, checked against the code.</summary>
    Name,

    /// <summary>A measure's values (wide layout).</summary>
    Measure,

    /// <summary>A measure's shares (wide layout).</summary>
    Share,

    /// <summary>The long layout's measure column.</summary>
    LongMeasure,

    /// <summary>The long layout's value column.</summary>
    LongValue,

    /// <summary>A header that names nothing known (reported), or a second unit or measure column; skipped.</summary>
    Invalid,
}

/// <summary>One column: its role, its measure's catalogue position (for measure and share columns), and its header.</summary>
internal readonly record struct GridColumn(ColumnRole Role, int Measure, string Header);

/// <summary>
/// The header row of a CSV file or worksheet: the unit and name columns, the measure and share columns (wide layout)
/// or the measure and value columns (long layout), and comment columns. Every bad header is reported.
/// </summary>
internal sealed class GridHeader
{
    private static readonly string[] _unitHeaders = ["unit", "code", "시군", "시군구", "시군명"];
    private static readonly string[] _nameHeaders = ["name", "이름", "koreanName"];
    private static readonly string[] _measureHeaders = ["measure", "지표", "항목"];
    private static readonly string[] _valueHeaders = ["value", "값"];

    private GridHeader(ImmutableArray<GridColumn> columns, int rowNumber)
    {
        Columns = columns;
        RowNumber = rowNumber;
        UnitColumn = IndexOf(ColumnRole.Unit);
        NameColumn = IndexOf(ColumnRole.Name);
        MeasureColumn = IndexOf(ColumnRole.LongMeasure);
        ValueColumn = IndexOf(ColumnRole.LongValue);
    }

    public ImmutableArray<GridColumn> Columns { get; }

    public int RowNumber { get; }

    public int UnitColumn { get; }

    public int NameColumn { get; }

    public int MeasureColumn { get; }

    public int ValueColumn { get; }

    /// <summary>The long layout: a <c>measure</c> and a <c>value</c> column.</summary>
    public bool IsLong => MeasureColumn >= 0 && ValueColumn >= 0;

    public static GridHeader Read(GridRow row, GridContext context)
    {
        var columns = new GridColumn[row.Count];
        if (LooksLikeData(row, context))
        {
            // One problem, not one per cell: the file starts with data.
            context.Problem(row, 0, null, null, null,
                $"expected a header row naming the columns (unit, then measure ids or Korean labels), found a data row ('{row.TextString(0)}' is a unit)");
            for (var c = 0; c < row.Count; c++)
            {
                columns[c] = new GridColumn(ColumnRole.Invalid, -1, row.TextString(c));
            }

            return new GridHeader([.. columns], row.Number);
        }

        var classified = new (ColumnRole Role, int Measure, bool Share)[row.Count];
        for (var c = 0; c < row.Count; c++)
        {
            classified[c].Role = Classify(row.TextString(c), context.Measures, out classified[c].Measure, out classified[c].Share);
        }

        // 시군명 ("municipality name") names the unit, but beside another unit column (시군, code) and no name column it
        // is the name column, as in the template's Korean header row.
        if (classified.Count(c => c.Role == ColumnRole.Unit) > 1 && !classified.Any(c => c.Role == ColumnRole.Name)
            && Enumerable.Range(0, row.Count).FirstOrDefault(c => classified[c].Role == ColumnRole.Unit && MeasureCatalog.LabelKey(row.TextString(c)) == "시군명", -1) is var named and >= 0)
        {
            classified[named].Role = ColumnRole.Name;
        }

        var firstOfMeasure = new Dictionary<(int, CellRole), int>();
        var firstOfRole = new Dictionary<ColumnRole, int>();
        for (var c = 0; c < row.Count; c++)
        {
            var header = row.TextString(c);
            var (role, measure, share) = classified[c];
            if (role is ColumnRole.Measure or ColumnRole.Share)
            {
                var id = context.Measures[measure].Id;
                if (share && !context.Measures[measure].HasShare)
                {
                    context.Problem(row, c, null, id, header, $"expected a share column only for a measure with a share, found '{header}' ({id} has none)");
                    role = ColumnRole.Invalid;
                }
                else if (!firstOfMeasure.TryAdd((measure, share ? CellRole.Share : CellRole.Value), c))
                {
                    var first = A1.Column(firstOfMeasure[(measure, share ? CellRole.Share : CellRole.Value)]);
                    var what = share ? id + "%" : id;
                    context.Problem(row, c, null, id, header, $"expected each measure in one column, found {what} again (first in column {first})");
                    role = ColumnRole.Invalid;
                }
            }
            else if (role is ColumnRole.Unit or ColumnRole.Name or ColumnRole.LongMeasure or ColumnRole.LongValue && !firstOfRole.TryAdd(role, c))
            {
                var what = role switch { ColumnRole.Unit => "unit", ColumnRole.Name => "name", ColumnRole.LongMeasure => "measure", _ => "value" };
                context.Problem(row, c, null, null, header, $"expected one {what} column, found a second ('{header}'; the first is column {A1.Column(firstOfRole[role])})");
                role = ColumnRole.Invalid;
            }
            else if (role == ColumnRole.Invalid)
            {
                context.Problem(row, c, null, null, header,
                    $"unknown column '{header}': expected unit, name, an id or Korean label of {MeasureHeader.Describe(context.Measures)}, a share column (id% or label 비율(%)), or a comment column starting with #");
            }

            columns[c] = new GridColumn(role, measure, header);
        }

        var result = new GridHeader([.. columns], row.Number);
        result.CheckLayout(row, context);
        return result;
    }

    private static bool LooksLikeData(GridRow row, GridContext context)
    {
        for (var c = 0; c < row.Count; c++)
        {
            if (Is(MeasureCatalog.LabelKey(row.TextString(c)), _unitHeaders))
            {
                return false;
            }
        }

        return context.Units.IndexOf(row.TextString(0)) >= 0;
    }

    private static ColumnRole Classify(string header, MeasureCatalog measures, out int measure, out bool share)
    {
        measure = -1;
        share = false;
        if (header.Length == 0)
        {
            return ColumnRole.Blank;
        }

        if (header.StartsWith('#'))
        {
            return ColumnRole.Comment;
        }

        var key = MeasureCatalog.LabelKey(header);
        if (Is(key, _unitHeaders))
        {
            return ColumnRole.Unit;
        }

        if (Is(key, _nameHeaders))
        {
            return ColumnRole.Name;
        }

        if (Is(key, _measureHeaders))
        {
            return ColumnRole.LongMeasure;
        }

        if (Is(key, _valueHeaders))
        {
            return ColumnRole.LongValue;
        }

        if (MeasureHeader.TryFind(header, measures, out measure, out var role))
        {
            share = role == CellRole.Share;
            return share ? ColumnRole.Share : ColumnRole.Measure;
        }

        return ColumnRole.Invalid;
    }

    // English keywords in any case (Unit, CODE); Korean ones as written.
    private static bool Is(string key, string[] keywords) =>
        keywords.Any(k => string.Equals(key, k, StringComparison.OrdinalIgnoreCase));

    private void CheckLayout(GridRow row, GridContext context)
    {
        if (UnitColumn < 0)
        {
            context.Problem(row, 0, null, null, null,
                $"expected a unit column (unit, code, 시군, 시군구 or 시군명), found none among {string.Join(", ", Columns.Take(6).Select(c => $"'{c.Header}'"))}{(Columns.Length > 6 ? ", …" : string.Empty)}{SeparatorHint()}");
        }

        if (MeasureColumn >= 0 != ValueColumn >= 0)
        {
            var (have, missing, column) = MeasureColumn >= 0 ? ("measure", "value", MeasureColumn) : ("value", "measure", ValueColumn);
            context.Problem(row, column, null, null, Columns[column].Header,
                $"expected a {missing} column beside the {have} column (long layout: unit, measure, value), found none");
        }

        if (IsLong)
        {
            foreach (var (column, index) in Columns.Select((c, i) => (c, i)).Where(x => x.c.Role is ColumnRole.Measure or ColumnRole.Share))
            {
                context.Problem(row, index, null, context.Measures[column.Measure].Id, column.Header,
                    $"expected only unit, name, measure and value columns in the long layout, found the measure column '{column.Header}'");
            }

            return;
        }

        var valueColumns = Columns.Where(c => c.Role == ColumnRole.Measure).Select(c => c.Measure).ToHashSet();
        for (var c = 0; c < Columns.Length; c++)
        {
            if (Columns[c].Role == ColumnRole.Share && !valueColumns.Contains(Columns[c].Measure))
            {
                var id = context.Measures[Columns[c].Measure].Id;
                context.Problem(row, c, null, id, Columns[c].Header, $"expected the column {id} beside its share column '{Columns[c].Header}', found none");
            }
        }

        if (valueColumns.Count == 0 && MeasureColumn < 0 && ValueColumn < 0)
        {
            context.Problem(row, 0, null, null, null, "expected at least one measure column, found none");
        }
    }

    // Excel in some locales saves "CSV" with ';' or tabs; the whole header is then one cell.
    private string SeparatorHint() =>
        Columns.Length == 1 && Columns[0].Header.IndexOfAny([';', '\t']) is var at and >= 0
            ? $" (the file seems separated by '{(Columns[0].Header[at] == ';' ? ";" : "\\t")}': save it comma-separated)"
            : string.Empty;

    private int IndexOf(ColumnRole role)
    {
        for (var c = 0; c < Columns.Length; c++)
        {
            if (Columns[c].Role == role)
            {
                return c;
            }
        }

        return -1;
    }
}
