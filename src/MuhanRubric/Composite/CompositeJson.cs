using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace MuhanRubric.Composite;

/// <summary>
/// A composite index as JSON: its name, its data steps in order (each with a <c>step</c> discriminator) and its nodes as
/// a flat list with parents (as COINr's <c>iMeta</c> lists them). <see cref="Read"/> builds through
/// <see cref="CompositeIndexBuilder"/>, so a file is checked exactly as code is.
/// </summary>
/// <example>
/// <code language="json">
/// { "name": "Example", "steps": [ { "step": "normalise", "method": "minMax", "low": 0, "high": 100 } ],
///   "nodes": [ { "code": "Index", "aggregation": { "method": "arithmeticMean" } },
///              { "code": "A", "parent": "Index", "measure": "A", "direction": -1 } ] }
/// </code>
/// </example>
public static class CompositeJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,

        // A definition file is read by people and tools, never embedded in HTML: keep quotes, dashes and Korean as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Writes an index as indented JSON.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">The index is null.</exception>
    public static string Write(CompositeIndex index)
    {
        Guard.Against.Null(index);
        var dto = new CompositeDto(
            index.Name,
            index.Description,
            [.. index.Steps],
            [.. index.Nodes.Select(n => new NodeDto(
                n.Code, n.Name, n.ParentCode, n.Weight, n.Measure, n.IsIndicator ? n.Direction : null, n.Target, n.Goalposts, n.Aggregation))]);
        return JsonSerializer.Serialize(dto, Options);
    }

    /// <summary>Reads an index from JSON and checks it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">A name for messages (the file name).</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="CompositeDefinitionException">The JSON is malformed, or the definition is inconsistent.</exception>
    public static CompositeIndex Read(string json, string source = "composite JSON")
    {
        Guard.Against.Null(json);
        CompositeDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<CompositeDto>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new CompositeDefinitionException($"{source}: {ex.Message}", ex);
        }

        if (dto?.Name is null || dto.Nodes is null)
        {
            throw new CompositeDefinitionException($"{source}: a composite has a 'name' and 'nodes'.");
        }

        try
        {
            var builder = CompositeIndex.Create(dto.Name).WithDescription(dto.Description);
            foreach (var step in dto.Steps ?? [])
            {
                builder.AddStep(step);
            }

            foreach (var n in dto.Nodes)
            {
                if (n.Aggregation is not null)
                {
                    builder.AddAggregate(n.Code, n.Aggregation, n.Parent, n.Weight ?? 1, n.Name);
                }
                else
                {
                    builder.AddIndicator(n.Code, n.Parent ?? string.Empty, n.Measure, n.Weight ?? 1, n.Direction ?? 1, n.Name, n.Target, n.Goalposts);
                }
            }

            return builder.Build();
        }
        catch (ArgumentException ex)
        {
            throw new CompositeDefinitionException($"{source}: {ex.Message}", ex);
        }
    }

    /// <summary>Reads an index from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentException">The path is empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="CompositeDefinitionException">The JSON is malformed, or the definition is inconsistent.</exception>
    public static CompositeIndex ReadFile(string path)
    {
        Guard.Against.NullOrWhiteSpace(path);
        return Read(File.ReadAllText(path), Path.GetFileName(path));
    }

    private sealed record CompositeDto(string Name, string? Description, List<DataStep>? Steps, List<NodeDto> Nodes);

    private sealed record NodeDto(
        string Code, string? Name, string? Parent, double? Weight, string? Measure, int? Direction, double? Target, Goalposts? Goalposts, Aggregation? Aggregation);
}
