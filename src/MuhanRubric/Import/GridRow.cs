using MuhanRubric.Measurements;

namespace MuhanRubric.Import;

/// <summary>What a spreadsheet cell is, beyond its text.</summary>
internal enum GridCellKind : byte
{
    /// <summary>Text as typed (every CSV cell; a spreadsheet string, boolean or date).</summary>
    Text,

    /// <summary>A spreadsheet number; the text is its shortest round-trip rendering.</summary>
    Number,

    /// <summary>A spreadsheet error value such as <c>#DIV/0!</c>.</summary>
    Error,

    /// <summary>A formula the spreadsheet never calculated (no cached value); the text is the formula.</summary>
    UncalculatedFormula,
}

/// <summary>
/// One row of a CSV file or worksheet, as the layout readers see it: cells by 0-based column, each its text (as typed)
/// and, for a spreadsheet number, the number. Reused from row to row so reading allocates little per row.
/// </summary>
internal sealed class GridRow
{
    private readonly List<Slot> _slots = [];
    private char[] _chars = new char[1024];
    private int _used;

    /// <summary>The 1-based line (CSV) or row number (worksheet).</summary>
    public int Number { get; private set; }

    /// <summary>For a CSV row, the one source its values share (keeps memory proportional to the rows).</summary>
    public SubmittedSource? RowSource { get; private set; }

    public int Count => _slots.Count;

    public void Reset(int number, SubmittedSource? rowSource = null)
    {
        Number = number;
        RowSource = rowSource;
        _slots.Clear();
        _used = 0;
    }

    /// <summary>Adds a text cell, in Unicode NFC (as every reader reads text: a name typed in NFD is the same name).</summary>
    public void AddText(ReadOnlySpan<char> text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            Add(text, GridCellKind.Text, 0m, false);
            return;
        }

        var typed = text.ToString();
        Add(typed.IsNormalized(System.Text.NormalizationForm.FormC) ? typed : typed.Normalize(System.Text.NormalizationForm.FormC), GridCellKind.Text, 0m, false);
    }

    public void AddNumber(ReadOnlySpan<char> text, decimal value, bool percentFormatted) => Add(text, GridCellKind.Number, value, percentFormatted);

    public void Add(ReadOnlySpan<char> text, GridCellKind kind) => Add(text, kind, 0m, false);

    public ReadOnlySpan<char> Text(int column) =>
        column < _slots.Count ? _chars.AsSpan(_slots[column].Start, _slots[column].Length) : [];

    public string TextString(int column) => Text(column).Trim().ToString();

    public GridCellKind Kind(int column) => column < _slots.Count ? _slots[column].Kind : GridCellKind.Text;

    public decimal NumberAt(int column) => _slots[column].Number;

    public bool IsPercentFormatted(int column) => _slots[column].PercentFormatted;

    public bool IsBlank(int column) => Kind(column) == GridCellKind.Text && Text(column).Trim().IsEmpty;

    public bool IsBlankRow()
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            if (!IsBlank(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comment row: its first cell starts with <c>#</c>.</summary>
    public bool IsComment() => Kind(0) == GridCellKind.Text && Text(0).TrimStart().StartsWith('#');

    private void Add(ReadOnlySpan<char> text, GridCellKind kind, decimal number, bool percentFormatted)
    {
        if (_used + text.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + text.Length));
        }

        text.CopyTo(_chars.AsSpan(_used));
        _slots.Add(new Slot(_used, text.Length, kind, number, percentFormatted));
        _used += text.Length;
    }

    private readonly record struct Slot(int Start, int Length, GridCellKind Kind, decimal Number, bool PercentFormatted);
}
