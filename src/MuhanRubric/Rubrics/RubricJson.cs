using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ardalis.GuardClauses;
using MathNet.Numerics.Statistics;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>
/// Writes a <see cref="Rubric"/> as JSON and reads it back (<c>docs/rubric-format.md</c>). Reading rebuilds the rubric
/// through <see cref="RubricBuilder"/>, so a file is validated exactly like a rubric written in code.
/// </summary>
/// <remarks>
/// The text is canonical: indented with two spaces, <c>\n</c> line ends and a final newline, properties in a fixed
/// order, every optional property written (as <c>null</c> when unset), decimals with their digits (<c>2.50</c> stays
/// <c>2.50</c>) and Korean text unescaped. Serializing, reading and serializing again gives the same text. Interval
/// bounds are read through the builder's <see cref="BandRange"/> (a <see cref="double"/>), as in code.
/// </remarks>
/// <example>
/// <code>
/// RubricJson.Save(rubric, "rubric.json");
/// var again = RubricJson.LoadFile("rubric.json");
/// Console.WriteLine(RubricDiff.Format(RubricDiff.Compare(rubric, again)));   // nothing: the same rubric
/// </code>
/// </example>
public static class RubricJson
{
    /// <summary>The value of the file's <c>format</c> property.</summary>
    public const string FormatName = "muhanrubric-rubric";

    /// <summary>The value of the file's <c>version</c> property: the only version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions _writerOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a rubric as canonical JSON text.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    public static string Serialize(Rubric rubric)
    {
        Guard.Against.Null(rubric);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            WriteRubric(writer, rubric);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>Reads a rubric from JSON text and builds it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name used in error messages, for example the file name.</param>
    /// <returns>The built, validated rubric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RubricFormatException">The text is not in the rubric format; every problem is listed.</exception>
    /// <exception cref="RubricValidationException">The definition has problems the file does not accept as warnings; every one is listed.</exception>
    public static Rubric Deserialize(string json, string sourceName = "rubric.json")
    {
        Guard.Against.Null(json);
        Guard.Against.Null(sourceName);
        return RubricJsonReader.Read(json, sourceName);
    }

    /// <summary>Reads a rubric from a UTF-8 JSON stream and builds it.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">The name used in error messages, for example the file name.</param>
    /// <returns>The built, validated rubric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="RubricFormatException">The JSON is not in the rubric format; every problem is listed.</exception>
    /// <exception cref="RubricValidationException">The definition has problems the file does not accept as warnings; every one is listed.</exception>
    public static Rubric Load(Stream stream, string sourceName)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(sourceName);
        return RubricJsonReader.Read(stream, sourceName);
    }

    /// <summary>Reads a rubric file and builds it; error messages name the file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The built, validated rubric.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="DirectoryNotFoundException">Its folder does not exist.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="RubricFormatException">The file is not in the rubric format; every problem is listed.</exception>
    /// <exception cref="RubricValidationException">The definition has problems the file does not accept as warnings; every one is listed.</exception>
    public static Rubric LoadFile(string path)
    {
        Guard.Against.NullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return RubricJsonReader.Read(stream, Path.GetFileName(path));
    }

