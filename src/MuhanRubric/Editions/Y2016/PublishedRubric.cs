using System.Collections.Immutable;
using System.Text.Json;
using MuhanRubric.Measurements;
using MuhanRubric.Statistics;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The rubric as the report prints it: <c>표 Ⅲ-3</c> (p.29) with the points of the 18 indicators, and the
/// detailed scales of p.31–32. This is the published text as data; the scoring rubric is built from it.
/// </summary>
/// <param name="Table">The table number, <c>Ⅲ-3</c>.</param>
/// <param name="Page">The printed page, 29.</param>
/// <param name="PrintedTotal">The printed total (계).</param>
/// <param name="Areas">The areas A–D in printed order.</param>
[Immutable]
public sealed record PublishedRubric(string Table, int Page, PublishedValue PrintedTotal, IReadOnlyList<PublishedArea> Areas)
{
    /// <summary>The areas A–D in printed order.</summary>
    public IReadOnlyList<PublishedArea> Areas { get; init => field = value.ToImmutableArray(); } = Areas.ToImmutableArray();

    /// <summary>All indicators in printed order.</summary>
    public IEnumerable<PublishedIndicator> Indicators => Areas.SelectMany(a => a.Domains).SelectMany(d => d.Indicators);

    /// <summary>The sum of the printed points of all indicators (which the report's total may contradict).</summary>
    public decimal SumOfPoints => Indicators.Sum(i => i.Points.Value);
}

/// <summary>An evaluation area (평가분야) A–D.</summary>
/// <param name="Code">A, B, C or D.</param>
/// <param name="Name">The Korean name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Domains">The domains (평가영역) in printed order.</param>
[Immutable]
public sealed record PublishedArea(string Code, string Name, string EnglishName, IReadOnlyList<PublishedDomain> Domains)
{
    /// <summary>The domains (평가영역) in printed order.</summary>
    public IReadOnlyList<PublishedDomain> Domains { get; init => field = value.ToImmutableArray(); } = Domains.ToImmutableArray();

    /// <summary>The sum of the printed points of the area's indicators.</summary>
    public decimal SumOfPoints => Domains.SelectMany(d => d.Indicators).Sum(i => i.Points.Value);
}

/// <summary>A domain (평가영역): a group of indicators inside an area.</summary>
/// <param name="Name">The Korean name.</param>
/// <param name="Indicators">The indicators in printed order.</param>
[Immutable]
public sealed record PublishedDomain(string Name, IReadOnlyList<PublishedIndicator> Indicators)
{
    /// <summary>The indicators in printed order.</summary>
    public IReadOnlyList<PublishedIndicator> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();
}

/// <summary>An indicator (평가지표) with its printed points and scale.</summary>
/// <param name="Code">The code, for example <c>C1</c>.</param>
/// <param name="Name">The Korean name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Points">The printed maximum points (배당점수).</param>
/// <param name="Scale">The printed scale (평가척도).</param>
[Immutable]
public sealed record PublishedIndicator(string Code, string Name, string EnglishName, PublishedValue Points, PublishedScale Scale);

/// <summary>An indicator's scale as printed on p.31–32.</summary>
/// <param name="Page">The printed page.</param>
/// <param name="Printed">The scale text, verbatim.</param>
/// <param name="Kind">The transcriber's classification: <c>checklist</c>, <c>bands</c>, <c>ordinal</c>, <c>ratio</c>, <c>survey</c> or <c>unspecified</c>.</param>
/// <param name="Items">Checklist or ordinal items, verbatim.</param>
/// <param name="Bands">Numeric bands with points, where printed.</param>
/// <param name="PointsPrinted">Whether the report prints how values turn into points.</param>
[Immutable]
public sealed record PublishedScale(int Page, string Printed, string Kind, IReadOnlyList<string> Items, IReadOnlyList<PublishedBand> Bands, bool PointsPrinted)
{
    /// <summary>Checklist or ordinal items, verbatim.</summary>
    public IReadOnlyList<string> Items { get; init => field = value.ToImmutableArray(); } = Items.ToImmutableArray();

    /// <summary>Numeric bands with points, where printed.</summary>
    public IReadOnlyList<PublishedBand> Bands { get; init => field = value.ToImmutableArray(); } = Bands.ToImmutableArray();
}

