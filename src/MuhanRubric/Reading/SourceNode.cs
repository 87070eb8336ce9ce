using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace MuhanRubric.Reading;

/// <summary>A 1-based line and column (in UTF-16 code units, as editors count them) of a JSON file.</summary>
internal readonly record struct TextPosition(int Line, int Column);

/// <summary>What a <see cref="SourceNode"/> is.</summary>
internal enum NodeKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a <see cref="SourceNode"/> object.</summary>
internal readonly record struct SourceProperty(string Name, SourceNode Value);

/// <summary>
/// A JSON value as the file holds it, with its position and its path: what the strict reading pipeline checks against
/// a format's contract before anything is deserialized. Strings and property names are already in Unicode NFC;
/// numbers keep their text as written (<c>13.80</c>, <c>1e400</c>).
/// </summary>
internal sealed class SourceNode
{
    private readonly LineIndex _lines;
    private readonly int _offset;
    private readonly SourceNode? _parent;
    private readonly string? _name;
    private readonly int _index;
    private string? _path;

    // A value knows its parent and its name or index there; its path is built when asked (most never are).
    private SourceNode(NodeKind kind, LineIndex lines, int offset, SourceNode? parent, string? name, int index, string? text)
    {
        Kind = kind;
        _lines = lines;
        _offset = offset;
        _parent = parent;
        _name = name;
        _index = index;
        Text = text;
    }

    public NodeKind Kind { get; }

    /// <summary>Where the value starts (computed when asked: most values never are).</summary>
    public TextPosition Position => _lines.PositionOf(_offset);

    /// <summary>The JSON path: <c>$</c> for the document, else <c>areas[1].indicators[0].code</c>.</summary>
    public string Path => _path ??= _parent is null ? "$" : _name is not null ? Child(_parent.Path, _name) : Index(_parent.Path, _index);

    /// <summary>
    /// Whether the file's bytes are the document as read: no text needed NFC, no property was repeated. The serializer
    /// can then read the bytes themselves.
    /// </summary>
    public bool AsWritten { get; private set; }

    /// <summary>The file's bytes (without a byte-order mark).</summary>
    public ReadOnlyMemory<byte> Bytes => _lines.Bytes;

    /// <summary>A string's value (NFC), or a number as written.</summary>
    public string? Text { get; }

    /// <summary>Whether the contract found no problem in the value (set by <see cref="JsonContract"/>).</summary>
    public bool Clean { get; set; } = true;

    /// <summary>An object's properties in file order; a name repeated is reported and only its first value kept.</summary>
    public List<SourceProperty> Properties { get; } = [];

    public List<SourceNode> Items { get; } = [];

    public SourceNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (string.Equals(property.Name, name, StringComparison.Ordinal))
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    /// <summary>How a message names the value: <c>the number 12</c>, <c>the text "x"</c>, <c>an array</c>, <c>true</c>.</summary>
    public string Describe() => Kind switch
    {
        NodeKind.Object => "an object",
        NodeKind.Array => "an array",
        NodeKind.String => $"the text \"{Text}\"",
        NodeKind.Number => $"the number {Text}",
        NodeKind.True => "true",
        NodeKind.False => "false",
        _ => "null",
    };

    /// <summary>The path of a property of an object at <paramref name="parent"/>.</summary>
    public static string Child(string parent, string name) => parent == "$" ? name : parent + "." + name;

    /// <summary>The path of an item of an array at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>
    /// Parses a whole document: UTF-8 (a byte-order mark is skipped), strict JSON (no comments, no trailing commas, at
    /// most 64 levels deep), every property once. A document that cannot be parsed gives one problem and null;
    /// repeated properties are reported (and the document is still returned, so every problem is found at once).
    /// </summary>
    public static SourceNode? Parse(ReadOnlyMemory<byte> document, JsonProblems problems)
    {
        if (document.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            document = document[3..];
        }

        var utf8 = document.Span;
        var lines = new LineIndex(document);
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || utf8.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // Notepad's "Unicode": every other byte is 0, which no UTF-8 JSON holds.
            problems.AddAt(new TextPosition(1, 1), null, string.Create(CultureInfo.InvariantCulture,
                $"expected UTF-8 JSON, found a UTF-16 byte-order mark (0x{utf8[0]:X2} 0x{utf8[1]:X2}); save the file as UTF-8"));
            return null;
        }

        if (!Utf8.IsValid(utf8))
        {
            var offset = 0;
            for (var rest = utf8; Rune.DecodeFromUtf8(rest, out _, out var length) == OperationStatus.Done; rest = rest[length..])
            {
                offset += length;
            }

            problems.AddAt(lines.PositionOf(offset), null, string.Create(CultureInfo.InvariantCulture,
                $"expected UTF-8 JSON, found byte 0x{utf8[offset]:X2} at offset {offset}, which is not UTF-8"));
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                problems.AddAt(new TextPosition(1, 1), null, "expected JSON (no comments, no trailing commas), found an empty file");
                return null;
            }

            var builder = new Builder(lines, problems);
            var root = builder.ReadValue(ref reader, null, null, -1);
            if (reader.Read())
            {
                problems.AddAt(lines.PositionOf((int)reader.TokenStartIndex), null, "expected one JSON value, found more after it");
                return null;
            }

            if (builder.Failed)
            {
                return null;
            }

