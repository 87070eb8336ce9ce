using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MuhanRubric.Scoring;

namespace MuhanRubric.Reporting.Exports;

// The JSON result, schema version 1 (docs/result-format.md, docs/schema/result.schema.json), written by ResultJson.
// Records only: the shape is the contract, and System.Text.Json's source generator writes it (enums as camelCase
// strings, Korean unescaped).

/// <summary>The whole result.</summary>
internal sealed record ResultDocument(
    int SchemaVersion, RubricSummary Rubric, DataSummary Data, IReadOnlyList<UnitResult> Units,
    IReadOnlyList<FrozenScaleResult> FrozenScales, IReadOnlyList<WarningResult> Warnings)
{
    public const int CurrentSchemaVersion = 1;

    public static ResultDocument From(ScoringResult result) => new(
        CurrentSchemaVersion,
        new RubricSummary(result.Rubric.Name, Exact(result.Rubric.MaximumPoints), result.Rubric.Description),
        new DataSummary(result.Measurements.Name, result.Measurements.Period?.Label, result.Measurements.Units.Count, [.. result.Measurements.Measures.Select(m => m.Id)]),
        [.. result.Cards.Select(UnitResult.From)],
        [.. result.FrozenScales.Select(f => new FrozenScaleResult(f.IndicatorCode, f.Group, f.Rule, [.. f.Cutoffs.Select(c => new CutoffResult(c.Cutoff.ToString(), Exact(c.Value)))], f.Resolved))],
        [.. result.Warnings.Select(w => new WarningResult(w.Kind, w.IndicatorCode, w.MeasureId, [.. w.Units.Select(u => u.Code)], w.Message, w.KoreanMessage))]);

    /// <summary>
    /// A decimal without trailing zeros (<c>18.0</c> → <c>18</c>): points are exact decimals whose scale depends on how
    /// they were computed, and a reader should see one spelling per number.
    /// </summary>
    public static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;
}

/// <summary>The rubric scored.</summary>
internal sealed record RubricSummary(string Name, decimal Maximum, string? Description);

/// <summary>The data scored.</summary>
internal sealed record DataSummary(string Name, string? Period, int UnitCount, IReadOnlyList<string> Measures);

/// <summary>One unit's result.</summary>
internal sealed record UnitResult(
    string Unit, string KoreanName, string RomanizedName, decimal Total, decimal Maximum, decimal NormalizedTotal, int Rank,
    IReadOnlyList<AreaResult> Areas, IReadOnlyList<IndicatorResult> Indicators)
{
    public static UnitResult From(ScoreCard card) => new(
        card.Municipality.Code, card.Municipality.KoreanName, card.Municipality.RomanizedName, ResultDocument.Exact(card.Total),
        ResultDocument.Exact(card.MaximumPoints), ResultDocument.Exact(card.NormalizedTotal), card.Rank,
        [.. card.Areas.Select(a => new AreaResult(a.Code, ResultDocument.Exact(a.Points), ResultDocument.Exact(a.MaximumPoints)))],
        [.. card.Indicators.Select(IndicatorResult.From)]);
}

/// <summary>An area subtotal.</summary>
internal sealed record AreaResult(string Code, decimal Points, decimal Maximum);

/// <summary>One indicator's result for one unit.</summary>
internal sealed record IndicatorResult(
    string Code, string Area, IndicatorStatus Status, decimal? Value, string? Band, decimal Points, decimal Maximum, string? Group,
    NextBandResult? NextBetterBand, string Explanation, string KoreanExplanation)
{
    public static IndicatorResult From(IndicatorScore score) => new(
        score.Code, score.AreaCode, score.Status, score.RawValue, score.Hit, ResultDocument.Exact(score.Points), ResultDocument.Exact(score.MaximumPoints), score.Group,
        score.Next is { } next ? new NextBandResult(ResultDocument.Exact(next.Points), next.Interval.ToString(), next.Distance, next.Upwards ? "up" : "down") : null,
        score.Explanation, score.KoreanExplanation);
}

/// <summary>The nearest better band.</summary>
internal sealed record NextBandResult(decimal Points, string Interval, decimal Distance, string Direction);

/// <summary>The cut-offs a population-based scale used.</summary>
internal sealed record FrozenScaleResult(string Indicator, string? Group, string Rule, IReadOnlyList<CutoffResult> Cutoffs, string Resolved);

/// <summary>One cut-off and its value.</summary>
internal sealed record CutoffResult(string Cutoff, decimal Value);

/// <summary>A warning on the result.</summary>
internal sealed record WarningResult(ScoringWarningKind Kind, string? Indicator, string? Measure, IReadOnlyList<string> Units, string Message, string KoreanMessage);

/// <summary>Enums as camelCase strings (<c>scored</c>, <c>outsideExpectedRange</c>).</summary>
internal sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase)
    where TEnum : struct, Enum;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(CamelCaseEnumConverter<IndicatorStatus>), typeof(CamelCaseEnumConverter<ScoringWarningKind>)])]
[JsonSerializable(typeof(ResultDocument))]
internal sealed partial class ResultJsonContext : JsonSerializerContext
{
    private static ResultJsonContext? _relaxed;

    /// <summary>The context with Korean (and every other non-ASCII letter) written as is, not as \uXXXX escapes.</summary>
    /// <remarks>Created on first use: the generated <c>Default</c> must exist first.</remarks>
    public static ResultJsonContext Relaxed =>
        _relaxed ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
