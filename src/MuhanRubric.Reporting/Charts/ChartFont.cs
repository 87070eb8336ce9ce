using ScottPlot;
using SkiaSharp;

namespace MuhanRubric.Reporting.Charts;

/// <summary>
/// The font charts are drawn with. ScottPlot measures and writes text with SkiaSharp, whose dependency-free Linux build
/// finds no system font by name: the font is registered from its file, and must hold Hangul. NanumBarunGothic is the
/// first choice (NanumGothic writes spaces as U+0001 in SVG, which is not XML).
/// </summary>
internal static class ChartFont
{
    private static readonly Lock _gate = new();
    private static readonly Dictionary<string, string?> _registered = new(StringComparer.Ordinal);

    /// <summary>Where a Korean font is looked for when the options name none, in order.</summary>
    public static IReadOnlyList<string> Candidates { get; } =
    [
        "/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf",
        "/usr/share/fonts/truetype/nanum-barun-gothic/NanumBarunGothic.ttf",
        "/usr/local/share/fonts/NanumBarunGothic.ttf",
        @"C:\Windows\Fonts\malgun.ttf",
        "/System/Library/Fonts/AppleSDGothicNeo.ttc",
    ];

    /// <summary>
    /// The family name to draw with, registered with ScottPlot: the given file, or the first candidate that exists and
    /// has Hangul; null when there is none (charts then use romanized names and English).
    /// </summary>
    public static string? Resolve(string? file)
    {
        lock (_gate)
        {
            var key = file ?? string.Empty;
            if (_registered.TryGetValue(key, out var known))
            {
                return known;
            }

            string? family = null;
            foreach (var path in file is null ? Candidates : [file])
            {
                if (File.Exists(path) && Register(path) is { } name)
                {
                    family = name;
                    break;
                }
            }

            _registered[key] = family;
            return family;
        }
    }

    private static string? Register(string path)
    {
        using var typeface = SKTypeface.FromFile(path);
        if (typeface is null || typeface.GetGlyph('가') == 0)
        {
            return null;
        }

        // One family name per file, so a report never draws with a font registered for another file.
        var family = "MuhanRubric " + Path.GetFileNameWithoutExtension(path);
        Fonts.AddFontFile(family, path, bold: false, italic: false);
        var boldPath = Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path) + "Bold" + Path.GetExtension(path));
        Fonts.AddFontFile(family, File.Exists(boldPath) ? boldPath : path, bold: true, italic: false);
        return family;
    }
}
