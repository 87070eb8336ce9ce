using System.Globalization;
using System.Text.Json;
using MuhanRubric.Composite;

namespace MuhanRubric.Cli.Output;

/// <summary>
/// A composite result as JSON (docs/schema/composite-result.schema.json), CSV or text: each unit's code, index
/// (<c>total</c>), rank and aggregates.
/// </summary>
internal static class CompositeOutput
{
    public static void Json(CompositeResult result, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", 1);
            json.WriteString("index", result.Index.Name);
            json.WriteString("root", result.Index.Root.Code);
            json.WriteStartArray("steps");
            foreach (var step in result.Steps)
            {
                json.WriteStringValue(Describe(step));
            }

            json.WriteEndArray();
            json.WriteStartArray("units");
            foreach (var row in result.Ranked.Concat(result.Rows.Where(r => !r.Included)))
            {
                json.WriteStartObject();
                json.WriteString("unit", row.Unit.Code);
                json.WriteString("name", row.Unit.KoreanName);
                json.WriteBoolean("included", row.Included);
                Number(json, "total", row.Total);
                if (row.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }

                json.WriteStartObject("aggregates");
                foreach (var aggregate in result.Index.Aggregates.Reverse().Where(a => a != result.Index.Root))
                {
                    json.WriteStartObject(aggregate.Code);
                    Number(json, "score", row.Scores[aggregate.Code]);
                    if (row.Ranks[aggregate.Code] is { } r)
                    {
                        json.WriteNumber("rank", r);
                    }
                    else
                    {
                        json.WriteNull("rank");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("issues");
            foreach (var issue in result.Issues)
            {
                json.WriteStringValue($"{issue.Unit} {issue.Node}: {issue.Message}");
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    public static void Csv(CompositeResult result, TextWriter writer)
    {
        var aggregates = result.Index.Aggregates.Reverse().Where(a => a != result.Index.Root).Select(a => a.Code).ToList();
        writer.WriteLine(string.Join(",", new[] { "unit", "rank", "total" }.Concat(aggregates)));
        foreach (var row in result.Ranked)
        {
            writer.WriteLine(string.Join(",", new[] { row.Unit.Code, row.Rank?.ToString(CultureInfo.InvariantCulture) ?? "NA", Format(row.Total) }.Concat(aggregates.Select(a => Format(row.Scores[a])))));
        }
    }

    public static void Text(CompositeResult result, TextWriter writer)
    {
        var aggregates = result.Index.Aggregates.Reverse().Where(a => a != result.Index.Root).Take(3).Select(a => a.Code).ToList();
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Index.Name}: {result.IncludedUnits.Count} of {result.Units.Count} units"));
        foreach (var step in result.Steps)
        {
            writer.WriteLine("  " + Describe(step));
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"rank",4}  {"unit",-8} {result.Index.Root.Code,8}") + string.Concat(aggregates.Select(a => string.Create(CultureInfo.InvariantCulture, $" {a,9}"))));
        foreach (var row in result.Ranked)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Rank,4}  {row.Unit.Code,-8} {Format(row.Total),8}") + string.Concat(aggregates.Select(a => string.Create(CultureInfo.InvariantCulture, $" {Format(row.Scores[a]),9}"))));
        }

        foreach (var issue in result.Issues)
        {
            writer.WriteLine($"issue: {issue.Unit} {issue.Node}: {issue.Message}");
        }
    }

    private static string Describe(StepRecord step) => step switch
    {
        DenominateRecord d => string.Create(CultureInfo.InvariantCulture, $"{d.Order}. denominate: {d.Denominated} cells divided, {d.MadeMissing.Count} made missing"),
        ImputeRecord i => string.Create(CultureInfo.InvariantCulture, $"{i.Order}. impute ({i.Declared.Method}{(i.Declared.Group is null ? string.Empty : " within " + i.Declared.Group)}): {i.Imputed.Count} cells filled, {i.LeftMissing.Count} left missing"),
        ScreenRecord s => string.Create(CultureInfo.InvariantCulture, $"{s.Order}. screen units (availability ≥ {s.Declared.MinimumAvailability}): {s.Removed.Count} removed{(s.Removed.Count == 0 ? string.Empty : " (" + string.Join(", ", s.Removed) + ")")}"),
        TreatRecord t => string.Create(CultureInfo.InvariantCulture, $"{t.Order}. treat outliers: {Treated(t, OutlierTreatment.Winsorised, "winsorised")}, {Treated(t, OutlierTreatment.Log, "log-transformed")}"),
        NormaliseRecord n => string.Create(CultureInfo.InvariantCulture, $"{n.Order}. normalise ({n.Declared.Method}, {n.Declared.Low}–{n.Declared.High}){(n.Indicators.Any(x => x.Note is not null) ? ": " + string.Join("; ", n.Indicators.Where(x => x.Note is not null).Select(x => x.Indicator + " " + x.Note)) : string.Empty)}"),
        _ => step.Order.ToString(CultureInfo.InvariantCulture),
    };

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Format(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : "NA";

    /// <summary><c>2 winsorised (Flights, Gas)</c>, or <c>0 winsorised</c> without an empty list.</summary>
    private static string Treated(TreatRecord record, OutlierTreatment treatment, string verb)
    {
        var codes = record.Indicators.Where(x => x.Treatment == treatment).Select(x => x.Indicator).ToList();
        return codes.Count == 0
            ? $"0 {verb}"
            : string.Create(CultureInfo.InvariantCulture, $"{codes.Count} {verb} ({string.Join(", ", codes)})");
    }
}
