using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>
/// Reads the files the 시군 submit (CSV, XLSX, JSON) into a <see cref="MeasurementTable"/>, and units and measures
/// files into catalogues, following <c>docs/submission-format.md</c>.
/// </summary>
/// <remarks>
/// <para>The table covers every unit of the catalogue (<see cref="ImportOptions.Units"/>) and holds the measures the
/// file gives, in catalogue order. Each value keeps its text as typed and a <see cref="SubmittedSource"/>: the file
/// and the line (CSV, JSON) or the sheet and cell (XLSX).</para>
/// <para>A file with problems is not loaded at all: every problem is reported at once in one
/// <see cref="DatasetFormatException"/>, each naming the file, the sheet and cell or the line, the unit and measure
/// where they apply, and what was expected against what was found. Nothing is silently repaired, and a missing value
/// is never read as zero.</para>
/// <para>A measure whose share denominator (<see cref="Measure.ShareDenominator"/>) the file does not give keeps it
/// declared, but its share can then not be derived: it is read from the file or is unavailable.</para>
/// <para>The methods are thread-safe; the streams are read to their end and not closed.</para>
/// </remarks>
public static class MeasurementImport
{
    /// <summary>The extensions <see cref="ReadFile"/> accepts.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx", ".json"];

    /// <summary>Reads a submission file, by its extension: <c>.csv</c>, <c>.xlsx</c> or <c>.json</c> (any case).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The table, named after the file unless <see cref="ImportOptions.Name"/> says otherwise.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException">The options' catalogues are null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">Its folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DatasetFormatException">The extension is not one of <see cref="Extensions"/>, or the file has
    /// problems; every one is listed.</exception>
    public static MeasurementTable ReadFile(string path, ImportOptions? options = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var fileName = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension, StringComparer.Ordinal))
        {
            throw new ImportProblems(fileName).Fatal(Place.None, $"expected a file ending in {string.Join(", ", Extensions)}, found '{(extension.Length == 0 ? fileName : extension)}'");
        }

        using var stream = File.OpenRead(path);
        return extension switch
        {
            ".csv" => ReadCsv(stream, fileName, options),
            ".xlsx" => ReadXlsx(stream, fileName, options),
            _ => ReadJson(stream, fileName, options),
        };
    }

    /// <summary>Reads a CSV submission: comma-separated, RFC 4180 quoting, UTF-8 (with or without a byte-order mark) or CP949.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="fileName">The name problems and sources give the file.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null, or the options' catalogues are.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or blank.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed.</exception>
    public static MeasurementTable ReadCsv(Stream stream, string fileName, ImportOptions? options = null)
    {
        var (problems, context) = Start(stream, fileName, options);
        var importer = new GridImporter(context);
        CsvRows.Read(stream, problems, context.Options.Encoding, importer.Accept);
        return importer.Finish();
    }

    /// <summary>
    /// Reads an XLSX submission: the sheet <see cref="ImportOptions.Sheet"/> names, else the sheet named <c>Data</c>,
    /// else the first worksheet.
    /// </summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <param name="fileName">The name problems and sources give the file.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null, or the options' catalogues are.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or blank.</exception>
    /// <exception cref="DatasetFormatException">The file is not a workbook, has no such sheet, or has problems; every one is listed.</exception>
    public static MeasurementTable ReadXlsx(Stream stream, string fileName, ImportOptions? options = null)
    {
        var (_, start) = Start(stream, fileName, options);
        return XlsxRows.Read(stream, fileName, start.Options.Sheet, (problems, rows) =>
        {
            var importer = new GridImporter(new GridContext(problems, start.Options, start.TableName));
            rows(importer.Accept);
            return importer.Finish();
        });
    }

    /// <summary>Reads a JSON submission (<c>docs/measurement-format.md</c>), with its own units and measures when it declares them.</summary>
    /// <param name="stream">The file's bytes (UTF-8).</param>
    /// <param name="fileName">The name problems and sources give the file.</param>
    /// <param name="options">How to read it; <see cref="ImportOptions.Default"/> when null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null, or the options' catalogues are.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or blank.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed with its JSON path and line.</exception>
    public static MeasurementTable ReadJson(Stream stream, string fileName, ImportOptions? options = null)
    {
        var (_, context) = Start(stream, fileName, options);
        return JsonSubmission.Read(stream, fileName, context.Options);
    }

    /// <summary>Reads a units file (CSV): <c>code,koreanName,romanizedName,kind,region,groups</c>, optionally <c>aliases</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalogue, in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">Its folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed.</exception>
    public static MunicipalityCatalog ReadUnits(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return ReadUnits(stream, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a units file (CSV): <c>code,koreanName,romanizedName,kind,region,groups</c>, optionally <c>aliases</c>;
    /// <c>kind</c> is <c>City</c>, <c>County</c>, <c>District</c> or <c>Other</c>; <c>groups</c> and <c>aliases</c>
    /// are separated by <c>;</c>.
    /// </summary>
    /// <param name="stream">The file's bytes (UTF-8 or CP949).</param>
    /// <param name="fileName">The name problems give the file.</param>
    /// <returns>The catalogue, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or blank.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed.</exception>
    public static MunicipalityCatalog ReadUnits(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        return CatalogueFiles.ReadUnits(stream, Guard.Against.NullOrWhiteSpace(fileName));
    }

    /// <summary>Reads a measures file (CSV): <c>id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum</c>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalogue, in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">Its folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed.</exception>
    public static MeasureCatalog ReadMeasures(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return ReadMeasures(stream, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads a measures file (CSV): <c>id,koreanLabel,englishName,unit,wholeCount,hasShare,shareOf,minimum,maximum</c>;
    /// <c>unit</c> is a <see cref="MeasureUnit"/> name, <c>wholeCount</c> and <c>hasShare</c> are <c>true</c> or
    /// <c>false</c> (blank: false), <c>shareOf</c> names another measure of the file, <c>minimum</c> and
    /// <c>maximum</c> bound the expected range (inclusive).
    /// </summary>
    /// <param name="stream">The file's bytes (UTF-8 or CP949).</param>
    /// <param name="fileName">The name problems give the file.</param>
    /// <returns>The catalogue, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is null or blank.</exception>
    /// <exception cref="DatasetFormatException">The file has problems; every one is listed.</exception>
    public static MeasureCatalog ReadMeasures(Stream stream, string fileName)
    {
        Guard.Against.Null(stream);
        return CatalogueFiles.ReadMeasures(stream, Guard.Against.NullOrWhiteSpace(fileName));
    }

    private static (ImportProblems Problems, GridContext Context) Start(Stream stream, string fileName, ImportOptions? options)
    {
        Guard.Against.Null(stream);
        Guard.Against.NullOrWhiteSpace(fileName);
        options ??= ImportOptions.Default;
        Guard.Against.Null(options.Units, nameof(options));
        Guard.Against.Null(options.Measures, nameof(options));
        var problems = new ImportProblems(fileName);
        return (problems, new GridContext(problems, options, options.Name ?? fileName));
    }
}
