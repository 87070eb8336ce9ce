using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MuhanRubric.Reading;

/// <summary>
/// The one strict reading pipeline of every JSON file the library reads (rubrics, the report and its discrepancy
/// catalogue, measurements):
/// <list type="number">
/// <item>parse: UTF-8, strict JSON, each property once, text normalized to Unicode NFC, every value located by
/// line and column;</item>
/// <item>the version: a file of another format or version is reported alone;</item>
/// <item>the contract (<see cref="JsonContract"/>): unknown fields, wrong types, missing fields, numbers outside
/// what the library computes with, enum values, value rules;</item>
/// <item>deserialization by System.Text.Json's source-generated contract, and the rules the contract cannot express
/// (<see cref="IJsonValidated"/>), on every clean part.</item>
/// </list>
/// Every problem is collected in <see cref="JsonProblems"/>; a document is returned only when there is none.
/// </summary>
internal static class StrictJson
{
    // The text the serializer reads is the checked document itself: nothing needs escaping beyond what JSON requires.
    private static readonly JsonWriterOptions _writerOptions = new() { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a document of type <typeparamref name="T"/>.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="contract">The document's contract.</param>
    /// <param name="problems">Where problems go.</param>
    /// <param name="version">Checks the format and version on the parsed document; false stops reading (the problem is
    /// reported by the check).</param>
    /// <returns>The document, or null when there are problems.</returns>
    public static T? Read<T>(ReadOnlyMemory<byte> utf8, JsonTypeInfo<T> contract, JsonProblems problems, Func<SourceNode, JsonProblems, bool>? version = null)
        where T : class
    {
        var root = Check(utf8, contract, problems, version, out var document);
        if (root is null || problems.Any)
        {
            return null;
        }

        // A document as written is read by the serializer from the file's bytes; one the parser changed (NFC) is
        // read from its normalized text.
        return (T?)document ?? (root.AsWritten ? JsonSerializer.Deserialize(root.Bytes.Span, contract)! : Deserialize(root, contract));
    }

    /// <summary>
    /// Parses a document and checks it against its contract (and the rules of its clean parts), without deserializing
    /// it: for a format with an open part that its reader reads value by value (<see cref="SourceNode.Clean"/> says
    /// which values the contract accepted).
    /// </summary>
    /// <returns>The parsed document, or null when it could not be parsed or is of another version.</returns>
    public static SourceNode? Check(ReadOnlyMemory<byte> utf8, JsonTypeInfo contract, JsonProblems problems, Func<SourceNode, JsonProblems, bool>? version) =>
        Check(utf8, contract, problems, version, out _);

    private static SourceNode? Check(ReadOnlyMemory<byte> utf8, JsonTypeInfo contract, JsonProblems problems, Func<SourceNode, JsonProblems, bool>? version, out object? document)
    {
        document = null;
        var root = SourceNode.Parse(utf8, problems);
        if (root is null)
        {
            return null;
        }

        var checker = new JsonContract(contract.Options, problems);
        if (root.Kind != NodeKind.Object)
        {
            problems.Add(root, $"expected {checker.Expected(contract.Type)}, found {root.Describe()}");
            return null;
        }

        if (version is not null && !version(root, problems))
        {
            return null;
        }

        checker.Check(root, contract.Type);
        foreach (var (node, type) in checker.ValidationRoots)
        {
            var value = ReferenceEquals(node, root) && root.AsWritten ? JsonSerializer.Deserialize(root.Bytes.Span, type)! : Deserialize(node, type);
            ((IJsonValidated)value).Validate(problems, node.Path);
            if (ReferenceEquals(node, root))
            {
                document = value;
            }
        }

        return root;
    }

    /// <summary>Deserializes a clean part of a document by its contract.</summary>
    public static T Deserialize<T>(SourceNode node, JsonTypeInfo<T> type) => (T)Deserialize(node, (JsonTypeInfo)type);

    /// <summary>Checks that the document says it is version 1 in <paramref name="property"/>; another version is reported alone.</summary>
    public static bool SchemaVersion(SourceNode root, JsonProblems problems, string property = "schemaVersion")
    {
        var version = root[property];
        if (version is null || version.Kind == NodeKind.Null || (version.Kind == NodeKind.Number && version.Text == "1"))
        {
            // An absent version is reported by the contract, with every other problem.
            return true;
        }

        problems.Add(version.Path, $"expected 1 (the only version this library reads), found {version.Describe()}");
        return false;
    }

    /// <summary>Deserializes a clean part: the serializer reads it as normalized text (NFC strings, numbers as written).</summary>
    private static object Deserialize(SourceNode node, JsonTypeInfo type)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, _writerOptions))
        {
            Write(writer, node);
        }

        return JsonSerializer.Deserialize(buffer.WrittenSpan, type)
            ?? throw new InvalidOperationException($"The contract {type.Type.Name} read a null document.");
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node.Kind)
        {
            case NodeKind.Object:
                writer.WriteStartObject();
                foreach (var property in node.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case NodeKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case NodeKind.String:
                writer.WriteStringValue(node.Text);
                break;
            case NodeKind.Number:
                writer.WriteRawValue(node.Text!, skipInputValidation: true);
                break;
            case NodeKind.True:
                writer.WriteBooleanValue(true);
                break;
            case NodeKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