    /// <summary>Writes a rubric to a file as canonical UTF-8 JSON (no byte-order mark), replacing the file.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static void Save(Rubric rubric, string path)
    {
        Guard.Against.Null(rubric);
        Guard.Against.NullOrEmpty(path);
        File.WriteAllText(path, Serialize(rubric), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The camelCase text of an enum value, as the format writes it (<c>excludeAndRescale</c>).</summary>
    internal static string EnumText<TEnum>(TEnum value)
        where TEnum : struct, Enum => Reading.CamelCaseEnum<TEnum>.CamelCase(value);

    /// <summary>The text of a quantile definition: <c>R1</c> … <c>R9</c> (Hyndman–Fan).</summary>
    internal static string QuantileText(QuantileDefinition definition) => QuantileDefinitionText.Name(definition);

    private static void WriteRubric(Utf8JsonWriter w, Rubric rubric)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatName);
        w.WriteNumber("version", FormatVersion);
        w.WriteString("name", rubric.Name);
        WriteStringOrNull(w, "description", rubric.Description);
        WriteNumberOrNull(w, "declaredTotal", rubric.DeclaredTotal);
        w.WriteString("missingData", EnumText(rubric.MissingData));
        w.WriteNumber("pointsDecimals", rubric.PointsDecimals);

        w.WriteStartArray("groups");
        foreach (var group in rubric.Groups)
        {
            w.WriteStartObject();
            w.WriteString("name", group.Name);
            WriteMunicipalities(w, "members", group.MemberCodes);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Problems that are always warnings (MaximumUnreachable) are found again when the file is read: not written.
        WriteInlineArray(w, "acceptedWarnings", rubric.Warnings.Select(p => p.Kind).Where(k => !RubricValidator.IsAlwaysWarning(k)).Distinct().Order().Select(k => (object?)k.ToString()));

        w.WriteStartArray("areas");
        foreach (var area in rubric.Areas)
        {
            w.WriteStartObject();
            w.WriteString("code", area.Code);
            w.WriteString("koreanName", area.KoreanName);
            w.WriteString("englishName", area.EnglishName);
            WriteNumberOrNull(w, "declaredPoints", area.DeclaredPoints);
            w.WriteStartArray("indicators");
            foreach (var indicator in area.Indicators)
            {
                WriteIndicator(w, rubric, indicator);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Rubric rubric, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("code", indicator.Code);
        w.WriteString("koreanName", indicator.KoreanName);
        w.WriteString("englishName", indicator.EnglishName);
        w.WriteNumber("maximumPoints", indicator.MaximumPoints);
        w.WriteString("pointsProvenance", indicator.PointsProvenance.ToString());
        w.WritePropertyName("measure");
        WriteExpressionOrNull(w, indicator.Measure);
        WriteStringOrNull(w, "missingData", indicator.MissingData is { } policy ? EnumText(policy) : null);
        if (indicator.NotApplicable is { } notApplicable)
        {
            w.WriteStartObject("notApplicable");
            w.WriteString("reason", notApplicable.Reason);
            WriteMunicipalities(w, "municipalities", notApplicable.UnitCodes);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("notApplicable");
        }

        WriteStringOrNull(w, "excluded", indicator.ExclusionReason);
        w.WritePropertyName("scale");
        WriteScale(w, rubric, indicator.Code, indicator.Scale);
        w.WriteStartArray("groupOverrides");
        foreach (var groupOverride in indicator.GroupOverrides)
        {
            w.WriteStartObject();
            w.WriteString("group", groupOverride.Group);
            WriteNumberOrNull(w, "maximumPoints", groupOverride.MaximumPoints);
            w.WritePropertyName("scale");
            WriteScale(w, rubric, $"{indicator.Code} [{groupOverride.Group}]", groupOverride.Scale);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>
    /// Whether the scale is the placeholder <see cref="RubricBuilder.Build"/> puts where no scale was chosen (accepted
    /// as an <see cref="RubricProblemKind.InvalidScale"/> warning): it is written as <c>null</c>, so that reading it
    /// back chooses no scale again.
    /// </summary>
    private static bool IsMissingScale(Rubric rubric, string code, Scale scale) =>
        scale is UnspecifiedScale { Printed: "no scale" }
        && rubric.Warnings.Any(p => p.Kind == RubricProblemKind.InvalidScale && p.Code == code && p.Message.StartsWith("has no scale", StringComparison.Ordinal));

    private static void WriteScale(Utf8JsonWriter w, Rubric rubric, string code, Scale scale)
    {
        if (IsMissingScale(rubric, code, scale))
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("kind", EnumText(scale.Kind));
        WriteStringOrNull(w, "provenance", scale.Provenance?.ToString());
        switch (scale)
        {
            case BandScale bands:
                w.WriteStartArray("bands");
                foreach (var band in bands.Bands)
                {
                    w.WriteStartObject();
                    w.WriteNumber("points", band.Points);
                    WriteStringOrNull(w, "label", band.Label);
                    WriteLineArray(w, "intervals", band.Intervals.Select(IntervalText));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteNumberOrNull(w, "otherwise", bands.OtherwisePoints);
                break;

            case ChecklistScale checklist:
                w.WriteStartArray("criteria");
                foreach (var criterion in checklist.Criteria)
                {
                    w.WriteStartObject();
                    w.WriteString("label", criterion.Label);
                    w.WritePropertyName("expression");
                    WriteExpressionOrNull(w, criterion.Expression);
                    w.WritePropertyName("condition");
                    w.WriteRawValue(IntervalText(criterion.Condition));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteInlineArray(w, "pointsByCount", checklist.PointsByCount.Select(p => (object?)p));
                break;

            case ProportionalScale proportional:
                w.WriteNumber("zeroAt", proportional.ZeroAt);
                w.WriteNumber("fullAt", proportional.FullAt);
                break;

            case PopulationBandScale population:
                w.WriteString("quantileDefinition", QuantileText(population.QuantileDefinition));
                w.WriteStartArray("bands");
                foreach (var band in population.Bands)
                {
                    w.WriteStartObject();
                    w.WriteNumber("points", band.Points);
                    w.WritePropertyName("lower");
                    WriteCutoff(w, band.Lower);
                    w.WriteBoolean("lowerInclusive", band.LowerInclusive);
                    w.WritePropertyName("upper");
                    WriteCutoff(w, band.Upper);
                    w.WriteBoolean("upperInclusive", band.UpperInclusive);
                    WriteStringOrNull(w, "label", band.Label);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                WriteNumberOrNull(w, "otherwise", population.OtherwisePoints);
                break;

            case UnspecifiedScale unspecified:
                w.WriteString("printed", unspecified.Printed);
                break;

            default:
                throw new ArgumentOutOfRangeException(nameof(scale), scale.Kind, "Unknown scale kind.");
        }

        w.WriteEndObject();
    }

    private static string IntervalText(Interval interval) =>
        Compact(("lower", interval.Lower), ("lowerInclusive", interval.LowerInclusive), ("upper", interval.Upper), ("upperInclusive", interval.UpperInclusive));

    private static void WriteCutoff(Utf8JsonWriter w, Cutoff? cutoff)
    {
        if (cutoff is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(Compact(("kind", EnumText(cutoff.Kind)), ("parameter", cutoff.Parameter)));
        }
    }

    private static void WriteExpressionOrNull(Utf8JsonWriter w, MeasureExpression? expression)
    {
        if (expression is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteRawValue(ExpressionText(expression, Indentation(w)));
        }
    }

    /// <summary>
    /// An expression as text, indented like the writer: a field or a constant on one line, an operator with its
    /// terms one per line.
    /// </summary>
    private static string ExpressionText(MeasureExpression expression, string indentation) => expression switch
    {
        FieldExpression field => Compact(("field", field.MeasureId), ("target", EnumText(field.Part))),
        ConstantExpression constant => Compact(("constant", constant.Value)),
        CombinedExpression combined =>
            "{\n" + indentation + "  \"op\": " + Scalar(EnumText(combined.Operator)) + ",\n"
            + indentation + "  \"terms\": " + LineArray(combined.Terms.Select(t => ExpressionText(t, indentation + "    ")), indentation + "  ") + "\n"
            + indentation + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name, "Unknown expression."),
    };

    /// <summary>The indentation of the properties of the writer's current object.</summary>
    private static string Indentation(Utf8JsonWriter w) => new(' ', 2 * w.CurrentDepth);

    /// <summary>An array of one-line items, one per line: intervals, expression terms.</summary>
    private static void WriteLineArray(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WritePropertyName(name);
        w.WriteRawValue(LineArray(items, Indentation(w)));
    }

    private static string LineArray(IEnumerable<string> items, string indentation)
    {
        var list = items.ToList();
        return list.Count == 0
            ? "[]"
            : "[\n" + string.Join(",\n", list.Select(item => indentation + "  " + item)) + "\n" + indentation + "]";
    }

    private static void WriteMunicipalities(Utf8JsonWriter w, string name, IEnumerable<string> codes) =>
        WriteInlineArray(w, name, codes.Select(c => (object?)c));

    /// <summary>An array of scalars on one line: <c>["Gapyeong", "Yeoncheon"]</c>, <c>[0, 1, 2]</c>.</summary>
    private static void WriteInlineArray(Utf8JsonWriter w, string name, IEnumerable<object?> values)
    {
        w.WritePropertyName(name);
        w.WriteRawValue("[" + string.Join(", ", values.Select(Scalar)) + "]");
    }

    /// <summary>A small object on one line, as the dataset files write cells: <c>{ "lower": 30, "lowerInclusive": true }</c>.</summary>
    private static string Compact(params (string Name, object? Value)[] properties) =>
        "{ " + string.Join(", ", properties.Select(p => Scalar(p.Name) + ": " + Scalar(p.Value))) + " }";

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        string text => "\"" + JsonEncodedText.Encode(text, _writerOptions.Encoder).ToString() + "\"",
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Not a JSON scalar of the format."),
    };

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
