using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using MuhanRubric.Samples.ScoringService;
using MuhanRubric.Samples.ScoringService.Endpoints;
using MuhanRubric.Samples.ScoringService.Security;
using MuhanRubric.Samples.ScoringService.Storage;
using NodaTime;

// The scoring service: MuhanRubric embedded in an ASP.NET Core minimal API, as another team would embed it.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddOptions<ServiceOptions>().BindConfiguration(ServiceOptions.Section).ValidateOnStart();
builder.Services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceOptionsValidator>();
builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<ServiceOptions>>((kestrel, service) => kestrel.Limits.MaxRequestBodySize = service.Value.MaxUploadBytes);
builder.Services.AddOptions<FormOptions>().Configure<IOptions<ServiceOptions>>((form, service) => form.MultipartBodyLengthLimit = service.Value.MaxUploadBytes);
builder.Services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
builder.Services.AddSingleton<KeyRing>();
builder.Services.AddSingleton<SubmissionStore>();

builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(options => options.AddKeyScheme());
builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
builder.Services.AddAuthorization();

var app = builder.Build();
var store = app.Services.GetRequiredService<SubmissionStore>();
store.Initialize();
app.Logger.LogInformation("Submissions are kept in {Database}.", store.Path);
if (app.Services.GetRequiredService<KeyRing>().IsEmpty)
{
    app.Logger.LogWarning("No key is configured (ScoringService:EvaluatorKey, ScoringService:UnitKeys): every year endpoint answers 401.");
}

// Production error handling in every environment: problem details, never an exception's message or stack trace.
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseMiddleware<UploadLimit>();
app.UseAuthorization();

app.MapOpenApi();
app.MapRubricEndpoints();
app.MapScoreEndpoints();
app.MapYearEndpoints();

app.Run();

/// <summary>The entry point; public for the tests' WebApplicationFactory.</summary>
public partial class Program;
