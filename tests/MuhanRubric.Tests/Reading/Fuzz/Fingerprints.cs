using System.Globalization;
using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// What a reader loaded, as values by the JSON path of the input they came from (a number under the exact path of the
/// number in the file, so that a mutated number can be looked up where it was read): two loads compare path by path,
/// so a value that differs from the original's where the mutation did not touch the file was silently repaired.
/// Values derived from others (a cell's table and page, a section's page taken from its table) are left out: they
/// move with what they derive from.
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

    /// <summary>A JSON document, value by path (for testing the fuzz itself).</summary>
    public static Dictionary<string, string> Of(JsonNode? document)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(document, "$", values);
        return values;
    }

    public static Dictionary<string, string> Of(EvaluationReport report)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        var r = report.Report;
        Add(v, "report.id", r.Id);
        Add(v, "report.title", r.Title);
        Add(v, "report.englishTitle", r.EnglishTitle);
        Add(v, "report.publisher", r.Publisher);
        Add(v, "report.evaluatedYear", r.EvaluatedYear);
        Add(v, "report.statisticsSoftware", r.StatisticsSoftware);
        for (var t = 0; t < report.Municipalities.Count; t++)
        {
            var table = report.Municipalities[t];
            var path = $"municipalityTables[{t}]";
            Add(v, path + ".municipality", table.Municipality.Code);
            Add(v, path + ".table", table.Source.Table);
            Add(v, path + ".page", table.Source.Page);
            Add(v, path + ".printedName", table.PrintedName);
            foreach (var measure in MeasureCatalog.MunicipalityTables2016)
            {
                Cell(v, $"{path}.cells.{measure.Id}", report.Measurements[table.Municipality, measure]);
                Cell(v, $"{path}.provinceAverage.{measure.Id}", table.ProvinceAverage(measure));
            }
        }

        // The headcount of 표 Ⅱ-3 (a measurement) is read from its printed row, fingerprinted under tables[…]: it is
        // derived, and moves with that cell.
        for (var t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            var path = $"tables[{t}]";
            Add(v, path + ".id", table.Id);
            Add(v, path + ".page", table.Page);
            Add(v, path + ".title", table.Title);
            Add(v, path + ".unit", table.Unit);
            List(v, path + ".notes", table.Notes);
            for (var s = 0; s < table.Sections.Count; s++)
            {
                var section = table.Sections[s];
                var sectionPath = $"{path}.sections[{s}]";
                Add(v, sectionPath + ".id", section.Id);
                if (section.Page != table.Page)
                {
                    Add(v, sectionPath + ".page", section.Page);
                }

                Add(v, sectionPath + ".measure", section.Measure?.Id);
                Interval(v, sectionPath + ".band", section.Band);
                List(v, sectionPath + ".columns", section.Columns);
                List(v, sectionPath + ".columnLabels", section.ColumnLabels);
                for (var w = 0; w < section.Rows.Count; w++)
                {
                    var row = section.Rows[w];
                    var rowPath = $"{sectionPath}.rows[{w}]";
                    Add(v, rowPath + ".label", row.Label);
                    Add(v, rowPath + ".measure", row.Measure?.Id);
                    Add(v, rowPath + ".municipality", row.Municipality?.Code);
                    Add(v, rowPath + ".printed", row.Printed);
                    List(v, rowPath + ".municipalities", row.Municipalities.Select(m => m.Code));
                    for (var c = 0; c < row.Cells.Count; c++)
                    {
                        Cell(v, $"{rowPath}.cells[{c}]", row.Cells[c]);
                    }
                }
            }
        }

        if (report.Rubric is { } rubric)
        {
            Add(v, "rubric.id", rubric.Table);
            Add(v, "rubric.page", rubric.Page);
            Cell(v, "rubric.printedTotal", rubric.PrintedTotal);
            for (var a = 0; a < rubric.Areas.Count; a++)
            {
                var area = rubric.Areas[a];
                Add(v, $"rubric.areas[{a}]", $"{area.Code}|{area.Name}|{area.EnglishName}");
                for (var d = 0; d < area.Domains.Count; d++)
                {
                    var domain = area.Domains[d];
                    Add(v, $"rubric.areas[{a}].domains[{d}].name", domain.Name);
                    for (var i = 0; i < domain.Indicators.Count; i++)
                    {
                        var indicator = domain.Indicators[i];
                        var path = $"rubric.areas[{a}].domains[{d}].indicators[{i}]";
                        Add(v, path, $"{indicator.Code}|{indicator.Name}|{indicator.EnglishName}");
                        Cell(v, path + ".points", indicator.Points);
                        Add(v, path + ".scale.page", indicator.Scale.Page);
                        Add(v, path + ".scale", $"{indicator.Scale.Printed}|{indicator.Scale.Kind}|{indicator.Scale.PointsPrinted}");
                        List(v, path + ".scale.items", indicator.Scale.Items);
                        for (var b = 0; b < indicator.Scale.Bands.Count; b++)
                        {
                            var band = indicator.Scale.Bands[b];
                            Add(v, $"{path}.scale.bands[{b}].points", band.Points);
                            Add(v, $"{path}.scale.bands[{b}].printed", band.Printed);
                            for (var n = 0; n < band.Intervals.Count; n++)
                            {
                                Interval(v, $"{path}.scale.bands[{b}].intervals[{n}]", band.Intervals[n]);
                            }
                        }
                    }
                }
            }
        }

        for (var c = 0; c < report.Claims.Count; c++)
        {
            var claim = report.Claims[c];
            var path = $"claims[{c}]";
            Add(v, path + ".id", claim.Id);
            Add(v, path + ".quote", claim.Quote);
            Add(v, path + ".page", claim.Source.PageLabel ?? claim.Source.Page.ToString(CultureInfo.InvariantCulture));
            Add(v, path + ".measure", claim.Measure.Id);
            Add(v, path + ".statistic", claim.Statistic.ToString());
            Add(v, path + ".on", claim.Target.ToString());
            Interval(v, path + ".band", claim.Band);
            Add(v, path + ".equals", claim.EqualTo);
            Add(v, path + ".percentile", claim.Percentile?.ToString("R", CultureInfo.InvariantCulture));
            Add(v, path + ".municipality", claim.Municipality?.Code);
            Cell(v, path + ".value", claim.Published);
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
                Add(v, $"{path}.sides[{s}].source", entry.Sides[s].Source);
                Add(v, $"{path}.sides[{s}].says", entry.Sides[s].Says);
            }

            List(v, path + ".pages", entry.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture)));
            List(v, path + ".reproductionChecks", entry.ReproductionChecks);
            for (var c = 0; c < entry.Cells.Count; c++)
            {
                Add(v, $"{path}.cells[{c}].municipality", entry.Cells[c].Municipality?.Code);
                Add(v, $"{path}.cells[{c}].measure", entry.Cells[c].Measure.Id);
            }
        }

        return v;
    }

    /// <summary>
    /// A measurement table, by the paths of the JSON format: <c>values[u].&lt;id&gt;</c> holds the value (its share,
    /// status and text below it), <c>units[u]</c>, <c>measures[m]</c> (its expected range's <c>minimum</c> and
    /// <c>maximum</c> below it); a grid's measures, which are columns rather than a declared list, by id.
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
                var path = $"values[{u}].{measure.Id}";
                var value = table[unit, measure];
                Add(v, path, value?.Value);
                Add(v, path + ".percent", value?.Percent);
                Add(v, path + ".text", value?.Text);
                Add(v, path + ".status", table.StatusOf(unit, measure).ToString());
            }
        }

        for (var m = 0; m < table.Measures.Count; m++)
        {
            var measure = table.Measures[m];
            var path = measuresById ? $"measures.{measure.Id}" : $"measures[{m}]";
            Add(v, path, $"{measure.Id}|{measure.KoreanLabel}|{measure.EnglishName}|{measure.Unit}|{measure.IsWholeCount}|{measure.HasShare}|{measure.ShareDenominator}");
            Add(v, path + ".expectedRange.minimum", measure.ExpectedRange?.Lower);
            Add(v, path + ".expectedRange.maximum", measure.ExpectedRange?.Upper);
        }

        return v;
    }

    /// <summary>A units file's catalogue, by the grid's paths (<c>values[row].&lt;column&gt;</c>).</summary>
    public static Dictionary<string, string> Of(MunicipalityCatalog units)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            var path = $"values[{u}]";
            Add(v, path + ".code", unit.Code);
            Add(v, path + ".koreanName", unit.KoreanName);
            Add(v, path + ".romanizedName", unit.RomanizedName);
            Add(v, path + ".kind", unit.Kind.ToString());
            Add(v, path + ".region", unit.Region);
            Add(v, path + ".groups", string.Join(";", unit.Groups));
            Add(v, path + ".aliases", string.Join(";", unit.Aliases));
        }

        return v;
    }

    /// <summary>A measures file's catalogue, by the grid's paths (<c>values[row].&lt;column&gt;</c>).</summary>
    public static Dictionary<string, string> Of(MeasureCatalog measures)
    {
        var v = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var m = 0; m < measures.Count; m++)
        {
            var measure = measures[m];
            var path = $"values[{m}]";
            Add(v, path + ".id", measure.Id);
            Add(v, path + ".koreanLabel", measure.KoreanLabel);
            Add(v, path + ".englishName", measure.EnglishName);
            Add(v, path + ".unit", measure.Unit.ToString());
            Add(v, path + ".wholeCount", measure.IsWholeCount);
            Add(v, path + ".hasShare", measure.HasShare);
            Add(v, path + ".shareOf", measure.ShareDenominator);
            Add(v, path + ".minimum", measure.ExpectedRange?.Lower);
            Add(v, path + ".maximum", measure.ExpectedRange?.Upper);
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

    private static void Cell(Dictionary<string, string> values, string path, MeasuredValue? value)
    {
        Add(values, path + ".value", value?.Value);
        Add(values, path + ".percent", value?.Percent);
        Add(values, path + ".printed", value?.Text);
    }

    private static void Cell(Dictionary<string, string> values, string path, PublishedValue? value)
    {
        Add(values, path + ".value", value?.Value);
        Add(values, path + ".percent", value?.Percent);
        Add(values, path + ".printed", value?.Printed);
    }

    private static void Interval(Dictionary<string, string> values, string path, Interval? interval)
    {
        Add(values, path, interval is null ? null : "interval");
        Add(values, path + ".lower", interval?.Lower);
        Add(values, path + ".upper", interval?.Upper);
        Add(values, path + ".sides", interval is null ? null : $"{interval.LowerInclusive}|{interval.UpperInclusive}");
    }

    private static void Add(Dictionary<string, string> values, string path, object? value) =>
        values[path] = value switch
        {
            null => "null",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()!,
        };

    private static void List(Dictionary<string, string> values, string path, IEnumerable<string?> items)
    {
        var i = 0;
        foreach (var item in items)
        {
            values[$"{path}[{i++}]"] = item ?? "null";
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
