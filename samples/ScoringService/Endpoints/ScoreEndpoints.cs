using Microsoft.Extensions.Options;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Samples.ScoringService.Evaluation;
using MuhanRubric.Scoring;

namespace MuhanRubric.Samples.ScoringService.Endpoints;

/// <summary><c>POST /api/score</c>: stateless scoring of one uploaded file. Stores nothing, so it needs no key.</summary>
internal static class ScoreEndpoints
{
    public static void MapScoreEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/score", Score)
            .WithTags("Scoring")
            .WithName("Score")
            .WithSummary("Scores an uploaded submission with a rubric: the result as JSON, or the HTML or XLSX report.")
            .WithDescription("A multipart form: the submission in 'file' (.xlsx, .csv or .json, every 시군 in it), the rubric in 'rubric' (a shipped rubric's name, or a rubric JSON file as a part). format=json|html|xlsx (or the Accept header), lang=ko|en, samples for the report's Monte Carlo. Nothing is stored.")
            .Accepts<ScoreForm>("multipart/form-data")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/html", ScoreRequest.XlsxMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> Score(HttpRequest request, IOptions<ServiceOptions> options, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await Forms.ReadAsync(request, required: true, cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        var (score, problem) = await ScoreRequest.ReadAsync(request, form, options.Value, cancellationToken);
        if (score is null)
        {
            return problem!;
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.BadInput("No file", "Send the submission (.xlsx, .csv or .json) in the form part 'file'.");
        }

        var fileName = SubmissionFiles.SafeName(file.FileName, "submission");
        MeasurementTable table;
        try
        {
            table = SubmissionFiles.Read(await Forms.BytesAsync(file, cancellationToken), fileName, ImportOptions.Default);
        }
        catch (DatasetFormatException ex)
        {
            return Problems.InvalidData(ex);
        }

        try
        {
            return ResultResponses.Score(score, table, Path.GetFileNameWithoutExtension(fileName) + "-report", cancellationToken);
        }
        catch (ScoringException ex)
        {
            return Problems.BadInput("Cannot score", $"'{fileName}' cannot be scored with '{score.Rubric.Name}': {ex.Message}");
        }
    }
}

/// <summary>Reading a multipart form the endpoint asked for (the body is already within the upload limit).</summary>
internal static class Forms
{
    /// <returns>The form; null and no problem when none was sent and none is required; else a problem (415, 400).</returns>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadAsync(HttpRequest request, bool required, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return required || request.ContentLength > 0 ? (null, Problems.NotForm()) : (null, null);
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (InvalidDataException)
        {
            return (null, Problems.BadInput("Malformed form", "The multipart/form-data body could not be read."));
        }
    }

    public static async Task<byte[]> BytesAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(checked((int)file.Length));
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
