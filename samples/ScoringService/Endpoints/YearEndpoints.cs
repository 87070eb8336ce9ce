using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Samples.ScoringService.Evaluation;
using MuhanRubric.Samples.ScoringService.Security;
using MuhanRubric.Samples.ScoringService.Storage;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService.Endpoints;

/// <summary>Where a 시군 stands for a year.</summary>
/// <param name="Unit">The 시군's code.</param>
/// <param name="KoreanName">Its Korean name.</param>
/// <param name="State"><c>submitted</c> (its latest upload was accepted), <c>problems</c> (its latest upload was
/// refused; <paramref name="CurrentVersion"/> says whether an earlier one counts) or <c>missing</c> (nothing uploaded).</param>
/// <param name="CurrentVersion">The accepted version the year is scored with, or null: then the 시군 is scored as without data.</param>
/// <param name="SubmittedAt">When the current version arrived.</param>
/// <param name="Uploads">How many uploads are stored, accepted or refused.</param>
/// <param name="Problems">The latest upload's problems, when it was refused.</param>
public sealed record UnitStatus(string Unit, string KoreanName, string State, int? CurrentVersion, string? SubmittedAt, int Uploads, IReadOnlyList<ProblemEntry> Problems);

/// <summary>A year's collection: counts, then every 시군 in catalogue order.</summary>
public sealed record YearStatus(int Year, int Submitted, int Missing, int WithProblems, IReadOnlyList<UnitStatus> Units);

/// <summary>One cell of a 시군's current rows.</summary>
public sealed record RowCell(string Measure, string KoreanLabel, string Status, decimal? Value, decimal? Percent, string? Text, string? Source);

/// <summary>A 시군's current rows, as the importer read them.</summary>
public sealed record UnitRows(int Year, string Unit, string KoreanName, int Version, string FileName, IReadOnlyList<RowCell> Cells);

