using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MuhanRubric.Reading;

/// <summary>
/// A rule a contract's property adds to its type (text that may not be blank, a whole number ≥ 1, …), checked with
/// the type by <see cref="JsonContract"/> so that every problem of a value is found in one pass. On a collection the
/// rule applies to each item.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
internal abstract class JsonRuleAttribute : Attribute
{
    /// <summary>A problem of a string value, or null.</summary>
    public virtual string? CheckText(string text) => null;

    /// <summary>A problem of a number value (already read exactly), or null.</summary>
    public virtual string? CheckNumber(decimal value, string written) => null;
}

/// <summary>Text that is not empty or only spaces.</summary>
internal sealed class NonBlankAttribute : JsonRuleAttribute
{
    public override string? CheckText(string text) => string.IsNullOrWhiteSpace(text) ? $"expected non-empty text, found the text \"{text}\"" : null;
}

/// <summary>A code without surrounding spaces (a unit code, a group name).</summary>
internal sealed class CodeAttribute(string what) : JsonRuleAttribute
{
    public override string? CheckText(string text) =>
        string.IsNullOrWhiteSpace(text) || !string.Equals(text, text.Trim(), StringComparison.Ordinal)
            ? $"expected {what} without surrounding whitespace, found '{text}'"
            : null;
}

/// <summary>A number within a range (both ends included); <paramref name="what"/> names it in the message (<c>a whole number</c>, <c>points</c>).</summary>
internal sealed class RangeAttribute(double minimum, double maximum, string what = "a number") : JsonRuleAttribute
{
    public override string? CheckNumber(decimal value, string written) =>
        value < (decimal)minimum || value > (decimal)maximum
            ? string.Create(CultureInfo.InvariantCulture, $"expected {what} from {minimum} to {maximum}, found {written}")
            : null;
}

/// <summary>Points: at most 10^6 in magnitude, so a rubric's totals and their rescaling stay exact.</summary>
internal sealed class PointsAttribute : JsonRuleAttribute
{
    public override string? CheckNumber(decimal value, string written) =>
        Math.Abs(value) > 1_000_000m ? $"expected points from -1000000 to 1000000, found {written}" : null;
}

/// <summary>A whole number of at least <paramref name="minimum"/> (pages, years).</summary>
internal sealed class MinimumAttribute(int minimum) : JsonRuleAttribute
{
    public override string? CheckNumber(decimal value, string written) =>
        value < minimum ? string.Create(CultureInfo.InvariantCulture, $"expected a whole number ≥ {minimum}, found {written}") : null;
}

/// <summary>At most so many significant digits: a number the library keeps as a <see cref="double"/>.</summary>
internal sealed class SignificantDigitsAttribute(int digits, string reason) : JsonRuleAttribute
{
    public override string? CheckNumber(decimal value, string written) =>
        ComputableNumber.SignificantDigits(written) > digits
            ? string.Create(CultureInfo.InvariantCulture, $"expected a number of at most {digits} significant digits ({reason}), found {written}")
            : null;
}

/// <summary>Text the library parses (a measure id, a provenance): the check returns a problem or null.</summary>
internal sealed class TextFormAttribute(Type check) : JsonRuleAttribute
{
    private readonly ITextForm _form = (ITextForm)Activator.CreateInstance(check)!;

    public override string? CheckText(string text) => _form.Check(text);
}

/// <summary>A text form, for <see cref="TextFormAttribute"/>.</summary>
internal interface ITextForm
{
    string? Check(string text);
}

/// <summary>
/// On an array property: its items (strings, or objects by the string at <paramref name="key"/>) are distinct; a
/// repeated one is reported where it repeats. Checked on the document as written, so it holds even when the items
/// have other problems.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class UniqueAttribute(string what, string? key = null) : Attribute
{
    public string? Check(SourceNode item, Dictionary<string, string> first)
    {
        var value = key is null ? item : item.Kind == NodeKind.Object ? item[key] : null;
        if (value is not { Kind: NodeKind.String, Text: { } text })
        {
            return null;
        }

        return first.TryAdd(text, item.Path) ? null : $"duplicate {what} '{text}'; it already appears at {first[text]}";
    }

    /// <summary>The property that tells items apart, or null when the items are strings.</summary>
    public string? Key => key;

    /// <summary>Where a repeated item is reported: the item, or its key.</summary>
    public string PathOf(SourceNode item) => key is null ? item.Path : SourceNode.Child(item.Path, key);
}

