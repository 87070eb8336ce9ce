using System.Globalization;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Reporting;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Samples.ScoringService.Evaluation;

/// <summary>What a scoring request returns.</summary>
public enum ResultFormat
{
    /// <summary>The result as JSON: docs/result-format.md, the schema of <c>muhan-rubric score --format json</c>.</summary>
    Json,

    /// <summary>The HTML report (MuhanRubric.Reporting).</summary>
    Html,

    /// <summary>The XLSX workbook report (MuhanRubric.Reporting).</summary>
    Xlsx,
}

/// <summary>The options of a scoring request: the rubric, what to return, the report's language and Monte Carlo samples.</summary>
internal sealed record ScoreRequest(Rubric Rubric, ResultFormat Format, ReportLanguage Language, int Samples)
{
    public const string XlsxMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Reads the options from the form (or the query string): <c>rubric</c> (a shipped rubric's name as a field, or a
    /// rubric JSON file as a part), <c>format</c> (json, html, xlsx; else the <c>Accept</c> header), <c>lang</c> (ko,
    /// en) and <c>samples</c> (0 to the configured maximum; reports only).
    /// </summary>
    /// <returns>The request, or a problem (400 or 406) saying what is wrong.</returns>
    public static async Task<(ScoreRequest? Request, IResult? Problem)> ReadAsync(HttpRequest request, IFormCollection? form, ServiceOptions settings, CancellationToken cancellationToken)
    {
        string? Field(string name) =>
            form is not null && form.TryGetValue(name, out var value) && value.Count > 0 ? value[0]
            : request.Query.TryGetValue(name, out var query) && query.Count > 0 ? query[0]
            : null;

        var (format, formatProblem) = Negotiate(request, Field("format"));
        if (formatProblem is not null)
        {
            return (null, formatProblem);
        }

        var language = ReportLanguage.Korean;
        if (Field("lang") is { } lang && !ReportLanguageCodes.TryParse(lang, out language))
        {
            return (null, Problems.BadInput("Unknown language", $"'lang' is ko (Korean, the default) or en (English); got '{lang}'."));
        }

        var samples = 0;
        if (Field("samples") is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out samples) || samples > settings.MaxSamples)
            {
                return (null, Problems.BadInput("Too many samples", string.Create(CultureInfo.InvariantCulture,
                    $"'samples' (the Monte Carlo run of the report's uncertainty section) is a whole number from 0 to {settings.MaxSamples}; got '{text}'.")));
            }

            if (samples > 0 && format == ResultFormat.Json)
            {
                return (null, Problems.BadInput("Samples need a report", "'samples' adds the uncertainty section of the html and xlsx reports; the JSON result has none. Ask for format=html or format=xlsx."));
            }
        }

        var (rubric, rubricProblem) = await RubricAsync(form, Field("rubric"), cancellationToken);
        return rubric is null ? (null, rubricProblem) : (new ScoreRequest(rubric, format, language, samples), null);
    }

    private static (ResultFormat Format, IResult? Problem) Negotiate(HttpRequest request, string? format)
    {
        if (format is not null)
        {
            return format.ToLowerInvariant() switch
            {
                "json" => (ResultFormat.Json, null),
                "html" => (ResultFormat.Html, null),
                "xlsx" => (ResultFormat.Xlsx, null),
                _ => (ResultFormat.Json, Problems.BadInput("Unknown format", $"'format' is json (the result, docs/result-format.md), html or xlsx (the report); got '{format}'.")),
            };
        }

        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return (ResultFormat.Json, null);
        }

        foreach (var media in accept.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1))
        {
            if (media.MatchesMediaType("application/json") || media.MediaType == "*/*" || media.MediaType == "application/*")
            {
                return (ResultFormat.Json, null);
            }

            if (media.MatchesMediaType("text/html") || media.MediaType == "text/*")
            {
                return (ResultFormat.Html, null);
            }

            if (media.MatchesMediaType(XlsxMediaType))
            {
                return (ResultFormat.Xlsx, null);
            }
        }

        return (ResultFormat.Json, Problems.Problem(StatusCodes.Status406NotAcceptable, "Not acceptable",
            $"The result is application/json, text/html or {XlsxMediaType}; the request accepts none of them ({request.Headers.Accept})."));
    }

    private static async Task<(Rubric? Rubric, IResult? Problem)> RubricAsync(IFormCollection? form, string? name, CancellationToken cancellationToken)
    {
        var shipped = string.Join(", ", Rubrics2016.ByName.Keys);
        if (form?.Files.GetFile("rubric") is { } file)
        {
            var source = SubmissionFiles.SafeName(file.FileName, "rubric.json");
            try
            {
                await using var stream = file.OpenReadStream();
                cancellationToken.ThrowIfCancellationRequested();
                return (RubricJson.Load(stream, source), null);
            }
            catch (RubricFormatException ex)
            {
                return (null, Problems.BadInput("Invalid rubric file", $"'{source}' is not a rubric file (docs/rubric-format.md): {ex.Problems.Count} problem(s).", [.. ex.Problems.Select(ProblemEntry.From)]));
            }
            catch (RubricValidationException ex)
            {
                return (null, Problems.BadInput("Invalid rubric", $"The rubric in '{source}' does not validate: {ex.Problems.Count} problem(s).", [.. ex.Problems.Select(p => ProblemEntry.From(source, p))]));
            }
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, Problems.BadInput("No rubric", $"Name a shipped rubric in 'rubric' ({shipped}), or send a rubric JSON file as the part 'rubric'."));
        }

        return Rubrics2016.ByName.TryGetValue(name.Trim(), out var rubric)
            ? (rubric, null)
            : (null, Problems.BadInput("Unknown rubric", $"'{name}' is not a shipped rubric ({shipped}); send a rubric JSON file as the part 'rubric' instead."));
    }
}
