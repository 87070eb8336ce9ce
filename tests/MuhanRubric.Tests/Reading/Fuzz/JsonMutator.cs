using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// A mutated file: its bytes, what was done, and the JSON paths the mutation changed (a loaded file may differ from
/// the original there and nowhere else); null when the mutation was of the bytes, not of a value. When the mutation
/// wrote a number, <see cref="Number"/> is where and what: a file that loads must hold exactly that number there.
/// </summary>
internal sealed record Mutation(string Description, byte[] Bytes, IReadOnlyList<string>? Regions, (string Path, string Text)? Number = null);

/// <summary>
/// Seeded mutations of a valid JSON file: numbers made huge, negative, fractional, tiny or NaN text; values of another
/// type; fields dropped, duplicated or renamed; array items removed or repeated; text in NFD or another case;
/// truncation; random bytes.
/// </summary>
internal sealed class JsonMutator
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] _numbers =
        ["1e309", "-1e309", "5e28", "-7.9e28", "1e-30", "1e15", "99999999999999", "100000000000000", "-1", "0", "-0", "0.5", "2.5", "1.0", "30.00", "1.0000000000000001", "1e2", "12345678901234567890123456789"];

    private static readonly string[] _texts = ["NaN", "Infinity", "30", "yes", "", " ", "null", "true", "1e309", "표 Ⅲ-3 p.32", "assumption: x", "Suwon", "수원시"];

    private readonly JsonNode _original;
    private readonly Random _random;
    private readonly byte[] _bytes;
    private readonly List<(string Path, JsonNode? Node)> _values = [];
    private readonly List<(string Path, JsonNode? Node)> _numberNodes;

    public JsonMutator(JsonNode original, Random random)
    {
        _original = original;
        _random = random;
        Text = original.ToJsonString(Indented);
        _bytes = Encoding.UTF8.GetBytes(Text);
        Collect(original, "$");
        _numberNodes = [.. _values.Where(v => v.Node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)];
    }

    /// <summary>The original document as the mutations write it (indented, Korean unescaped).</summary>
    public string Text { get; }

    /// <summary>Every number of the original, by its JSON path, as written.</summary>
    public IEnumerable<(string Path, string Text)> Numbers => _numberNodes.Select(n => (n.Path, n.Node!.ToJsonString()));

    /// <summary>Every value's JSON path in the readers' notation (<c>areas[1].indicators[0].code</c>).</summary>
    public IReadOnlyList<string> Paths => [.. _values.Select(v => v.Path)];

    private void Collect(JsonNode? node, string path)
    {
        if (path != "$")
        {
            _values.Add((path, node));
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    Collect(value, path == "$" ? name : path + "." + name);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
                }

                break;
        }
    }

    public Mutation Next()
    {
        var choice = _random.Next(100);
        if (choice < 4)
        {
            var at = _random.Next(_bytes.Length);
            return new Mutation($"truncated at byte {at}", _bytes[..at], null);
        }

        if (choice < 9)
        {
            var bytes = (byte[])_bytes.Clone();
            var count = 1 + _random.Next(4);
            for (var i = 0; i < count; i++)
            {
                bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
            }

            return new Mutation($"{count} random byte(s)", bytes, null);
        }

        if (choice < 29 && _numberNodes.Count > 0)
        {
            // A number changed to another a person could have meant (the case a reader must never repair): it loads
            // or is rejected, and if it loads it is read back exactly.
            var (numberPath, number) = _numberNodes[_random.Next(_numberNodes.Count)];
            return Replace(numberPath, number, Plausible(number!.AsValue().ToJsonString()), "number at");
        }

        // A value: pick a top-level part first, so small parts of a large file are mutated too.
        var tops = _values.Where(v => !v.Path.Contains('.', StringComparison.Ordinal) && !v.Path.Contains('[', StringComparison.Ordinal)).ToList();
        var top = tops[_random.Next(tops.Count)].Path;
        var candidates = _values.Where(v => v.Path == top || v.Path.StartsWith(top + ".", StringComparison.Ordinal) || v.Path.StartsWith(top + "[", StringComparison.Ordinal)).ToList();
        var (path, node) = candidates[_random.Next(candidates.Count)];
        return (choice % 8) switch
        {
            0 or 1 => Replace(path, node, NewValue(node)),
            2 => TypeSwap(path, node),
            3 => Remove(path),
            4 => Duplicate(path),
            5 => Rename(path),
            6 => Nfd(path, node),
            _ => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? Replace(path, node, JsonValue.Create(FlipCase(v.GetValue<string>()))) : Replace(path, node, NewValue(node)),
        };
    }

    private JsonNode? NewValue(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number)
        {
            var text = value.ToJsonString();
            var derived = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? new[] { (-d).ToString(CultureInfo.InvariantCulture), (d + 0.5m).ToString(CultureInfo.InvariantCulture), (d * 1000000m).ToString(CultureInfo.InvariantCulture) }
                : [];
            var all = _numbers.Concat(derived).ToArray();
            return JsonNode.Parse(all[_random.Next(all.Length)]);
        }

        return JsonValue.Create(_texts[_random.Next(_texts.Length)]);
    }

    private JsonNode Plausible(string written)
    {
        var d = decimal.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture);
        var candidates = new[]
        {
            d + 1, d - 1, d * 2, d / 2, d + 0.25m, d * 10, 0m, d + 0.001m, Math.Round(d / 3, 6),
        };
        var pick = _random.Next(candidates.Length + 2);
        var text = pick < candidates.Length ? candidates[pick].ToString(CultureInfo.InvariantCulture)
            : pick == candidates.Length ? written + (written.Contains('.', StringComparison.Ordinal) ? "0" : ".0") // the same number, written longer
            : d.ToString("E", CultureInfo.InvariantCulture); // the same number with an exponent
        return JsonNode.Parse(text)!;
    }

    private Mutation TypeSwap(string path, JsonNode? node)
    {
        JsonNode? swapped = node switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => JsonValue.Create(v.ToJsonString()),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => _random.Next(2) == 0 ? JsonValue.Create(1) : new JsonArray(JsonValue.Create(v.GetValue<string>())),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => _random.Next(2) == 0 ? JsonValue.Create(v.ToJsonString()) : JsonValue.Create(1),
            JsonObject o => _random.Next(2) == 0 ? new JsonArray() : JsonValue.Create(o.Count),
            JsonArray a => _random.Next(2) == 0 ? new JsonObject() : a.Count > 0 ? a[0]?.DeepClone() : JsonValue.Create("[]"),
            null => _random.Next(3) switch { 0 => JsonValue.Create(0), 1 => JsonValue.Create(string.Empty), _ => new JsonObject() },
            _ => null,
        };
        return Replace(path, node, swapped, "type of");
    }

    // Each mutation edits the original in place, writes it, and undoes the edit: a large file is not copied per mutation.
    private Mutation Replace(string path, JsonNode? node, JsonNode? replacement, string what = "value of")
    {
        var (parent, key, index) = Parent(_original, path);
        var bytes = parent is JsonObject obj ? Edit(obj, key!, replacement) : Edit((JsonArray)parent!, index, replacement);
        var number = replacement is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? (path, value.ToJsonString()) : ((string, string)?)null;
        return new Mutation($"{what} {path}: {Show(node)} → {Show(replacement)}", bytes, [path], number);
    }

    private byte[] Edit(JsonObject obj, string key, JsonNode? replacement)
    {
        var old = obj[key];
        obj[key] = replacement;
        var bytes = Bytes(_original);
        obj[key] = old;
        return bytes;
    }

    private byte[] Edit(JsonArray array, int index, JsonNode? replacement)
    {
        var old = array[index];
        array[index] = replacement;
        var bytes = Bytes(_original);
        array[index] = old;
        return bytes;
    }

    private Mutation Remove(string path)
    {
        var (parent, key, index) = Parent(_original, path);
        if (parent is JsonObject obj)
        {
            var at = obj.IndexOf(key!);
            var old = obj[key!];
            obj.Remove(key!);
            var bytes = Bytes(_original);
            obj.Insert(at, key!, old);
            return new Mutation($"dropped {path}", bytes, [path]);
        }

        var array = (JsonArray)parent!;
        var item = array[index];
        array.RemoveAt(index);
        var removed = Bytes(_original);
        array.Insert(index, item);
        return new Mutation($"removed item {path}", removed, [ParentPath(path)]);
    }

    private Mutation Duplicate(string path)
    {
        var (parent, key, index) = Parent(_original, path);
        if (parent is JsonArray array)
        {
            array.Insert(index, array[index]?.DeepClone());
            var bytes = Bytes(_original);
            array.RemoveAt(index);
            return new Mutation($"repeated item {path}", bytes, [ParentPath(path)]);
        }

        // A property given twice: JsonNode cannot hold it, so a marked copy is renamed in the text.
        const string Marker = "DUPLICATE-OF-";
        var obj = (JsonObject)parent!;
        obj.Insert(obj.IndexOf(key!) + 1, Marker + key, obj[key!]?.DeepClone());
        var text = _original.ToJsonString(Indented).Replace("\"" + Marker + key + "\"", "\"" + key + "\"", StringComparison.Ordinal);
        obj.Remove(Marker + key);
        return new Mutation($"property {path} given twice", Encoding.UTF8.GetBytes(text), [path]);
    }

    private Mutation Rename(string path)
    {
        var (parent, key, _) = Parent(_original, path);
        if (parent is not JsonObject obj)
        {
            return Remove(path);
        }

        var renamed = _random.Next(3) switch
        {
            0 => FlipCase(key!),
            1 => key + "s",
            _ => key!.Length > 1 ? key[1..] : key + key,
        };
        var properties = obj.ToList();
        obj.Clear();
        foreach (var (name, value) in properties)
        {
            if (name != renamed || name == key)
            {
                obj[name == key ? renamed : name] = value;
            }
        }

        var bytes = Bytes(_original);
        obj.Clear();
        foreach (var (name, value) in properties)
        {
            obj[name] = value;
        }

        // The renamed property may replace another of that name: the whole object may change.
        return new Mutation($"renamed {path} to '{renamed}'", bytes, [ParentPath(path)]);
    }

    private Mutation Nfd(string path, JsonNode? node)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String && !v.GetValue<string>().IsNormalized(NormalizationForm.FormD))
        {
            var (parent, key, index) = Parent(_original, path);
            var decomposed = JsonValue.Create(v.GetValue<string>().Normalize(NormalizationForm.FormD));
            var bytes = parent is JsonObject obj ? Edit(obj, key!, decomposed) : Edit((JsonArray)parent!, index, decomposed);

            // The same text in another normalization form: nothing may differ once read.
            return new Mutation($"{path} in NFD", bytes, []);
        }

        // Or a whole file saved in NFD.
        return new Mutation("the whole file in NFD", Encoding.UTF8.GetBytes(Text.Normalize(NormalizationForm.FormD)), []);
    }

    private static string FlipCase(string text) =>
        text.Length == 0 ? "X" : char.IsUpper(text[0]) ? char.ToLowerInvariant(text[0]) + text[1..] : char.ToUpperInvariant(text[0]) + text[1..];

    private static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString(Indented));

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString(Indented) ?? "null";
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static string ParentPath(string path)
    {
        var cut = path.EndsWith(']') ? path.LastIndexOf('[') : path.LastIndexOf('.');
        return cut <= 0 ? "$" : path[..cut];
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var (parent, key, index) = Parent(root, path);
        if (parent is JsonObject obj)
        {
            obj[key!] = value;
        }
        else
        {
            ((JsonArray)parent!)[index] = value;
        }
    }

    // The parent of the value at a path, and the value's name or index in it.
    private static (JsonNode? Parent, string? Key, int Index) Parent(JsonNode root, string path)
    {
        JsonNode? parent = null;
        JsonNode? current = root;
        string? key = null;
        var index = -1;
        var i = 0;
        while (i < path.Length)
        {
            parent = current;
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                index = int.Parse(path.AsSpan(i + 1, close - i - 1), CultureInfo.InvariantCulture);
                key = null;
                current = current![index];
                i = close + 1;
            }
            else
            {
                if (path[i] == '.')
                {
                    i++;
                }

                // A property name runs to the next '.' or '[' that starts a known property or index of the parent.
                var end = NameEnd(current!.AsObject(), path, i);
                key = path[i..end];
                index = -1;
                current = current[key];
                i = end;
            }
        }

        return (parent, key, index);
    }

    private static int NameEnd(JsonObject obj, string path, int start)
    {
        // Names may contain '.' (a Korean label, "1.5회"): take the longest name the object has.
        foreach (var (name, _) in obj.OrderByDescending(p => p.Key.Length))
        {
            if (string.CompareOrdinal(path, start, name, 0, name.Length) == 0
                && (start + name.Length == path.Length || path[start + name.Length] is '.' or '['))
            {
                return start + name.Length;
            }
        }

        throw new InvalidOperationException($"No property of the object starts {path[start..]}.");
    }
}