/// <summary>
/// On a contract type: a rule across the parts of an object (every unit present once), checked on the document as
/// written, so that it holds even when the parts have other problems.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class ObjectRuleAttribute(Type rule) : Attribute
{
    public IObjectRule Rule { get; } = (IObjectRule)Activator.CreateInstance(rule)!;
}

/// <summary>A rule of <see cref="ObjectRuleAttribute"/>.</summary>
internal interface IObjectRule
{
    /// <summary>Reports the object's problems; returns whether it found none.</summary>
    bool Check(SourceNode node, JsonProblems problems);
}

/// <summary>On a string property: its value names the unit every problem inside the object is about.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class UnitKeyAttribute : Attribute
{
}

/// <summary>
/// On a dictionary (or a list of dictionaries): its keys are measures, which problems of their values are about;
/// <paramref name="unitKey"/>, if given, is the key whose value names the unit.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MeasureKeysAttribute(string? unitKey = null) : Attribute
{
    public string? UnitKey { get; } = unitKey;
}

/// <summary>
/// On a contract type, or a property: what a message says is expected where the type (or the property's value) goes
/// (<c>a cell {"value", "printed"}</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Property)]
internal sealed class JsonDescriptionAttribute(string expected) : Attribute
{
    public string Expected { get; } = expected;
}

/// <summary>
/// A value type of a contract with its own rule (enums, a page that is a number or a label, a submitted cell): the
/// converter that reads it also says what it accepts.
/// </summary>
internal interface IJsonLeaf
{
    /// <summary>What a message says is expected.</summary>
    string Expected { get; }

    /// <summary>The texts the value may be, for an enum (in order; what the documented schema lists); else null.</summary>
    IReadOnlyCollection<string>? Names { get; }

    /// <summary>A problem of the value, or null.</summary>
    string? Check(SourceNode node);
}

/// <summary>An enum written as text, matched exactly (case included) against its documented names.</summary>
internal abstract class ExactEnumConverter<TEnum> : JsonConverter<TEnum>, IJsonLeaf
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName;
    private readonly Dictionary<TEnum, string> _names;

    private protected ExactEnumConverter(Func<TEnum, string> name)
    {
        _names = Enum.GetValues<TEnum>().ToDictionary(v => v, name);
        _byName = _names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        Expected = "one of " + string.Join(", ", _names.Values);
    }

    /// <summary>The documented names, in declaration order.</summary>
    public IReadOnlyCollection<string>? Names => _names.Values;

    public string Expected { get; }

    public string? Check(SourceNode node) =>
        node.Kind == NodeKind.String && _byName.ContainsKey(node.Text!) ? null : $"expected {Expected}, found {node.Describe()}";

    public string Name(TEnum value) => _names[value];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && _byName.TryGetValue(reader.GetString()!, out var value)
            ? value
            : throw new JsonException($"Expected {Expected}.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(_names[value]);
}

/// <summary>An enum written in camelCase (<c>excludeAndRescale</c>).</summary>
internal sealed class CamelCaseEnum<TEnum>() : ExactEnumConverter<TEnum>(CamelCase)
    where TEnum : struct, Enum
{
    public static CamelCaseEnum<TEnum> Instance { get; } = new();

    /// <summary>The .NET name with its first letter lower-cased, as the rubric writer writes it.</summary>
    public static string CamelCase(TEnum value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>An enum written as its .NET name (<c>TableVsTable</c>).</summary>
internal sealed class PascalCaseEnum<TEnum>() : ExactEnumConverter<TEnum>(v => v.ToString())
    where TEnum : struct, Enum
{
    public static PascalCaseEnum<TEnum> Instance { get; } = new();
}
