using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MuhanRubric.Reading;

/// <summary>
/// Checks a parsed document against a format's contract: the source-generated <see cref="JsonTypeInfo"/> of its
/// types, with the rules their properties carry. One pass finds every problem of shape, each at its path: a property
/// the contract does not have, a required one missing, a value of the wrong type (never coerced: <c>"30"</c> is not
/// a number and <c>"yes"</c> is not <c>true</c>), a number the library cannot compute with, an enum value not spelled
/// exactly as documented, and the value rules (<see cref="JsonRuleAttribute"/>). The serializer then only ever sees a
/// document it can deserialize.
/// </summary>
internal sealed class JsonContract(JsonSerializerOptions options, JsonProblems problems)
{
    // What the contract's types say, read once per type (attributes are found by reflection).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<JsonTypeInfo, Members> _members = new();

    private readonly List<(SourceNode Node, JsonTypeInfo Type)> _validationRoots = [];
    private readonly Dictionary<Type, JsonTypeInfo> _types = [];
    private string? _unit;
    private string? _measure;

    /// <summary>
    /// The largest parts of the document that are clean and validate themselves (<see cref="IJsonValidated"/>), with
    /// their contracts: the whole document when it is clean.
    /// </summary>
    public IReadOnlyList<(SourceNode Node, JsonTypeInfo Type)> ValidationRoots => _validationRoots;

    /// <summary>Checks a value against a type of the contract.</summary>
    /// <returns>Whether the value has no problem.</returns>
    public bool Check(SourceNode node, Type type) => Value(node, type, [], nullAllowed: false, keys: null, expected: null);

    /// <summary>What a message says is expected where a value of the type goes.</summary>
    public string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            return "a number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type.GetCustomAttribute<JsonDescriptionAttribute>() is { } description)
        {
            return description.Expected;
        }

