using System.Text.Json;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Cli;

/// <summary>How to read a data file: the catalogues it is read against, whether absent units are allowed, its period.</summary>
internal sealed record DataOptions(string? UnitsFile, string? MeasuresFile, bool AllowAbsentUnits, string? Period);

/// <summary>Turns the tool's arguments into library objects: a rubric by name or file, the data by file or <c>2016</c>.</summary>
internal static class Inputs
{
    /// <summary>The value of <c>--data</c> that names the embedded 2016 data.</summary>
    public const string Embedded2016 = "2016";

    /// <summary>
    /// The 2016 report's proposals for the next rubric (chapter Ⅴ, p.123–125) by the name the tool gives them, each a
    /// variant of the given baseline with <see cref="Proposals2016"/>'s documented defaults.
    /// </summary>
    public static IReadOnlyList<(string Name, Func<Rubric, Rubric> Make)> Proposals { get; } =
    [
        ("proposal-without-training", b => Proposals2016.WithoutTrainingIndicators(b)),
        ("proposal-public-expertise", b => Proposals2016.HigherPublicExpertisePoints(b)),
        ("proposal-regional", b => Proposals2016.RegionalDifferentialScoring(b)),
        ("proposal-treatment-gap", b => Proposals2016.TreatmentGapIndicator(b)),
        ("proposal-caseload-20-40", b => Proposals2016.CaseloadOptimum20To40(b)),
        ("proposal-linkage-percentiles", b => Proposals2016.ServiceLinkagePercentileStandard(b)),
        ("proposal-linkage-mean-sd", b => Proposals2016.ServiceLinkageMeanSdStandard(b)),
    ];

    /// <summary>The shipped rubrics' names, for help and messages.</summary>
    public static string ShippedRubricNames => string.Join(", ", Rubrics2016.ByName.Keys);

    /// <summary>The proposals' names, for help and messages.</summary>
    public static string ProposalNames => string.Join(", ", Proposals.Select(p => p.Name));

    /// <summary>
    /// A shipped rubric by name (<c>reference-2016</c>, <c>published-2016</c>), a proposal of the 2016 report by name
    /// (a variant of <paramref name="baseline"/>, by default the 2016 reference rubric), or a rubric JSON file.
    /// </summary>
    public static Rubric Rubric(string spec, Rubric? baseline = null)
    {
        if (Rubrics2016.ByName.TryGetValue(spec, out var shipped))
        {
            return shipped;
        }

        if (Proposals.FirstOrDefault(p => string.Equals(p.Name, spec, StringComparison.Ordinal)) is { Make: { } make })
        {
            var from = baseline ?? Rubrics2016.Reference;
            try
            {
                return make(from);
            }
            catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException or InvalidOperationException or RubricValidationException)
            {
                throw new InputError($"The proposal '{spec}' cannot vary '{from.Name}': {ex.Message}");
            }
        }

        if (!File.Exists(spec))
        {
            throw new InputError($"'{spec}' is neither a shipped rubric ({ShippedRubricNames}), a proposal of the 2016 report ({ProposalNames}), nor a rubric file.");
        }

        try
        {
            return RubricJson.LoadFile(spec);
        }
        catch (RubricFormatException ex)
        {
            throw new InputError($"The rubric file '{spec}' is not valid ({ex.Problems.Count} problem(s)):", [.. ex.Problems.Select(p => p.ToString())]);
        }
        catch (RubricValidationException ex)
        {
            throw new InputError($"The rubric in '{spec}' does not validate ({ex.Problems.Count} problem(s)):", [.. ex.Problems.Select(p => p.ToString())]);
        }
    }

    /// <summary>
    /// The measurements: <c>2016</c> for the embedded 2016 data, a submission (.csv, .xlsx, or .json in the measurement
    /// format), or a report file in the 2016 report format (.json with <c>municipalityTables</c>).
    /// </summary>
    public static MeasurementTable Data(string spec, DataOptions? options = null)
    {
        options ??= new DataOptions(null, null, false, null);
        if (string.Equals(spec, Embedded2016, StringComparison.Ordinal))
        {
            return Evaluation2016.Measurements;
        }

        if (!File.Exists(spec))
        {
            throw new InputError($"The data file '{spec}' does not exist (use --data 2016 for the embedded 2016 data).");
        }

        try
        {
            if (IsReportFile(spec))
            {
                return EvaluationReport.LoadFile(spec).Measurements;
            }

            return MeasurementImport.ReadFile(spec, new ImportOptions
            {
                Units = options.UnitsFile is { } units ? MeasurementImport.ReadUnits(Existing(units, "--units")) : MunicipalityCatalog.Gyeonggi,
                Measures = options.MeasuresFile is { } measures ? MeasurementImport.ReadMeasures(Existing(measures, "--measures")) : MeasureCatalog.Gyeonggi2016,
                AllowAbsentUnits = options.AllowAbsentUnits,
                Period = Period(options.Period),
            });
        }
        catch (DatasetFormatException ex)
        {
            throw Invalid(ex.File, ex);
        }
    }

    /// <summary>Every problem of a data file as an input error.</summary>
    public static InputError Invalid(string file, DatasetFormatException ex) =>
        new($"'{file}' is not valid data ({ex.Problems.Count} problem(s)); nothing was loaded:", [.. ex.Problems.Select(p => p.ToString())]);

    private static EvaluationPeriod? Period(string? text) =>
        text is null ? null
        : EvaluationPeriod.TryParse(text, out var period) ? period
        : throw new InputError($"--period must be a year (2017) or two ISO dates (2017-01-01..2017-12-31); got '{text}'.");

    private static string Existing(string path, string option) =>
        File.Exists(path) ? path : throw new InputError($"The file given to {option}, '{path}', does not exist.");

    // The 2016 report format has municipalityTables at its root; a submission in the measurement format has values.
    private static bool IsReportFile(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("municipalityTables", out _);
        }
        catch (JsonException)
        {
            // Malformed JSON: the measurement reader reports it with its line.
            return false;
        }
    }
}
