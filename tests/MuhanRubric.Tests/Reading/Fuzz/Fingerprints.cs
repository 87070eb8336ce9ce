using System.Globalization;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// What a reader loaded, as values by the JSON path of the input they came from: two loads compare path by path, so
/// a value that differs from the original's where the mutation did not touch the file was silently repaired.
/// Values derived from others (a cell's table and page, a file line) are left out: they move with what they derive from.
/// </summary>
internal static class Fingerprints
{
    /// <summary>A rubric, by the canonical JSON it writes (its warnings' kinds left out: the writer derives them).</summary>
    public static Dictionary<string, string> Of(Rubric rubric)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(JsonNode.Parse(RubricJson.Serialize(rubric)), "$", values);
        foreach (var key in values.Keys.Where(k => k.StartsWith("acceptedWarnings", StringComparison.Ordinal)).ToList())
        {
            values.Remove(key);
        }

        return values;
    }

    public static Dictionary<string, string> Of(EvaluationReport report)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        var r = report.Report;
        Add(v, "report", $"{r.Id}|{r.Title}|{r.EnglishTitle}|{r.Publisher}|{r.EvaluatedYear}|{r.StatisticsSoftware}");
        for (var t = 0; t < report.Municipalities.Count; t++)
        {
            var table = report.Municipalities[t];
            var path = $"municipalityTables[{t}]";
            Add(v, path + ".municipality", table.Municipality.Code);
            Add(v, path + ".table", table.Source.Table);
            Add(v, path + ".page", table.Source.Page);
            Add(v, path + ".printedName", table.PrintedName);
            foreach (var measure in report.Measurements.Measures)
            {
                Add(v, $"{path}.cells.{measure.Id}", Cell(report.Measurements[table.Municipality, measure]));
                Add(v, $"{path}.provinceAverage.{measure.Id}", Value(table.ProvinceAverage(measure)));
            }
        }

        for (var t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            var path = $"tables[{t}]";
            Add(v, path, $"{table.Id}|{table.Page}|{table.Title}|{table.Unit}");
            List(v, path + ".notes", table.Notes);
            for (var s = 0; s < table.Sections.Count; s++)
            {
                var section = table.Sections[s];
                var sectionPath = $"{path}.sections[{s}]";
                Add(v, sectionPath, $"{section.Id}|{section.Page}|{section.Measure?.Id}");
                Add(v, sectionPath + ".band", Interval(section.Band));
                List(v, sectionPath + ".columns", section.Columns);
                List(v, sectionPath + ".columnLabels", section.ColumnLabels);
                for (var w = 0; w < section.Rows.Count; w++)
                {
                    var row = section.Rows[w];
                    var rowPath = $"{sectionPath}.rows[{w}]";
                    Add(v, rowPath, $"{row.Label}|{row.Measure?.Id}|{row.Municipality?.Code}|{row.Printed}");
                    List(v, rowPath + ".municipalities", row.Municipalities.Select(m => m.Code));
                    List(v, rowPath + ".cells", row.Cells.Select(Value));
                }
            }
        }

        if (report.Rubric is { } rubric)
        {
            Add(v, "rubric", $"{rubric.Table}|{rubric.Page}|{Value(rubric.PrintedTotal)}");
            for (var a = 0; a < rubric.Areas.Count; a++)
            {
                var area = rubric.Areas[a];
                Add(v, $"rubric.areas[{a}]", $"{area.Code}|{area.Name}|{area.EnglishName}");
                for (var d = 0; d < area.Domains.Count; d++)
                {
                    var domain = area.Domains[d];
                    Add(v, $"rubric.areas[{a}].domains[{d}]", domain.Name);
                    for (var i = 0; i < domain.Indicators.Count; i++)
                    {
                        var indicator = domain.Indicators[i];
                        var path = $"rubric.areas[{a}].domains[{d}].indicators[{i}]";
                        Add(v, path, $"{indicator.Code}|{indicator.Name}|{indicator.EnglishName}");
                        Add(v, path + ".points", Value(indicator.Points));
                        Add(v, path + ".scale", $"{indicator.Scale.Page}|{indicator.Scale.Printed}|{indicator.Scale.Kind}|{indicator.Scale.PointsPrinted}");
                        List(v, path + ".scale.items", indicator.Scale.Items);
                        for (var b = 0; b < indicator.Scale.Bands.Count; b++)
                        {
                            var band = indicator.Scale.Bands[b];
                            Add(v, $"{path}.scale.bands[{b}]", $"{band.Points}|{band.Printed}");
                            List(v, $"{path}.scale.bands[{b}].intervals", band.Intervals.Select(Interval));
                        }
                    }
                }
            }
        }

        for (var c = 0; c < report.Claims.Count; c++)
        {
            var claim = report.Claims[c];
            var path = $"claims[{c}]";
            Add(v, path, $"{claim.Id}|{claim.Quote}");
            Add(v, path + ".page", claim.Source.ToString());
            Add(v, path + ".measure", claim.Measure.Id);
            Add(v, path + ".statistic", claim.Statistic.ToString());
            Add(v, path + ".on", claim.Target.ToString());
            Add(v, path + ".band", Interval(claim.Band));
            Add(v, path + ".equals", claim.EqualTo?.ToString(CultureInfo.InvariantCulture));
            Add(v, path + ".percentile", claim.Percentile?.ToString("R", CultureInfo.InvariantCulture));
            Add(v, path + ".municipality", claim.Municipality?.Code);
            Add(v, path + ".value", Value(claim.Published));
            List(v, path + ".municipalities", claim.Municipalities.Select(m => m.Code));
        }

        return v;
    }

    public static Dictionary<string, string> Of(IReadOnlyList<Discrepancy> catalogue)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var d = 0; d < catalogue.Count; d++)
        {
            var entry = catalogue[d];
            var path = $"discrepancies[{d}]";
            Add(v, path + ".id", entry.Id);
            Add(v, path + ".kind", entry.Kind.ToString());
            Add(v, path + ".where", entry.Where);
            Add(v, path + ".likelyCause", entry.LikelyCause);
            for (var s = 0; s < entry.Sides.Count; s++)
            {
                Add(v, $"{path}.sides[{s}]", $"{entry.Sides[s].Source}|{entry.Sides[s].Says}");
            }

            List(v, path + ".pages", entry.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            List(v, path + ".reproductionChecks", entry.ReproductionChecks);
            for (var c = 0; c < entry.Cells.Count; c++)
            {
                Add(v, $"{path}.cells[{c}]", $"{entry.Cells[c].Municipality?.Code}|{entry.Cells[c].Measure.Id}");
            }
        }

        return v;
    }

    /// <summary>
    /// A measurement table, by the paths of the JSON format (<c>values[u].&lt;id&gt;</c>, <c>units[u]</c>,
    /// <c>measures[m]</c>); a grid's measures, which are columns rather than a declared list, by id.
    /// </summary>
    public static Dictionary<string, string> Of(MeasurementTable table) => Of(table, measuresById: false);

    public static Dictionary<string, string> OfGrid(MeasurementTable table) => Of(table, measuresById: true);

    private static Dictionary<string, string> Of(MeasurementTable table, bool measuresById)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(v, "name", table.Name);
        Add(v, "period", table.Period?.Label);
        for (var u = 0; u < table.Units.Count; u++)
        {
            var unit = table.Units[u];
            Add(v, $"units[{u}]", $"{unit.Code}|{unit.KoreanName}|{unit.RomanizedName}|{unit.Kind}|{unit.Region}|{string.Join(";", unit.Groups)}|{string.Join(";", unit.Aliases)}");
            foreach (var measure in table.Measures)
            {
                Add(v, $"values[{u}].{measure.Id}", $"{table.StatusOf(unit, measure)}|{Cell(table[unit, measure])}");
            }
        }

        for (var m = 0; m < table.Measures.Count; m++)
        {
            var measure = table.Measures[m];
            Add(v, measuresById ? $"measures.{measure.Id}" : $"measures[{m}]", $"{measure.Id}|{measure.KoreanLabel}|{measure.EnglishName}|{measure.Unit}|{measure.IsWholeCount}|{measure.HasShare}|{measure.ShareDenominator}|{Interval(measure.ExpectedRange)}");
        }

        return v;
    }

    /// <summary>The paths where two fingerprints differ.</summary>
    public static IEnumerable<string> Differences(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b).Order(StringComparer.Ordinal);

    /// <summary>Whether a path is in (or above) a region a mutation changed; <c>$</c> is everywhere, <c>[*]</c> any index.</summary>
    public static bool Within(string path, string region)
    {
        if (region.Contains("[*]", StringComparison.Ordinal))
        {
            var pattern = "^" + System.Text.RegularExpressions.Regex.Escape(region).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal) + @"($|[.\[])";
            return System.Text.RegularExpressions.Regex.IsMatch(path, pattern);
        }

        return region == "$" || path == region || Below(path, region) || Below(region, path);
    }

    private static bool Below(string path, string ancestor) =>
        path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] is '.' or '[';

    private static string Cell(MeasuredValue? value) => value is null ? "-" : $"{value.Value}|{value.Percent}|{value.Text}";

    private static string Value(PublishedValue? value) => value is null ? "-" : $"{value.Value}|{value.Percent}|{value.Printed}";

    private static string Interval(Interval? interval) => interval?.ToString() ?? "-";

    private static void Add(Dictionary<string, string> values, string path, object? value) =>
        values[path] = value switch
        {
            null => "null",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };

    private static void List(Dictionary<string, string> values, string path, IEnumerable<string> items)
    {
        var i = 0;
        foreach (var item in items)
        {
            values[$"{path}[{i++}]"] = item;
        }
    }

    private static void Flatten(JsonNode? node, string path, Dictionary<string, string> values)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Flatten(value, path == "$" ? name : path + "." + name, values);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Flatten(array[i], $"{path}[{i}]", values);
                }

                break;
            default:
                values[path] = node?.ToJsonString() ?? "null";
                break;
        }
    }
}