            root.AsWritten = !builder.Rewritten;
            problems.Attach(root);
            return root;
        }
        catch (JsonException ex)
        {
            // System.Text.Json ends its message with a zero-based position; the problem names the position once.
            var message = ex.Message.IndexOf(" LineNumber:", StringComparison.Ordinal) is var at and > 0 ? ex.Message[..at] : ex.Message;
            var line = (int)(ex.LineNumber ?? 0);
            var position = lines.PositionOfLineByte(line, (int)(ex.BytePositionInLine ?? 0));
            problems.AddAt(position, null, "expected JSON (no comments, no trailing commas), found malformed JSON: " + message, ex);
            return null;
        }
    }

    private sealed class Builder(LineIndex lines, JsonProblems problems)
    {
        public bool Failed { get; private set; }

        /// <summary>Whether the document differs from the bytes: text put in NFC, a repeated property left out.</summary>
        public bool Rewritten { get; private set; }

        public SourceNode ReadValue(ref Utf8JsonReader reader, SourceNode? parent, string? name, int index)
        {
            var offset = (int)reader.TokenStartIndex;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                {
                    var node = new SourceNode(NodeKind.Object, lines, offset, parent, name, index, null);
                    Dictionary<string, int>? first = null;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var nameOffset = (int)reader.TokenStartIndex;
                        var property = Text(ref reader, nameOffset, parent, name, index);
                        reader.Read();
                        first ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        if (first.TryGetValue(property, out var earlier))
                        {
                            // Only the first value counts; the repeated one is reported where its name is.
                            reader.Skip();
                            Rewritten = true;
                            var at = lines.PositionOf(earlier);
                            problems.AddAt(lines.PositionOf(nameOffset), Child(node.Path, property), string.Create(CultureInfo.InvariantCulture,
                                $"expected each property once, found '{property}' again (first at line {at.Line}, column {at.Column})"));
                            continue;
                        }

                        first[property] = nameOffset;
                        node.Properties.Add(new SourceProperty(property, ReadValue(ref reader, node, property, -1)));
                    }

                    return node;
                }

                case JsonTokenType.StartArray:
                {
                    var node = new SourceNode(NodeKind.Array, lines, offset, parent, name, index, null);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        node.Items.Add(ReadValue(ref reader, node, null, node.Items.Count));
                    }

                    return node;
                }

                case JsonTokenType.String:
                    return new SourceNode(NodeKind.String, lines, offset, parent, name, index, Text(ref reader, offset, parent, name, index));

                case JsonTokenType.Number:
                    return new SourceNode(NodeKind.Number, lines, offset, parent, name, index, Encoding.UTF8.GetString(reader.ValueSpan));
                case JsonTokenType.True:
                    return new SourceNode(NodeKind.True, lines, offset, parent, name, index, null);
                case JsonTokenType.False:
                    return new SourceNode(NodeKind.False, lines, offset, parent, name, index, null);
                default:
                    return new SourceNode(NodeKind.Null, lines, offset, parent, name, index, null);
            }
        }

        // Text in NFC: a rubric saved in NFD reads as the same text; an escaped lone surrogate is not text.
        private string Text(ref Utf8JsonReader reader, int offset, SourceNode? parent, string? name, int index)
        {
            string text;
            try
            {
                text = reader.GetString()!;
            }
            catch (InvalidOperationException)
            {
                var path = parent is null ? null : name is not null ? Child(parent.Path, name) : Index(parent.Path, index);
                problems.AddAt(lines.PositionOf(offset), path, "expected text, found an escaped lone surrogate (\\uD800–\\uDFFF without its pair), which is not Unicode text");
                Failed = true;
                return string.Empty;
            }

            if (Ascii.IsValid(text) || text.IsNormalized(NormalizationForm.FormC))
            {
                return text;
            }

            Rewritten = true;
            return text.Normalize(NormalizationForm.FormC);
        }
    }

    // Byte offsets of line starts, to turn a token's offset into its line and column.
    private sealed class LineIndex
    {
        private readonly ReadOnlyMemory<byte> _utf8;
        private readonly List<int> _starts = [0];

        public ReadOnlyMemory<byte> Bytes => _utf8;

        public LineIndex(ReadOnlyMemory<byte> utf8)
        {
            _utf8 = utf8;
            var span = utf8.Span;
            for (var i = span.IndexOf((byte)'\n'); i >= 0;)
            {
                _starts.Add(i + 1);
                var next = span[(i + 1)..].IndexOf((byte)'\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        public TextPosition PositionOf(int offset)
        {
            var index = _starts.BinarySearch(offset);
            var line = index >= 0 ? index : ~index - 1;
            return new TextPosition(line + 1, Column(_starts[line], offset));
        }

        public TextPosition PositionOfLineByte(int zeroBasedLine, int bytesIntoLine)
        {
            var line = Math.Clamp(zeroBasedLine, 0, _starts.Count - 1);
            return new TextPosition(line + 1, Column(_starts[line], _starts[line] + bytesIntoLine));
        }

        // Characters, not bytes: 가 is one column. A position inside invalid UTF-8 counts bytes.
        private int Column(int lineStart, int offset)
        {
            var bytes = _utf8.Span[lineStart..Math.Clamp(offset, lineStart, _utf8.Length)];
            return (Utf8.IsValid(bytes) ? Encoding.UTF8.GetCharCount(bytes) : bytes.Length) + 1;
        }
    }
}