/// <summary>A printed band: one points level for one or more intervals.</summary>
/// <param name="Points">The points.</param>
/// <param name="Intervals">The intervals (a union).</param>
/// <param name="Printed">The printed text.</param>
[Immutable]
public sealed record PublishedBand(decimal Points, IReadOnlyList<Interval> Intervals, string Printed)
{
    /// <summary>The intervals (a union).</summary>
    public IReadOnlyList<Interval> Intervals { get; init => field = value.ToImmutableArray(); } = Intervals.ToImmutableArray();
}

/// <summary>Reads the <c>rubric</c> object of the dataset file.</summary>
internal static class PublishedRubricReader
{
    public static PublishedRubric? Read(JsonElement element, string path, ReportReader reader)
    {
        var table = reader.String(element, "id", path + ".id");
        var page = reader.Int(element, "page", path + ".page", 1);
        var totalElement = reader.Object(element, "printedTotal", path + ".printedTotal");
        var total = totalElement is { } t ? reader.Cell(t, path + ".printedTotal", new PrintedSource(table, page ?? 0)) : null;
        var areas = reader.ReadArray(element, "areas", path + ".areas", required: true, (a, ap) =>
        {
            var code = reader.String(a, "code", ap + ".code");
            var name = reader.String(a, "name", ap + ".name");
            var english = reader.String(a, "englishName", ap + ".englishName");
            var domains = reader.ReadArray(a, "domains", ap + ".domains", required: true, (d, dp) =>
            {
                var domainName = reader.String(d, "name", dp + ".name");
                var indicators = reader.ReadArray(d, "indicators", dp + ".indicators", required: true,
                    (i, ip) => ReadIndicator(i, ip, reader, new PrintedSource(table, page ?? 0)));
                return domainName is null ? null : new PublishedDomain(domainName, indicators);
            });
            return code is null || name is null || english is null ? null : new PublishedArea(code, name, english, domains);
        });
        return table is null || page is null || total is null ? null : new PublishedRubric(table, page.Value, total, areas);
    }

    private static PublishedIndicator? ReadIndicator(JsonElement element, string path, ReportReader reader, PrintedSource source)
    {
        var code = reader.String(element, "code", path + ".code");
        var name = reader.String(element, "name", path + ".name");
        var english = reader.String(element, "englishName", path + ".englishName");
        var pointsElement = reader.Object(element, "points", path + ".points");
        var points = pointsElement is { } p ? reader.Cell(p, path + ".points", source) : null;
        var scaleElement = reader.Object(element, "scale", path + ".scale");
        var scale = scaleElement is { } s ? ReadScale(s, path + ".scale", reader) : null;
        return code is null || name is null || english is null || points is null || scale is null
            ? null
            : new PublishedIndicator(code, name, english, points, scale);
    }

    private static PublishedScale? ReadScale(JsonElement element, string path, ReportReader reader)
    {
        var page = reader.Int(element, "page", path + ".page", 1);
        var printed = reader.String(element, "printed", path + ".printed");
        var kind = reader.String(element, "kind", path + ".kind");
        var items = reader.StringList(element, "items", path + ".items", required: false);
        var bands = reader.ReadArray(element, "bands", path + ".bands", required: false, (b, bp) =>
        {
            var points = b.TryGetProperty("points", out var pe) && pe.ValueKind == JsonValueKind.Number ? pe.GetDecimal() : (decimal?)null;
            if (points is null)
            {
                reader.Problem(bp + ".points", "required number is missing");
            }

            var intervals = new List<Interval>();
            if (reader.Array(b, "intervals", bp + ".intervals") is { } array)
            {
                var n = 0;
                foreach (var interval in array.EnumerateArray())
                {
                    if (reader.ReadInterval(interval, $"{bp}.intervals[{n++}]") is { } parsed)
                    {
                        intervals.Add(parsed);
                    }
                }
            }

            var bandPrinted = reader.String(b, "printed", bp + ".printed");
            return points is null || bandPrinted is null ? null : new PublishedBand(points.Value, intervals, bandPrinted);
        });
        var pointsPrinted = !element.TryGetProperty("pointsPrinted", out var pp) || pp.ValueKind != JsonValueKind.False;
        return page is null || printed is null || kind is null ? null : new PublishedScale(page.Value, printed, kind, items, bands, pointsPrinted);
    }
}
