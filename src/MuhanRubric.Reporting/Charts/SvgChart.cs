using System.Globalization;
using System.Text.RegularExpressions;
using MuhanRubric.Reporting.Text;

namespace MuhanRubric.Reporting.Charts;

/// <summary>A chart as inline SVG for an HTML page, with its title and a text description for screen readers.</summary>
/// <param name="Id">The chart's id, unique in the page; every id inside the SVG is prefixed with it.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Description">What the chart shows, in words.</param>
/// <param name="Svg">The <c>&lt;svg&gt;</c> element, without an XML declaration.</param>
internal sealed partial record SvgChart(string Id, string Title, string Description, string Svg)
{
    /// <summary>The fonts a browser tries for chart text: the font the chart was measured with, then common Korean fonts.</summary>
    public const string FontStack = "'NanumBarunGothic', '나눔바른고딕', 'Malgun Gothic', '맑은 고딕', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Noto Sans CJK KR', sans-serif";

    /// <summary>
    /// Makes ScottPlot's SVG document fit inline in a page: no XML declaration; a viewBox so it scales; <c>role="img"</c>
    /// with a title and description; ids renumbered under the chart's id (ScottPlot numbers clip paths per process, so
    /// two charts in one page would share ids, and output would depend on what was drawn before); and a font list a
    /// browser can use (ScottPlot writes the typeface's names with an empty entry, which invalidates the attribute).
    /// </summary>
    public static SvgChart FromScottPlot(string id, string title, string description, string svgDocument)
    {
        var svg = XmlDeclaration().Replace(svgDocument, string.Empty).Trim();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            ids.TryAdd(match.Groups[1].Value, string.Create(CultureInfo.InvariantCulture, $"{id}-c{ids.Count + 1}"));
        }

        svg = IdAttribute().Replace(svg, m => $" id=\"{ids[m.Groups[1].Value]}\"");
        svg = UrlReference().Replace(svg, m => ids.TryGetValue(m.Groups[1].Value, out var renamed) ? $"url(#{renamed})" : m.Value);
        svg = HrefReference().Replace(svg, m => ids.TryGetValue(m.Groups[2].Value, out var renamed) ? $"{m.Groups[1].Value}=\"#{renamed}\"" : m.Value);
        svg = FontFamily().Replace(svg, $"font-family=\"{FontStack}\"");
        var root = RootElement().Match(svg);
        if (!root.Success)
        {
            throw new InvalidOperationException("ScottPlot's SVG has no <svg> root with a width and a height.");
        }

        var (width, height) = (root.Groups["w"].Value, root.Groups["h"].Value);
        var opening = $"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" " +
            $"role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart-svg\" id=\"{id}\">" +
            $"<title id=\"{id}-title\">{Escape.Html(title)}</title><desc id=\"{id}-desc\">{Escape.Html(description)}</desc>";
        svg = string.Concat(opening, svg.AsSpan(root.Index + root.Length));
        return new SvgChart(id, title, description, svg);
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@" id=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"((?:xlink:)?href)=""#([^""]+)""")]
    private static partial Regex HrefReference();

    [GeneratedRegex(@"font-family=""[^""]*""")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"<svg\b[^>]*?\bwidth=""(?<w>[0-9.]+)""[^>]*?\bheight=""(?<h>[0-9.]+)""[^>]*>")]
    private static partial Regex RootElement();
}
