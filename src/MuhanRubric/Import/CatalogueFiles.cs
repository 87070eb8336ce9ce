using System.Globalization;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// The units file (<c>code,koreanName,romanizedName,kind,region,groups</c>, optionally <c>aliases</c>) and the
/// measures file (<c>id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum</c>): CSV with a
/// header row, comment rows and columns (<c>#</c>) skipped, any column order, optional columns may be left out.
/// </summary>
internal static class CatalogueFiles
{
    private static readonly string[] _unitColumns = ["code", "koreanName", "romanizedName", "kind", "region", "groups", "aliases"];
    private static readonly string[] _requiredUnitColumns = ["code", "koreanName"];
    private static readonly string[] _measureColumns = ["id", "koreanLabel", "englishName", "unit", "wholeCount", "hasShare", "shareOf", "minimum", "maximum"];
    private static readonly string[] _requiredMeasureColumns = ["id", "koreanLabel", "englishName", "unit"];

    public static MunicipalityCatalog ReadUnits(Stream stream, string fileName)
    {
        var problems = new ImportProblems(fileName);
        var entries = new List<(Municipality?, string?, Place, CatalogueEntries.Report)>();
        ReadRows(stream, problems, _unitColumns, _requiredUnitColumns, "unit", (row, place) =>
        {
            var code = row("code");
            CatalogueEntries.Report report = (field, message) => problems.Add(place, string.IsNullOrEmpty(code) ? null : code, null, field, message);
            var fields = new UnitFields(code, row("koreanName"), row("romanizedName"), row("kind"), row("region"), List(row("groups")), List(row("aliases")));
            entries.Add((CatalogueEntries.ToUnit(fields, report), code, place, report));
        });
        var catalogue = CatalogueEntries.ToUnitCatalogue(entries, entries.Count);
        problems.ThrowIfAny();
        return catalogue!;
    }

    public static MeasureCatalog ReadMeasures(Stream stream, string fileName)
    {
        var problems = new ImportProblems(fileName);
        var entries = new List<(Measure?, MeasureFields, Place, CatalogueEntries.Report)>();
        ReadRows(stream, problems, _measureColumns, _requiredMeasureColumns, "measure", (row, place) =>
        {
            var id = row("id");
            CatalogueEntries.Report report = (field, message) => problems.Add(place, null, string.IsNullOrEmpty(id) ? null : id, field, message);
            var fields = new MeasureFields(
                id,
                row("koreanLabel"),
                row("englishName"),
                row("unit"),
                Bool(row("wholeCount"), "wholeCount", report),
                Bool(row("hasShare"), "hasShare", report),
                row("shareOf"),
                Number(row("minimum"), "minimum", report),
                Number(row("maximum"), "maximum", report));
            entries.Add((CatalogueEntries.ToMeasure(fields, report), fields, place, report));
        });
        var catalogue = CatalogueEntries.ToMeasureCatalogue(entries, entries.Count);
        problems.ThrowIfAny();
        return catalogue!;
    }

    private static void ReadRows(Stream stream, ImportProblems problems, string[] known, string[] required, string what, Action<Func<string, string?>, Place> entry)
    {
        Dictionary<string, int>? columns = null;
        var width = 0;
        var count = 0;
        var any = false;
        CsvRows.Read(stream, problems, encoding: null, row =>
        {
            if (row.Count == 0 || row.IsBlankRow())
            {
                return;
            }

            any = true;
            if (row.IsComment())
            {
                return;
            }

            var place = new Place(row.Number, null);
            if (columns is null)
            {
                columns = Header(row, place, problems, known, required);
                width = row.Count;
                return;
            }

            // Without a required column every row would repeat that one problem.
            count++;
            if (required.Any(r => !columns.ContainsKey(r)))
            {
                return;
            }

            var cells = Enumerable.Range(0, row.Count).Select(row.TextString).ToArray();
            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length > 0 && c >= width)
                {
                    problems.Add(place, null, null, null, FormattableString.Invariant($"expected at most {width} cells (the header's columns), found '{cells[c]}' in column {A1.Column(c)}"));
                }
            }

            entry(name => columns.TryGetValue(name, out var c) && c < cells.Length ? cells[c] : null, place);
        });

        if (columns is null)
        {
            throw problems.Fatal(Place.None, $"expected a header row ({string.Join(",", known)}), found {(any ? "only comment rows" : "an empty file")}");
        }

        if (count == 0)
        {
            problems.Add(Place.None, null, null, null, $"expected a row per {what}, found none");
        }
    }

    private static Dictionary<string, int> Header(GridRow row, Place place, ImportProblems problems, string[] known, string[] required)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < row.Count; c++)
        {
            var header = row.TextString(c);
            if (header.Length == 0 || header.StartsWith('#'))
            {
                continue;
            }

            var name = known.FirstOrDefault(k => string.Equals(k, header, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                problems.Add(place, null, null, header, $"unknown column '{header}': expected {string.Join(", ", known)}, or a comment column starting with #");
            }
            else if (!columns.TryAdd(name, c))
            {
                problems.Add(place, null, null, header, $"expected each column once, found '{header}' again (first in column {A1.Column(columns[name])})");
            }
        }

        foreach (var name in required.Where(r => !columns.ContainsKey(r)))
        {
            problems.Add(place, null, null, name, $"expected a column '{name}', found none");
        }

        return columns;
    }

    private static IReadOnlyList<string> List(string? cell) =>
        string.IsNullOrWhiteSpace(cell) ? [] : cell.Split(';', StringSplitOptions.TrimEntries);

    private static bool Bool(string? cell, string field, CatalogueEntries.Report report)
    {
        if (string.IsNullOrWhiteSpace(cell) || string.Equals(cell, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(cell, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        report(field, $"expected true or false, found '{cell}'");
        return false;
    }

    private static decimal? Number(string? cell, string field, CatalogueEntries.Report report)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        if (!decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            report(field, $"expected a number, found '{cell}'");
            return null;
        }

        // The limits of every number the library reads (a range is compared with values, which keep them).
        if (!Reading.ComputableNumber.Contains(number))
        {
            report(field, $"expected {Reading.ComputableNumber.Expected}, found '{cell}'");
            return null;
        }

        return number;
    }
}