/// <summary>
/// The year's collection: each 시군 uploads its own rows (a new version each time, the previous kept), the evaluator
/// sees who has submitted and scores the year. Keys: see <see cref="ApiKeyAuthenticationHandler"/>.
/// </summary>
internal static class YearEndpoints
{
    public static void MapYearEndpoints(this IEndpointRouteBuilder app)
    {
        var years = app.MapGroup("/api/years/{year:int}").WithTags("Years").RequireAuthorization();

        years.MapGet("/status", Status)
            .WithName("GetYearStatus")
            .WithSummary("Evaluator: which 시군 have submitted, which are missing, which have problems.")
            .Produces<YearStatus>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        years.MapGet("/submissions", AllSubmissions)
            .WithName("ListYearSubmissions")
            .WithSummary("Evaluator: every stored upload of the year, accepted or refused, every version.")
            .Produces<List<SubmissionRecord>>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        years.MapPost("/units/{unit}/submissions", Submit)
            .WithName("Submit")
            .WithSummary("A 시군 uploads its own rows for the year (its key only). A replacement names the version it replaces; the previous version is kept.")
            .Accepts<SubmissionForm>("multipart/form-data")
            .Produces<SubmissionRecord>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        years.MapGet("/units/{unit}/submissions", UnitSubmissions)
            .WithName("ListUnitSubmissions")
            .WithSummary("The 시군 itself or the evaluator: every stored upload of the 시군 for the year.")
            .Produces<List<SubmissionRecord>>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        years.MapGet("/units/{unit}/submissions/{version:int}", SubmissionFile)
            .WithName("GetSubmissionFile")
            .WithSummary("The 시군 itself or the evaluator: one stored upload, byte for byte.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        years.MapGet("/units/{unit}/rows", Rows)
            .WithName("GetUnitRows")
            .WithSummary("The 시군 itself or the evaluator: the 시군's current rows as the importer read them (value, text, source).")
            .Produces<UnitRows>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        years.MapPost("/score", ScoreYear)
            .WithName("ScoreYear")
            .WithSummary("Evaluator: scores the year from every 시군's current version; 시군 without one are kept and reported in the warnings.")
            .Accepts<YearScoreForm>("multipart/form-data")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/html", ScoreRequest.XlsxMediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static ImportOptions ImportFor(int year) => new() { AllowAbsentUnits = true, Period = EvaluationPeriod.Year(year) };

    private static async Task<IResult> Status(int year, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (Check(year, user, null, Access.Evaluator) is { } refused)
        {
            return refused;
        }

        var records = (await store.ListAsync(year, null, cancellationToken)).ToLookup(r => r.Unit, StringComparer.Ordinal);
        var units = MunicipalityCatalog.Gyeonggi.Select(unit =>
        {
            var uploads = records[unit.Code].ToList();
            var current = uploads.LastOrDefault(r => r.Accepted);
            var latest = uploads.LastOrDefault();
            var state = latest is null ? "missing" : latest.Accepted ? "submitted" : "problems";
            return new UnitStatus(unit.Code, unit.KoreanName, state, current?.Version, current?.ReceivedAt, uploads.Count, latest is { Accepted: false } ? latest.Problems : []);
        }).ToList();
        return TypedResults.Ok(new YearStatus(year, units.Count(u => u.CurrentVersion is not null), units.Count(u => u.CurrentVersion is null), units.Count(u => u.State == "problems"), units));
    }

    private static async Task<IResult> AllSubmissions(int year, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken) =>
        Check(year, user, null, Access.Evaluator) ?? TypedResults.Ok(await store.ListAsync(year, null, cancellationToken));

    private static async Task<IResult> UnitSubmissions(int year, string unit, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (Check(year, user, unit, Access.UnitOrEvaluator) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await store.ListAsync(year, Unit(unit).Code, cancellationToken));
    }

    private static async Task<IResult> SubmissionFile(int year, string unit, int version, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (Check(year, user, unit, Access.UnitOrEvaluator) is { } refused)
        {
            return refused;
        }

        var found = Unit(unit);
        var stored = await store.GetAsync(year, found.Code, version, cancellationToken);
        return stored is null
            ? Problems.NotFound(string.Create(CultureInfo.InvariantCulture, $"{found.KoreanName} has no upload {version} for {year}."))
            : TypedResults.File(stored.Content, "application/octet-stream", stored.Record.FileName);
    }

    private static async Task<IResult> Rows(int year, string unit, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (Check(year, user, unit, Access.UnitOrEvaluator) is { } refused)
        {
            return refused;
        }

        var found = Unit(unit);
        var current = (await store.CurrentAsync(year, cancellationToken)).FirstOrDefault(f => f.Record.Unit == found.Code);
        if (current is null)
        {
            return Problems.NotFound(string.Create(CultureInfo.InvariantCulture, $"{found.KoreanName} has no accepted submission for {year}."));
        }

        var table = SubmissionFiles.Read(current.Content, current.Record.FileName, ImportFor(year));
        var cells = table.Measures.Select(m =>
        {
            var status = table.StatusOf(found, m);
            var value = table[found, m];
            return new RowCell(m.Id, m.KoreanLabel, status.ToString().ToLowerInvariant() switch { "notapplicable" => "notApplicable", var s => s },
                value?.Value, value?.Percent, value?.Text, value?.Source.ToString());
        }).ToList();
        return TypedResults.Ok(new UnitRows(year, found.Code, found.KoreanName, current.Record.Version, current.Record.FileName, cells));
    }

    private static async Task<IResult> Submit(int year, string unit, HttpRequest request, ClaimsPrincipal user, SubmissionStore store, CancellationToken cancellationToken)
    {
        if (Check(year, user, unit, Access.UnitItself) is { } refused)
        {
            return refused;
        }

        var found = Unit(unit);
        var (form, formProblem) = await Forms.ReadAsync(request, required: true, cancellationToken);
        if (form is null)
        {
            return formProblem!;
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Problems.BadInput("No file", $"Send {found.KoreanName}'s rows (.xlsx, .csv or .json) in the form part 'file'.");
        }

        int? replaces = null;
        if (form.TryGetValue("replaces", out var replacesText) && replacesText.Count > 0 && !string.IsNullOrWhiteSpace(replacesText[0]))
        {
            if (!int.TryParse(replacesText[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
            {
                return Problems.BadInput("Bad 'replaces'", $"'replaces' is the version this upload replaces (1, 2, …); got '{replacesText[0]}'.");
            }

            replaces = version;
        }

        var fileName = SubmissionFiles.SafeName(file.FileName, "submission");
        var content = await Forms.BytesAsync(file, cancellationToken);
        IReadOnlyList<ProblemEntry> problems;
        try
        {
            var table = SubmissionFiles.Read(content, fileName, ImportFor(year));
            if (!SubmissionFiles.UsesGyeonggiCatalogues(table))
            {
                problems = [ProblemEntry.About(fileName, "the file declares its own units or measures; this service collects the 31 Gyeonggi 시군 and the 2016 measures")];
            }
            else
            {
                // Rows of other 시군 with anything in them are not this key's to give: refused, and not stored.
                var foreign = table.Units.Where(u => !u.Equals(found) && table.Measures.Any(m => table.StatusOf(u, m) != CellStatus.Missing)).ToList();
                if (foreign.Count > 0)
                {
                    return Problems.Forbidden($"{found.KoreanName}'s key submits {found.KoreanName}'s rows only; '{fileName}' also has values for {string.Join(", ", foreign.Select(u => u.KoreanName))}. Nothing was stored.");
                }

                problems = table.UnitsWithoutData.Contains(found)
                    ? [ProblemEntry.About(fileName, $"the file has no row for {found.Code} ({found.KoreanName})", found.Code)]
                    : [];
            }
        }
        catch (DatasetFormatException ex)
        {
            problems = [.. ex.Problems.Select(ProblemEntry.From)];
        }

        var outcome = await store.AddAsync(year, found.Code, fileName, content, problems, replaces, cancellationToken);
        switch (outcome)
        {
            case AddOutcome.Stale stale:
                return Problems.Conflict(
                    "Not the current version",
                    stale.Current is { } current
                        ? string.Create(CultureInfo.InvariantCulture, $"{found.KoreanName} already has version {current} for {year}; to replace it, send replaces={current} (you sent {(stale.Claimed?.ToString(CultureInfo.InvariantCulture) ?? "none")}). Nothing was stored.")
                        : string.Create(CultureInfo.InvariantCulture, $"{found.KoreanName} has no accepted submission for {year} yet; leave out 'replaces' (you sent {stale.Claimed}). Nothing was stored."),
                    new Dictionary<string, object?> { ["currentVersion"] = stale.Current });
            case AddOutcome.Stored { Record.Accepted: false } stored:
                return Problems.Problem(StatusCodes.Status400BadRequest, "Invalid submission",
                    string.Create(CultureInfo.InvariantCulture, $"'{fileName}' has {problems.Count} problem(s); it is kept as upload {stored.Record.Version}, refused, and does not replace the current version."),
                    problems, new Dictionary<string, object?> { ["version"] = stored.Record.Version });
            case AddOutcome.Stored stored:
                return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/years/{year}/units/{found.Code}/submissions/{stored.Record.Version}"), stored.Record);
            default:
                throw new InvalidOperationException("Unknown outcome.");
        }
    }

    private static async Task<IResult> ScoreYear(int year, HttpRequest request, ClaimsPrincipal user, SubmissionStore store, IOptions<ServiceOptions> options, CancellationToken cancellationToken)
    {
        if (Check(year, user, null, Access.Evaluator) is { } refused)
        {
            return refused;
        }

        var (form, formProblem) = await Forms.ReadAsync(request, required: false, cancellationToken);
        if (formProblem is not null)
        {
            return formProblem;
        }

        var (score, problem) = await ScoreRequest.ReadAsync(request, form, options.Value, cancellationToken);
        if (score is null)
        {
            return problem!;
        }

        var current = await store.CurrentAsync(year, cancellationToken);
        if (current.Count == 0)
        {
            return Problems.Conflict("Nothing to score", string.Create(CultureInfo.InvariantCulture, $"No 시군 has an accepted submission for {year} yet."));
        }

        var rows = current.Select(f =>
        {
            var unit = MunicipalityCatalog.Gyeonggi.Find(f.Record.Unit);
            return (unit, SubmissionFiles.Read(f.Content, f.Record.FileName, ImportFor(year)));
        }).ToList();
        var table = YearTable.Assemble(year, rows);
        try
        {
            return ResultResponses.Score(score, table, string.Create(CultureInfo.InvariantCulture, $"{year}-report"), cancellationToken);
        }
        catch (ScoringException ex)
        {
            return Problems.Conflict("Cannot score the year", $"The {year} submissions cannot be scored with '{score.Rubric.Name}': {ex.Message}");
        }
    }

    private enum Access
    {
        Evaluator,
        UnitItself,
        UnitOrEvaluator,
    }

    private static Municipality Unit(string unit) => MunicipalityCatalog.Gyeonggi.Find(unit);

    /// <summary>Null when the caller may go on; else the problem (400 year, 404 시군, 403 access).</summary>
    private static IResult? Check(int year, ClaimsPrincipal user, string? unit, Access access)
    {
        if (!Years.IsValid(year))
        {
            return Years.Invalid(year);
        }

        var principal = Principal.From(user);
        if (principal is null)
        {
            return TypedResults.Unauthorized();
        }

        Municipality? found = null;
        if (unit is not null && !MunicipalityCatalog.Gyeonggi.TryFind(unit, out found))
        {
            return Problems.NotFound($"No 시군 is named '{unit}': {MunicipalityCatalog.Gyeonggi.DescribeMiss(unit)}");
        }

        return access switch
        {
            Access.Evaluator when !principal.IsEvaluator => Problems.Forbidden($"Only the evaluator may do this; this is {principal.Unit!.KoreanName}'s key."),
            Access.UnitItself when principal.IsEvaluator => Problems.Forbidden($"Only {found!.KoreanName} submits {found.KoreanName}'s rows; the evaluator's key cannot."),
            Access.UnitItself or Access.UnitOrEvaluator when !principal.IsEvaluator && !principal.Unit!.Equals(found) =>
                Problems.Forbidden($"This is {principal.Unit!.KoreanName}'s key: it may submit and read {principal.Unit.KoreanName}'s rows only, not {found!.KoreanName}'s."),
            _ => null,
        };
    }
}
