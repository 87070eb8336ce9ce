using System.Collections.Frozen;
using System.Globalization;
using MuhanRubric.Reporting.Html;
using MuhanRubric.Reporting.Markdown;
using MuhanRubric.Reporting.Model;
using MuhanRubric.Reporting.Xlsx;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting;

/// <summary>
/// A report of one scoring result for the people who read it, with the analyses given in <see cref="ReportOptions"/>:
/// the ranking with area subtotals, the distribution of totals, rank intervals and the rank-acceptability matrix (with
/// a Monte Carlo run), year-over-year changes (with a year comparison), one page per unit (its measures beside the
/// province average, its points per indicator with the explanation and the distance to the next band), the rubric with
/// its provenance and assumptions, and the warnings. Rendered as HTML (<see cref="ToHtml"/>), Markdown
/// (<see cref="ToMarkdown"/>) or an XLSX workbook (<see cref="WriteXlsx"/>), in Korean or English.
/// </summary>
/// <remarks>
/// Immutable; each rendering is made on demand and is deterministic: the same result and options give the same HTML
/// and Markdown text (no time stamp, invariant number formats, chart ids numbered per chart) and the same workbook
/// cells (the XLSX package itself is not compared byte for byte). Rendering the same report from several threads is
/// safe.
/// </remarks>
/// <example>
/// <code>
/// var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
/// var report = ScoringReport.Create(result, new ReportOptions { Language = ReportLanguage.Korean });
/// File.WriteAllText("report.html", report.ToHtml());
/// </code>
/// </example>
public sealed class ScoringReport
{
    private readonly ReportModel _model;

    private ScoringReport(ScoringResult result, ReportOptions options)
    {
        Result = result;
        Options = options;
        _model = new ReportModel(result, options);
    }

    /// <summary>The scoring result reported.</summary>
    public ScoringResult Result { get; }

    /// <summary>The options: language, analyses, province averages.</summary>
    public ReportOptions Options { get; }

    /// <summary>Makes a report of a scoring result.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="options">The options; null for <see cref="ReportOptions.Default"/> (Korean, no analyses).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' sensitivity result or year comparison is of another rubric
    /// (by name), or the sensitivity result covers other units than the result, or the year comparison does not hold
    /// the result's period.</exception>
    public static ScoringReport Create(ScoringResult result, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= ReportOptions.Default;
        if (!Enum.IsDefined(options.Language))
        {
            throw new ArgumentException($"The report language {options.Language} is not defined; use Korean or English.", nameof(options));
        }

        if (options.Sensitivity is { } sensitivity)
        {
            if (sensitivity.Rubric.Name != result.Rubric.Name)
            {
                throw new ArgumentException($"The sensitivity result is of rubric '{sensitivity.Rubric.Name}', the scoring result of '{result.Rubric.Name}'; report a Monte Carlo run of the same rubric.", nameof(options));
            }

            var scored = result.Cards.Select(c => c.Municipality.Code).Order(StringComparer.Ordinal);
            if (!scored.SequenceEqual(sensitivity.Municipalities.Select(m => m.Municipality.Code).Order(StringComparer.Ordinal), StringComparer.Ordinal))
            {
                throw new ArgumentException("The sensitivity result covers other units than the scoring result; run it on the same data.", nameof(options));
            }
        }

        if (options.Years is { } years)
        {
            if (years.Rubric.Name != result.Rubric.Name)
            {
                throw new ArgumentException($"The year comparison is of rubric '{years.Rubric.Name}', the scoring result of '{result.Rubric.Name}'; compare the years under the same rubric.", nameof(options));
            }

            if (result.Measurements.Period is not { } period || !years.Periods.Any(p => p.Interval.Equals(period.Interval)))
            {
                throw new ArgumentException($"The year comparison ({string.Join(", ", years.Periods.Select(p => p.Label))}) does not hold the scored data's period ({result.Measurements.Period?.Label ?? "none"}).", nameof(options));
            }
        }

        // The caller's dictionary may be mutable: the report keeps its own frozen copy.
        if (options.PrintedProvinceAverages is { } averages and not FrozenDictionary<string, decimal>)
        {
            options = options with { PrintedProvinceAverages = averages.ToFrozenDictionary(StringComparer.Ordinal) };
        }

        return new ScoringReport(result, options);
    }

    /// <summary>The report as one self-contained HTML page: no script, no network; charts as inline SVG (ScottPlot).</summary>
    /// <returns>The HTML document (UTF-8 when written to a file, as its <c>meta charset</c> says).</returns>
    public string ToHtml() => Invariant(() => new HtmlReportWriter(_model).Write());

    /// <summary>Writes the HTML report.</summary>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void WriteHtml(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToHtml());
    }

    /// <summary>
    /// The report as Markdown: the same sections as the HTML without charts, tables padded so that columns line up in a
    /// monospaced editor (Hangul counts two cells).
    /// </summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => Invariant(() => new MarkdownReportWriter(_model).Write());

    /// <summary>Writes the Markdown report.</summary>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void WriteMarkdown(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToMarkdown());
    }

    /// <summary>
    /// Writes the report as an XLSX workbook: the ranking, the score cards (one row per unit and indicator), the
    /// indicator × unit points, each unit's measures beside the province average, the rubric, the warnings, and the
    /// rank intervals and year-over-year changes when given. Numbers are numbers; text is Korean or English.
    /// </summary>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public void WriteXlsx(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream must be writable.", nameof(output));
        }

        Invariant(() =>
        {
            new XlsxReportWriter(_model).Write(output);
            return true;
        });
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"report of {Result.Rubric.Name} on {Result.Measurements.Name} ({Options.Language.Code()})");

    // Every number is formatted with the invariant culture explicitly; the scope also covers an integer interpolated
    // into a sentence, so no host culture can change a report.
    private static T Invariant<T>(Func<T> render)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
