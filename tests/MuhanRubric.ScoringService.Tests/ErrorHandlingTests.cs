using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MuhanRubric.Units;
using NodaTime;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>What goes wrong inside stays inside: a 500 is problem details without the exception; keys are never logged or returned; bad settings stop the start.</summary>
public sealed class ErrorHandlingTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task UnexpectedFailure_500ProblemWithoutTheException(string environment)
    {
        using var factory = new ServiceFactory(environment: environment, configure: builder => builder.ConfigureTestServices(services => services.AddSingleton<IClock>(new BrokenClock())));

        var response = await Http.SubmitAsync(factory.ClientOf(Municipality.Suwon), 2017, "Suwon", TestFiles.RowsOf(Municipality.Suwon));

        var problem = await Http.ProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(BrokenClock.Secret, problem.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs, line => line.Contains(BrokenClock.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_NeverInLogsOrResponses()
    {
        using var factory = new ServiceFactory();
        var bodies = new List<string>();
        foreach (var key in new[] { ServiceFactory.EvaluatorKey, ServiceFactory.KeyOf(Municipality.Suwon), "wrong-key-wrong-key-wrong" })
        {
            var client = factory.ClientWithKey(key);
            bodies.Add(await (await client.GetAsync("/api/years/2017/status")).Content.ReadAsStringAsync());
            bodies.Add(await (await Http.SubmitAsync(client, 2017, "Suwon", TestFiles.RowsOf(Municipality.Suwon))).Content.ReadAsStringAsync());
            bodies.Add(await (await client.GetAsync("/api/years/2017/units/Suwon/submissions")).Content.ReadAsStringAsync());
        }

        Assert.NotEmpty(factory.Logs);
        foreach (var secret in MunicipalityCatalog.Gyeonggi.Select(ServiceFactory.KeyOf).Append(ServiceFactory.EvaluatorKey).Append("wrong-key-wrong-key-wrong"))
        {
            Assert.DoesNotContain(factory.Logs, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(bodies, body => body.Contains(secret, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("ScoringService:EvaluatorKey", "short", "shorter than 16")]
    [InlineData("ScoringService:UnitKeys:Atlantis", "atlantis-key-0000000000", "names no 시군")]
    [InlineData("ScoringService:UnitKeys:Suwon", ServiceFactory.EvaluatorKey, "share a key")]
    [InlineData("ScoringService:MaxSamples", "-5", "MaxSamples")]
    public void BadSettings_ServiceDoesNotStart(string setting, string value, string message)
    {
        using var factory = new ServiceFactory(configure: builder => builder.UseSetting(setting, value));

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ServiceFactory.EvaluatorKey, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_LogsTheDatabaseAndNoKey()
    {
        using var factory = new ServiceFactory();

        await factory.CreateClient().GetAsync("/api/limits");

        Assert.Contains(factory.Logs, line => line.Contains($"Submissions are kept in {factory.DatabasePath}.", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs, line => line.Contains("No key is configured", StringComparison.Ordinal));
    }

    private sealed class BrokenClock : IClock
    {
        public const string Secret = "clock exploded: internal detail 7f3a";

        public Instant GetCurrentInstant() => throw new InvalidOperationException(Secret);
    }
}
