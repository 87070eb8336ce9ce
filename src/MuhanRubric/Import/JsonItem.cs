using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MuhanRubric.Import;

/// <summary>What a <see cref="JsonItem"/> is.</summary>
internal enum JsonKind : byte
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value with the line it starts on, so every problem can name its line (System.Text.Json's document does not
/// keep positions). Read once with <see cref="Utf8JsonReader"/>; strict: no comments, no trailing commas.
/// </summary>
internal sealed class JsonItem
{
    private JsonItem(JsonKind kind, int line, string? text)
    {
        Kind = kind;
        Line = line;
        Text = text;
    }

    public JsonKind Kind { get; }

    public int Line { get; }

    /// <summary>A string's value, or a number as written (<c>13.80</c>).</summary>
    public string? Text { get; }

    /// <summary>An object's properties in file order (a name given twice is kept twice and reported by the reader).</summary>
    public List<(string Name, JsonItem Value)> Properties { get; } = [];

    public List<JsonItem> Items { get; } = [];

    public JsonItem? this[string name] => Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal)).Value;

    /// <summary>How a message names the value: <c>a number (12)</c>, <c>an array</c>, <c>true</c>.</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => $"the string \"{Text}\"",
        JsonKind.Number => $"the number {Text}",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonException">The text is not JSON; the exception names the line.</exception>
    public static JsonItem Parse(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineIndex(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 64 });
        if (!reader.Read())
        {
            throw new JsonException("The document is empty.", null, 0, 0);
        }

        var root = ReadValue(ref reader, lines);
        if (reader.Read())
        {
            throw new JsonException("More than one value at the top level.", null, lines.LineOf(reader.TokenStartIndex) - 1, 0);
        }

        return root;
    }

    private static JsonItem ReadValue(ref Utf8JsonReader reader, LineIndex lines)
    {
        var line = lines.LineOf(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonItem(JsonKind.Object, line, null);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    obj.Properties.Add((name, ReadValue(ref reader, lines)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonItem(JsonKind.Array, line, null);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lines));
                }

                return array;
            case JsonTokenType.String:
                return new JsonItem(JsonKind.String, line, reader.GetString());
            case JsonTokenType.Number:
                return new JsonItem(JsonKind.Number, line, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonItem(JsonKind.True, line, null);
            case JsonTokenType.False:
                return new JsonItem(JsonKind.False, line, null);
            default:
                return new JsonItem(JsonKind.Null, line, null);
        }
    }

    /// <summary>The number as a decimal, keeping its digits (<c>13.80</c> has scale 2).</summary>
    public bool TryGetDecimal(out decimal value) =>
        decimal.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    // Byte offsets of line starts, to turn a token's offset into its 1-based line.
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> utf8)
        {
            for (var i = utf8.IndexOf((byte)'\n'); i >= 0;)
            {
                _starts.Add(i + 1);
                var next = utf8[(i + 1)..].IndexOf((byte)'\n');
                i = next < 0 ? -1 : i + 1 + next;
            }
        }

        public int LineOf(long offset)
        {
            var index = _starts.BinarySearch(offset);
            return (index >= 0 ? index : ~index - 1) + 1;
        }
    }
}
