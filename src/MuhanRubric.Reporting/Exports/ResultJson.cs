using System.Text.Json;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting.Exports;

/// <summary>
/// The JSON export of a scoring result, schema version <see cref="SchemaVersion"/> (docs/result-format.md,
/// docs/schema/result.schema.json): enums as camelCase strings, Korean as is (not <c>\uXXXX</c>), numbers as exact
/// decimals without trailing zeros.
/// </summary>
/// <remarks>Stateless and thread-safe. The CLI's <c>score --format json</c> and any other host write through this one class.</remarks>
public static class ResultJson
{
    /// <summary>The <c>schemaVersion</c> this class writes: it changes only when a field changes meaning or disappears.</summary>
    public const int SchemaVersion = ResultDocument.CurrentSchemaVersion;

    /// <summary>Writes the result as indented JSON, followed by a line break.</summary>
    /// <param name="result">The scoring result.</param>
    /// <param name="output">Where to write (UTF-8 without a byte-order mark is documented).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScoringResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Serialize(result));
        output.WriteLine();
    }

    /// <summary>The result as indented JSON text.</summary>
    /// <param name="result">The scoring result.</param>
    /// <returns>The JSON document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(ScoringResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonSerializer.Serialize(ResultDocument.From(result), ResultJsonContext.Relaxed.ResultDocument);
    }
}
