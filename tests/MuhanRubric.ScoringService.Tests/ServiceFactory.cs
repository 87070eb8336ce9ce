using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using MuhanRubric.Units;

namespace MuhanRubric.ScoringService.Tests;

/// <summary>
/// The service in memory (<see cref="WebApplicationFactory{TEntryPoint}"/>) in the Production environment, on its own
/// SQLite file, with test keys for the evaluator and every 시군 and a 1 MiB upload limit. Every log message is kept
/// (<see cref="Logs"/>) so tests can check that no key is ever logged.
/// </summary>
public class ServiceFactory : WebApplicationFactory<Program>
{
    public const string EvaluatorKey = "test-evaluator-key-000000";

    public const long UploadLimit = 1024 * 1024;

    private readonly Action<IWebHostBuilder>? _configure;
    private readonly bool _ownsDatabase;

    /// <param name="databasePath">The SQLite file; a new one in the temp folder (deleted at dispose) when null.</param>
    /// <param name="configure">More configuration (settings, services) for the test at hand.</param>
    /// <param name="environment">The hosting environment (Production by default: production error handling).</param>
    public ServiceFactory(string? databasePath = null, Action<IWebHostBuilder>? configure = null, string environment = "Production")
    {
        _ownsDatabase = databasePath is null;
        DatabasePath = databasePath ?? NewDatabasePath();
        _configure = configure;
        Environment = environment;
    }

    public string DatabasePath { get; }

    public string Environment { get; }

    /// <summary>Every message the service logged, formatted.</summary>
    public ConcurrentQueue<string> Logs { get; } = new();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "muhan-scoring-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>A 시군's test key.</summary>
    public static string KeyOf(Municipality unit) => $"test-{unit.Code.ToLowerInvariant()}-key-000000";

    /// <summary>A client that sends a key as <c>Authorization: Bearer</c>.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Evaluator() => ClientWithKey(EvaluatorKey);

    public HttpClient ClientOf(Municipality unit) => ClientWithKey(KeyOf(unit));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ScoringService:DatabasePath", DatabasePath);
        builder.UseSetting("ScoringService:MaxUploadBytes", UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ScoringService:EvaluatorKey", EvaluatorKey);
        foreach (var unit in MunicipalityCatalog.Gyeonggi)
        {
            builder.UseSetting($"ScoringService:UnitKeys:{unit.Code}", KeyOf(unit));
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CollectingLoggerProvider(Logs)));
        _configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Still open somewhere: the temp folder keeps it.
            }
        }
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, sink);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " " + exception)}");
        }
    }
}

/// <summary>One service on a new SQLite file, shared by a test class (xUnit needs one parameterless constructor).</summary>
public sealed class SharedService : ServiceFactory
{
    public SharedService()
        : base(null, null, "Production")
    {
    }
}

/// <summary>The test data: the published 2016 data as the filled template (whole, and one 시군's rows at a time).</summary>
public static class TestFiles
{
    private static readonly Lazy<byte[]> _filledXlsx = new(() =>
    {
        using var stream = new MemoryStream();
        Templates.SubmissionTemplate.WriteXlsx(stream, Editions.Y2016.Rubrics2016.Reference, new Templates.TemplateOptions { Values = Editions.Y2016.Evaluation2016.Measurements });
        return stream.ToArray();
    });

    private static readonly Lazy<string> _filledCsv = new(() =>
    {
        using var stream = new MemoryStream();
        Templates.SubmissionTemplate.WriteCsv(stream, Editions.Y2016.Rubrics2016.Reference, new Templates.TemplateOptions { Values = Editions.Y2016.Evaluation2016.Measurements });
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).TrimStart('\uFEFF');
    });

    /// <summary>The reference rubric's XLSX template filled with the 2016 data (all 31 시군).</summary>
    public static byte[] FilledXlsx => _filledXlsx.Value;

    /// <summary>The same as CSV text (CRLF lines: four header rows, then a row per 시군).</summary>
    public static string FilledCsv => _filledCsv.Value;

    /// <summary>The CSV with the header rows and the rows of the given 시군 only.</summary>
    public static string RowsOf(params Municipality[] units)
    {
        var lines = FilledCsv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines.TakeWhile(l => l.StartsWith("unit,", StringComparison.Ordinal) || l.StartsWith('#')).ToList();
        var rows = lines.Skip(header.Count).Where(l => units.Any(u => l.StartsWith(u.Code + ",", StringComparison.Ordinal)));
        return string.Join("\r\n", header.Concat(rows)) + "\r\n";
    }
}
