namespace MuhanRubric.Reporting;

/// <summary>The language a report is written in. Korean is the default: the people who read an evaluation read Korean.</summary>
public enum ReportLanguage
{
    /// <summary>Korean (<c>ko</c>): Korean names, labels, explanations and warnings.</summary>
    Korean,

    /// <summary>English (<c>en</c>): romanized names with the Korean name beside them, English labels and explanations.</summary>
    English,
}

/// <summary>The language codes of <see cref="ReportLanguage"/>: <c>ko</c> and <c>en</c>.</summary>
public static class ReportLanguageCodes
{
    /// <summary>The code of a language (<c>ko</c> or <c>en</c>), as written in the HTML <c>lang</c> attribute.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The language is not defined.</exception>
    public static string Code(this ReportLanguage language) => language switch
    {
        ReportLanguage.Korean => "ko",
        ReportLanguage.English => "en",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "A report language is Korean or English."),
    };

    /// <summary>Reads a language code: <c>ko</c> or <c>en</c> (case-insensitive).</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language, when the code is known.</param>
    /// <returns>Whether the code is known.</returns>
    public static bool TryParse(string? code, out ReportLanguage language)
    {
        language = ReportLanguage.Korean;
        if (string.Equals(code, "ko", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        language = ReportLanguage.English;
        return string.Equals(code, "en", StringComparison.OrdinalIgnoreCase);
    }
}
