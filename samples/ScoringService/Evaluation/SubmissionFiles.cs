using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Samples.ScoringService.Evaluation;

/// <summary>Reads an uploaded submission with the library's importer, by the file's extension.</summary>
internal static class SubmissionFiles
{
    /// <summary>
    /// The table a file holds. <see cref="MeasurementImport"/> reads streams by format and files by extension; an upload
    /// is a stream with a name, so the extension picks the reader here (the library has no stream-and-name overload).
    /// </summary>
    /// <exception cref="DatasetFormatException">The file has problems, or is not .csv, .xlsx or .json.</exception>
    public static MeasurementTable Read(byte[] content, string fileName, ImportOptions options)
    {
        using var stream = new MemoryStream(content, writable: false);
        return Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => MeasurementImport.ReadCsv(stream, fileName, options),
            ".xlsx" => MeasurementImport.ReadXlsx(stream, fileName, options),
            ".json" => MeasurementImport.ReadJson(stream, fileName, options),
            var other => throw new DatasetFormatException(fileName, [new DatasetProblem(fileName, null, null,
                $"expected a file ending in {string.Join(", ", MeasurementImport.Extensions)}, found '{(other.Length == 0 ? fileName : other)}'")]),
        };
    }

    /// <summary>A name fit for problems and sources: the uploaded name without folders, or a default.</summary>
    public static string SafeName(string? uploaded, string fallback)
    {
        var name = Path.GetFileName((uploaded ?? string.Empty).Replace('\\', '/')).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        return name.Length is 0 or > 200 ? fallback : name;
    }

    /// <summary>Whether a table is read against the catalogues the service collects (a JSON file may declare its own).</summary>
    public static bool UsesGyeonggiCatalogues(MeasurementTable table) =>
        table.Units.Count == MunicipalityCatalog.Gyeonggi.Count
        && table.Units.All(u => MunicipalityCatalog.Gyeonggi.IndexOf(u) >= 0)
        && table.Measures.All(m => MeasureCatalog.Gyeonggi2016.Contains(m.Id));
}
