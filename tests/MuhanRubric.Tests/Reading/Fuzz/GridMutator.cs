using System.Globalization;
using System.Text;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// Seeded mutations of a submission grid (a header row of measure ids, then a row per unit): a cell made huge,
/// negative, fractional, tiny, text, NFD or blank; a row or column dropped or repeated; a header renamed. The regions
/// are the paths of <c>Fingerprints.Of(MeasurementTable)</c> (<c>values[u].&lt;id&gt;</c>;
/// <c>[*]</c> for every unit).
/// </summary>
/// <param name="grid">The valid grid.</param>
/// <param name="random">The seeded source of the mutations.</param>
/// <param name="rowsAreEntries">Whether the rows are the file's entries in order (a units or measures file), so a row
/// dropped or repeated moves every later entry; else each row is a unit of a fixed catalogue.</param>
internal sealed partial class GridMutator(IReadOnlyList<string[]> grid, Random random, bool rowsAreEntries = false)
{
    public static readonly string[] CellValues =
    [
        "1e309", "5e28", "-1", "1.5", "0.000000000000001", "100000000000000", "99,999,999,999,999", "NaN", "Infinity", "", " ", "-", "N/A", "NA",
        "해당없음", "9(69.2%)", "9(120%)", "9(-5%)", "69.2%", "1,234", "1,23", "１２", "−3", "=1+1", "\"", "0x10", "1 234", "12345678901234567890123456789012345",
    ];

    /// <summary>Every plain number of the grid, by the path of its cell (<c>values[u].&lt;id&gt;</c>).</summary>
    public IEnumerable<(string Path, string Text)> Numbers =>
        from r in Enumerable.Range(1, grid.Count - 1)
        from c in Enumerable.Range(1, grid[0].Length - 1)
        where PlainNumber().IsMatch(grid[r][c])
        select (string.Create(CultureInfo.InvariantCulture, $"values[{r - 1}].{grid[0][c]}"), grid[r][c]);

    /// <summary>A mutation: what it did, the grid, the regions it changed, and the number it typed, if it typed a plain one.</summary>
    public (string Description, string[][] Grid, IReadOnlyList<string> Regions, (string Path, string Text)? Number) Next()
    {
        var rows = grid.Select(r => (string[])r.Clone()).ToList();
        var r = 1 + random.Next(rows.Count - 1);
        var c = 1 + random.Next(rows[0].Length - 1);
        var unitRegion = string.Create(CultureInfo.InvariantCulture, $"values[{r - 1}]");
        IReadOnlyList<string> rowRegion = rowsAreEntries ? ["$"] : [unitRegion];
        var cellRegion = $"{unitRegion}.{rows[0][c]}";
        var column = rows[0][c];
        IReadOnlyList<string> columnRegion = [$"values[*].{column}", $"measures.{column}"];
        switch (random.Next(10))
        {
            case < 5:
            {
                var value = random.Next(3) switch
                {
                    0 when decimal.TryParse(rows[r][c], NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => Plausible(d, random),
                    1 when rows[r][c].Length > 0 => rows[r][c] + "0.5",
                    _ => CellValues[random.Next(CellValues.Length)],
                };
                var old = rows[r][c];
                rows[r][c] = value;
                // A plain number (digits, a point, a sign) is read as written or rejected; "1,234", "9(69.2%)" and
                // "１２" are forms of numbers whose reading the corpus pins down instead.
                var number = PlainNumber().IsMatch(value) ? (cellRegion, value) : ((string, string)?)null;
                return ($"cell ({r}, {c}) '{old}' → '{value}'", [.. rows], [cellRegion], number);
            }

            case 5:
                rows.RemoveAt(r);
                return ($"row {r} dropped", [.. rows], rowRegion, null);
            case 6:
                rows.Insert(r, (string[])rows[r].Clone());
                return ($"row {r} repeated", [.. rows], rowRegion, null);
            case 7:
                return ($"column {c} dropped", [.. rows.Select(row => row.Where((_, i) => i != c).ToArray())], columnRegion, null);
            case 8:
            {
                var old = rows[0][c];
                rows[0][c] = random.Next(2) == 0 ? old.ToUpperInvariant() : old + " ";
                return ($"header {c} '{old}' → '{rows[0][c]}'", [.. rows], columnRegion, null);
            }

            default:
            {
                // The unit column in another form: a Korean name in NFD, or a name of another unit.
                var old = rows[r][0];
                rows[r][0] = random.Next(2) == 0 ? "수원시".Normalize(NormalizationForm.FormD) : old.ToLowerInvariant();
                return ($"unit of row {r} '{old}' → '{rows[r][0]}'", [.. rows], [unitRegion, "values[0]"], null);
            }
        }
    }

    // A number changed to another a person could have typed: it must load as typed or be rejected.
    private static string Plausible(decimal d, Random random) =>
        (random.Next(7) switch { 0 => d + 1, 1 => d - 1, 2 => d * 2, 3 => d / 4, 4 => d + 0.5m, 5 => 0m, _ => d * 1000 }).ToString(CultureInfo.InvariantCulture);

    /// <summary>A grid as CSV text (RFC 4180 quoting).</summary>
    public static string Csv(IEnumerable<string[]> rows) =>
        string.Join("\n", rows.Select(row => string.Join(",", row.Select(cell => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell)))) + "\n";

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();
}