        var info = options.GetTypeInfo(type);
        return info.Converter is IJsonLeaf leaf ? leaf.Expected
            : info.Kind == JsonTypeInfoKind.Enumerable ? "an array"
            : "an object";
    }

    private bool Fail(SourceNode node, string message)
    {
        problems.Add(node, message, _unit, _measure);
        return false;
    }

    private bool Value(SourceNode node, Type type, IReadOnlyList<JsonRuleAttribute> rules, bool nullAllowed, MeasureKeysAttribute? keys, string? expected) =>
        node.Clean = CheckValue(node, type, rules, nullAllowed, keys, expected);

    private bool CheckValue(SourceNode node, Type type, IReadOnlyList<JsonRuleAttribute> rules, bool nullAllowed, MeasureKeysAttribute? keys, string? expected)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (node.Kind == NodeKind.Null)
        {
            return nullAllowed || underlying is not null || Fail(node, $"expected {expected ?? Expected(type)}, found null");
        }

        type = underlying ?? type;
        if (type == typeof(string))
        {
            return node.Kind == NodeKind.String
                ? Rules(node, rules, r => r.CheckText(node.Text!))
                : Fail(node, $"expected text, found {node.Describe()}");
        }

        if (type == typeof(bool))
        {
            return node.Kind is NodeKind.True or NodeKind.False || Fail(node, $"expected true or false, found {node.Describe()}");
        }

        if (type == typeof(int))
        {
            return node.Kind == NodeKind.Number && IsWhole(node.Text!) && int.TryParse(node.Text, System.Globalization.CultureInfo.InvariantCulture, out var whole)
                ? Rules(node, rules, r => r.CheckNumber(whole, node.Text!))
                : Fail(node, node.Kind == NodeKind.Number && IsWhole(node.Text!)
                    ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"expected a whole number from {int.MinValue} to {int.MaxValue}, found {node.Describe()}")
                    : $"expected a whole number, found {node.Describe()}");
        }

        if (type == typeof(decimal) || type == typeof(double))
        {
            if (node.Kind != NodeKind.Number)
            {
                return Fail(node, $"expected a number, found {node.Describe()}");
            }

            return ComputableNumber.TryRead(node.Text!, out var number)
                ? Rules(node, rules, r => r.CheckNumber(number, node.Text!))
                : Fail(node, $"expected {ComputableNumber.Expected}, found {node.Describe()}");
        }

        if (!_types.TryGetValue(type, out var info))
        {
            _types[type] = info = options.GetTypeInfo(type);
        }

        if (info.Converter is IJsonLeaf leaf)
        {
            return leaf.Check(node) is { } problem ? Fail(node, problem) : true;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
            {
                if (node.Kind != NodeKind.Array)
                {
                    return Fail(node, $"expected {expected ?? Expected(type)}, found {node.Describe()}");
                }

                var clean = true;
                var itemsNullable = Nullable.GetUnderlyingType(info.ElementType!) is not null;
                foreach (var item in node.Items)
                {
                    clean &= Value(item, info.ElementType!, rules, itemsNullable, keys, null);
                }

                return clean;
            }

            case JsonTypeInfoKind.Dictionary:
                return Dictionary(node, info, rules, keys, expected);
            case JsonTypeInfoKind.Object:
                return Object(node, info, expected);
            default:
                throw new InvalidOperationException($"The contract type {type.Name} cannot be checked.");
        }
    }

    private static bool IsWhole(string number) => number.AsSpan().TrimStart('-').IndexOfAnyExcept("0123456789") < 0;

    private bool Rules(SourceNode node, IReadOnlyList<JsonRuleAttribute> rules, Func<JsonRuleAttribute, string?> check)
    {
        if (rules.Count == 0)
        {
            return true;
        }

        var clean = true;
        foreach (var rule in rules)
        {
            if (check(rule) is { } problem)
            {
                clean = Fail(node, problem);
            }
        }

        return clean;
    }

    private bool Dictionary(SourceNode node, JsonTypeInfo info, IReadOnlyList<JsonRuleAttribute> rules, MeasureKeysAttribute? keys, string? expected)
    {
        if (node.Kind != NodeKind.Object)
        {
            return Fail(node, $"expected {expected ?? Expected(info.Type)}, found {node.Describe()}");
        }

        var (unit, measure) = (_unit, _measure);
        if (keys?.UnitKey is { } unitKey && node[unitKey] is { Kind: NodeKind.String } named)
        {
            _unit = named.Text;
        }

        var clean = true;
        var valuesNullable = Nullable.GetUnderlyingType(info.ElementType!) is not null;
        foreach (var property in node.Properties)
        {
            _measure = keys is not null && !string.Equals(property.Name, keys.UnitKey, StringComparison.Ordinal) ? property.Name : measure;
            clean &= Value(property.Value, info.ElementType!, rules, valuesNullable, null, null);
        }

        (_unit, _measure) = (unit, measure);
        return clean;
    }

    private bool Object(SourceNode node, JsonTypeInfo info, string? expected)
    {
        if (node.Kind != NodeKind.Object)
        {
            return Fail(node, $"expected {expected ?? Expected(info.Type)}, found {node.Describe()}");
        }

        var contract = info;
        string? discriminator = null;
        if (info.PolymorphismOptions is { } polymorphism)
        {
            discriminator = polymorphism.TypeDiscriminatorPropertyName;
            var kinds = polymorphism.DerivedTypes.Select(d => (Name: (string)d.TypeDiscriminator!, d.DerivedType)).ToList();
            var kindNames = "one of " + string.Join(", ", kinds.Select(k => k.Name));
            var kind = node[discriminator];
            if (kind is null || kind.Kind == NodeKind.Null)
            {
                problems.Add(SourceNode.Child(node.Path, discriminator), $"required field is missing (expected {kindNames})", _unit, _measure);
                return false;
            }

            var derived = kinds.FirstOrDefault(k => kind.Kind == NodeKind.String && string.Equals(k.Name, kind.Text, StringComparison.Ordinal)).DerivedType;
            if (derived is null)
            {
                return Fail(kind, $"expected {kindNames}, found {kind.Describe()}");
            }

            contract = options.GetTypeInfo(derived);
        }

        var start = _validationRoots.Count;
        var unit = _unit;
        var members = _members.GetOrAdd(contract, static c => new Members(c));
        if (members.UnitKey is { } unitKey && node[unitKey] is { Kind: NodeKind.String } named)
        {
            _unit = named.Text;
        }

        var clean = true;
        foreach (var property in node.Properties)
        {
            if (string.Equals(property.Name, discriminator, StringComparison.Ordinal))
            {
                continue;
            }

            if (!members.ByName.TryGetValue(property.Name, out var member))
            {
                var names = (discriminator is null ? [] : new[] { discriminator }).Concat(members.ByName.Keys);
                clean = Fail(property.Value, $"unknown field; expected one of {string.Join(", ", names)}");
                continue;
            }

            clean &= Value(property.Value, member.Info.PropertyType, member.Rules, member.Info.IsSetNullable, member.Keys, member.Description);
            if (member.Unique is { } unique && property.Value.Kind == NodeKind.Array)
            {
                var first = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in property.Value.Items)
                {
                    if (unique.Check(item, first) is { } repeated)
                    {
                        problems.Add(unique.PathOf(item) == item.Path ? item : item[unique.Key!]!, repeated, _unit, _measure);
                        clean = false;
                    }
                }
            }
        }

        foreach (var member in members.ByName.Values.Select(m => m.Info).Where(p => p.IsRequired && node[p.Name] is null))
        {
            var description = members.ByName[member.Name].Description ?? Expected(member.PropertyType);
            problems.Add(SourceNode.Child(node.Path, member.Name), $"required field is missing (expected {description})", _unit, _measure);
            clean = false;
        }

        foreach (var rule in members.Rules)
        {
            clean &= rule.Check(node, problems);
        }

        _unit = unit;
        if (clean && typeof(IJsonValidated).IsAssignableFrom(info.Type))
        {
            // A clean part validates itself, and with it every part inside it.
            _validationRoots.RemoveRange(start, _validationRoots.Count - start);
            _validationRoots.Add((node, info));
        }

        return clean;
    }
}

