using System.Globalization;
using Microsoft.Extensions.Options;
using MuhanRubric.Analysis;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService;

/// <summary>The service's settings: section <c>ScoringService</c> of the configuration (appsettings, environment, command line).</summary>
public sealed class ServiceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ScoringService";

    /// <summary>The SQLite file that keeps the years' submissions; a relative path is under the content root. Created on first start.</summary>
    public string DatabasePath { get; set; } = "scoring-service.db";

    /// <summary>The largest request body an upload may have, in bytes (default 5 MiB): larger is refused with 413 before it is read.</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most Monte Carlo samples a report may ask for (default 10,000); more is refused with 400.</summary>
    public int MaxSamples { get; set; } = 10_000;

    /// <summary>The evaluator's key: may read every submission and score a year.</summary>
    public string? EvaluatorKey { get; set; }

    /// <summary>One key per 시군, by unit code (<c>Suwon</c>) or Korean name: each may submit and read only its own rows.</summary>
    public Dictionary<string, string> UnitKeys { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Checks the settings at start: a service with a short, shared or misassigned key does not start.</summary>
internal sealed class ServiceOptionsValidator : IValidateOptions<ServiceOptions>
{
    /// <summary>The shortest key accepted.</summary>
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("ScoringService:DatabasePath is empty: name the SQLite file.");
        }

        if (options.MaxUploadBytes is < 1024 or > 256L * 1024 * 1024)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"ScoringService:MaxUploadBytes must be from 1 KiB to 256 MiB; got {options.MaxUploadBytes}."));
        }

        if (options.MaxSamples < 0 || options.MaxSamples > SensitivityOptions.MaximumSamples)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"ScoringService:MaxSamples must be from 0 to {SensitivityOptions.MaximumSamples}; got {options.MaxSamples}."));
        }

        // Messages name the setting, never the key.
        var keys = new List<string>();
        if (options.EvaluatorKey is { } evaluator)
        {
            CheckKey("ScoringService:EvaluatorKey", evaluator, failures);
            keys.Add(evaluator);
        }

        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (unitName, key) in options.UnitKeys)
        {
            if (!MunicipalityCatalog.Gyeonggi.TryFind(unitName, out var unit))
            {
                failures.Add($"ScoringService:UnitKeys:{unitName} names no 시군: {MunicipalityCatalog.Gyeonggi.DescribeMiss(unitName)}");
            }
            else if (!units.Add(unit.Code))
            {
                failures.Add($"ScoringService:UnitKeys names {unit.Code} ({unit.KoreanName}) twice.");
            }

            CheckKey($"ScoringService:UnitKeys:{unitName}", key, failures);
            keys.Add(key);
        }

        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            failures.Add("ScoringService: two principals share a key; give each 시군 and the evaluator its own.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckKey(string setting, string key, List<string> failures)
    {
        if (key.Trim().Length < MinimumKeyLength)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{setting} is shorter than {MinimumKeyLength} characters."));
        }
    }
}
