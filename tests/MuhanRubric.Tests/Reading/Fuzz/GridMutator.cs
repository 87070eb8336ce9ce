using System.Globalization;
using System.Text;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// Seeded mutations of a submission grid (a header row of measure ids, then a row per unit): a cell made huge,
/// negative, fractional, tiny, text, NFD or blank; a row or column dropped or repeated; a header renamed. The regions
/// are the paths of <c>Fingerprints.Of(MeasurementTable)</c> (<c>values[u].&lt;id&gt;</c>;
/// <c>[*]</c> for every unit).
/// </summary>
internal sealed class GridMutator(IReadOnlyList<string[]> grid, Random random)
{
    public static readonly string[] CellValues =
    [
        "1e309", "5e28", "-1", "1.5", "0.000000000000001", "100000000000000", "99,999,999,999,999", "NaN", "Infinity", "", " ", "-", "N/A", "NA",
        "해당없음", "9(69.2%)", "9(120%)", "9(-5%)", "69.2%", "1,234", "1,23", "１２", "−3", "=1+1", "\"", "0x10", "1 234", "12345678901234567890123456789012345",
    ];

    public (string Description, string[][] Grid, IReadOnlyList<string> Regions) Next()
    {
        var rows = grid.Select(r => (string[])r.Clone()).ToList();
        var r = 1 + random.Next(rows.Count - 1);
        var c = 1 + random.Next(rows[0].Length - 1);
        var unitRegion = string.Create(CultureInfo.InvariantCulture, $"values[{r - 1}]");
        var cellRegion = $"{unitRegion}.{rows[0][c]}";
        var column = rows[0][c];
        IReadOnlyList<string> columnRegion = [$"values[*].{column}", $"measures.{column}"];
        switch (random.Next(10))
        {
            case < 5:
            {
                var value = random.Next(4) == 0 && rows[r][c].Length > 0 ? rows[r][c] + "0.5" : CellValues[random.Next(CellValues.Length)];
                var old = rows[r][c];
                rows[r][c] = value;
                return ($"cell ({r}, {c}) '{old}' → '{value}'", [.. rows], [cellRegion]);
            }

            case 5:
                rows.RemoveAt(r);
                return ($"row {r} dropped", [.. rows], [unitRegion]);
            case 6:
                rows.Insert(r, (string[])rows[r].Clone());
                return ($"row {r} repeated", [.. rows], [unitRegion]);
            case 7:
                return ($"column {c} dropped", [.. rows.Select(row => row.Where((_, i) => i != c).ToArray())], columnRegion);
            case 8:
            {
                var old = rows[0][c];
                rows[0][c] = random.Next(2) == 0 ? old.ToUpperInvariant() : old + " ";
                return ($"header {c} '{old}' → '{rows[0][c]}'", [.. rows], columnRegion);
            }

            default:
            {
                // The unit column in another form: a Korean name in NFD, or a name of another unit.
                var old = rows[r][0];
                rows[r][0] = random.Next(2) == 0 ? "수원시".Normalize(NormalizationForm.FormD) : old.ToLowerInvariant();
                return ($"unit of row {r} '{old}' → '{rows[r][0]}'", [.. rows], [unitRegion, "values[0]"]);
            }
        }
    }

    /// <summary>A grid as CSV text (RFC 4180 quoting).</summary>
    public static string Csv(IEnumerable<string[]> rows) =>
        string.Join("\n", rows.Select(row => string.Join(",", row.Select(cell => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell)))) + "\n";
}