/// <summary>A contract type's properties by name, with the rules and keys their attributes declare.</summary>
internal sealed class Members
{
    public Members(JsonTypeInfo type)
    {
        Rules = [.. type.Type.GetCustomAttributes(typeof(ObjectRuleAttribute), true).Cast<ObjectRuleAttribute>().Select(a => a.Rule)];
        // A property the serializer cannot set (computed, or ignored) is no field of the format.
        foreach (var property in type.Properties.Where(p => p.Set is not null))
        {
            var provider = property.AttributeProvider;
            ByName[property.Name] = new Member(
                property,
                provider?.GetCustomAttributes(typeof(JsonRuleAttribute), true).Cast<JsonRuleAttribute>().ToArray() ?? [],
                provider?.GetCustomAttributes(typeof(MeasureKeysAttribute), true).Cast<MeasureKeysAttribute>().FirstOrDefault(),
                provider?.GetCustomAttributes(typeof(UniqueAttribute), true).Cast<UniqueAttribute>().FirstOrDefault(),
                provider?.GetCustomAttributes(typeof(JsonDescriptionAttribute), true).Cast<JsonDescriptionAttribute>().FirstOrDefault()?.Expected);
            if (provider?.IsDefined(typeof(UnitKeyAttribute), true) == true)
            {
                UnitKey = property.Name;
            }
        }
    }

    public Dictionary<string, Member> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>The type's rules across its parts.</summary>
    public IObjectRule[] Rules { get; }

    public string? UnitKey { get; }
}

/// <summary>One property of a contract type.</summary>
internal sealed record Member(JsonPropertyInfo Info, JsonRuleAttribute[] Rules, MeasureKeysAttribute? Keys, UniqueAttribute? Unique, string? Description);

/// <summary>
/// A contract type with rules its shape cannot express (values that must differ, fields that go together): checked
/// after deserialization, on every clean part of a document, so that problems of meaning in one part are reported
/// with problems of shape in another.
/// </summary>
internal interface IJsonValidated
{
    /// <summary>Reports every problem of the value (and of the values inside it) at its path.</summary>
    void Validate(JsonProblems problems, string path);
}
