using System.Text;
using Microsoft.Extensions.Options;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Templates;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService.Endpoints;

/// <summary>A shipped rubric, with where to get its JSON and its templates.</summary>
public sealed record RubricSummary(string Name, string Title, string? Description, decimal Maximum, int Indicators, string Json, string TemplateXlsx, string TemplateCsv);

/// <summary>The limits the service enforces.</summary>
/// <param name="MaxUploadBytes">The largest request body (an upload with its form), in bytes; larger is refused with 413.</param>
/// <param name="MaxSamples">The most Monte Carlo samples a report may ask for; more is refused with 400.</param>
public sealed record Limits(long MaxUploadBytes, int MaxSamples);

/// <summary>A 시군 the service collects.</summary>
public sealed record UnitSummary(string Code, string KoreanName, string RomanizedName);

/// <summary><c>GET /api/rubrics</c>, a rubric's JSON and its submission template; <c>GET /api/units</c>, <c>GET /api/limits</c>. No key needed.</summary>
internal static class RubricEndpoints
{
    public static void MapRubricEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Rubrics");

        api.MapGet("/rubrics", () => TypedResults.Ok(Rubrics2016.ByName.Select(r => Summary(r.Key, r.Value)).ToList()))
            .WithName("ListRubrics")
            .WithSummary("The shipped rubrics, each with its JSON and its templates.");

        api.MapGet("/rubrics/{name}", (string name) =>
                Rubrics2016.ByName.TryGetValue(name, out var rubric)
                    ? TypedResults.Text(RubricJson.Serialize(rubric), "application/json; charset=utf-8", Encoding.UTF8)
                    : UnknownRubric(name))
            .WithName("GetRubric")
            .WithSummary("A shipped rubric as a rubric file (docs/rubric-format.md).")
            .Produces<string>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/rubrics/{name}/template", Template)
            .WithName("GetTemplate")
            .WithSummary("The submission template a rubric needs: xlsx (a Data sheet with validated cells, and an Instructions sheet) or csv.")
            .WithDescription("format: xlsx (default) or csv. year: the evaluation year the instructions name. unit: a 시군 (code or Korean name) for a template of its row alone. values=2016: the template filled with the published 2016 data (all 31 시군).")
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", additionalContentTypes: ["text/csv"])
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/units", () => TypedResults.Ok(MunicipalityCatalog.Gyeonggi.Select(u => new UnitSummary(u.Code, u.KoreanName, u.RomanizedName)).ToList()))
            .WithTags("Units")
            .WithName("ListUnits")
            .WithSummary("The 31 시군 the service collects submissions from.");

        api.MapGet("/limits", (IOptions<ServiceOptions> options) => TypedResults.Ok(new Limits(options.Value.MaxUploadBytes, options.Value.MaxSamples)))
            .WithTags("Limits")
            .WithName("GetLimits")
            .WithSummary("The upload size and Monte Carlo sample limits the service enforces.");
    }

    private static IResult Template(string name, string? format, int? year, string? unit, string? values)
    {
        if (!Rubrics2016.ByName.TryGetValue(name, out var rubric))
        {
            return UnknownRubric(name);
        }

        var kind = (format ?? "xlsx").ToLowerInvariant();
        if (kind is not ("xlsx" or "csv"))
        {
            return Problems.BadInput("Unknown format", $"A template is xlsx or csv; got '{format}'.");
        }

        var options = new TemplateOptions();
        if (year is { } y)
        {
            if (!Years.IsValid(y))
            {
                return Years.Invalid(y);
            }

            options = options with { Period = EvaluationPeriod.Year(y) };
        }

        if (unit is not null)
        {
            if (!MunicipalityCatalog.Gyeonggi.TryFind(unit, out var found))
            {
                return Problems.BadInput("Unknown 시군", MunicipalityCatalog.Gyeonggi.DescribeMiss(unit));
            }

            if (values is not null)
            {
                return Problems.BadInput("Values need every 시군", "values=2016 fills the template of all 31 시군; leave out 'unit'.");
            }

            options = options with { Units = new MunicipalityCatalog([found]) };
        }

        if (values is not null)
        {
            if (values != "2016")
            {
                return Problems.BadInput("Unknown values", $"values=2016 fills the template with the published 2016 data; nothing else is built in (got '{values}').");
            }

            options = options with { Values = Evaluation2016.Measurements };
        }

        using var output = new MemoryStream();
        if (kind == "xlsx")
        {
            SubmissionTemplate.WriteXlsx(output, rubric, options);
        }
        else
        {
            SubmissionTemplate.WriteCsv(output, rubric, options);
        }

        var fileName = $"{name}-template{(year is { } forYear ? $"-{forYear}" : string.Empty)}{(options.Units.Count == 1 ? $"-{options.Units[0].Code}" : string.Empty)}{(values is null ? string.Empty : $"-filled-{values}")}.{kind}";
        return TypedResults.File(output.ToArray(), kind == "xlsx" ? Evaluation.ScoreRequest.XlsxMediaType : "text/csv; charset=utf-8", fileName);
    }

    private static RubricSummary Summary(string name, Rubric rubric) => new(
        name, rubric.Name, rubric.Description, rubric.MaximumPoints, rubric.Indicators.Count(i => i.IsScored),
        $"/api/rubrics/{name}", $"/api/rubrics/{name}/template?format=xlsx", $"/api/rubrics/{name}/template?format=csv");

    private static IResult UnknownRubric(string name) =>
        Problems.NotFound($"No shipped rubric is named '{name}'; the shipped rubrics are {string.Join(", ", Rubrics2016.ByName.Keys)}.");
}

/// <summary>The evaluation years the service accepts.</summary>
internal static class Years
{
    public const int First = 2000;

    public const int Last = 2100;

    public static bool IsValid(int year) => year is >= First and <= Last;

    public static IResult Invalid(int year) =>
        Problems.BadInput("Unknown year", $"A year is from {First} to {Last}; got {year}.");
}
