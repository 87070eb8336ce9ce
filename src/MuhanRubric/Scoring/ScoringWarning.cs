using System.Collections.Immutable;
using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Scoring;

/// <summary>What a <see cref="ScoringWarning"/> is about.</summary>
public enum ScoringWarningKind
{
    /// <summary>A rubric reads a share that is neither given beside the count nor derivable: it was read as missing.</summary>
    ShareUnavailable,

    /// <summary>
    /// A value lies outside its measure's expected range (a share of 110 %, say); it was scored as given, or capped where
    /// the rubric reads it through a minimum with a constant.
    /// </summary>
    OutsideExpectedRange,

    /// <summary>An indicator was scored for some units and left out (missing or not applicable) for others.</summary>
    PartlyScored,

    /// <summary>An indicator was left out for every unit: it scores nothing in this run.</summary>
    ScoredForNoUnit,

    /// <summary>Units had no data at all (a 시군 that did not submit).</summary>
    UnitsWithoutData,

    /// <summary>A group override applies to no unit of the data.</summary>
    EmptyGroup,
}

/// <summary>Something a reader of a scoring result must know, in English and Korean.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="IndicatorCode">The indicator, when it is about one.</param>
/// <param name="MeasureId">The measure, when it is about one.</param>
/// <param name="Units">The units concerned.</param>
/// <param name="Message">One line in English.</param>
/// <param name="KoreanMessage">One line in Korean.</param>
public sealed record ScoringWarning(
    ScoringWarningKind Kind, string? IndicatorCode, string? MeasureId, ImmutableArray<Municipality> Units, string Message, string KoreanMessage)
{
    /// <inheritdoc/>
    public bool Equals(ScoringWarning? other) =>
        other is not null && Kind == other.Kind && IndicatorCode == other.IndicatorCode && MeasureId == other.MeasureId
        && Units.SequenceEqual(other.Units) && Message == other.Message && KoreanMessage == other.KoreanMessage;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, IndicatorCode, MeasureId, Units.Length, Message);

    /// <summary>The English message.</summary>
    /// <returns><see cref="Message"/>.</returns>
    public override string ToString() => Message;
}

/// <summary>Collects the warnings of one scoring run, after the cards are scored.</summary>
internal static class ScoringWarnings
{
    private static readonly Interval Percentages = Interval.Closed(0, 100);

    public static IReadOnlyList<ScoringWarning> Collect(ScoringResult result)
    {
        var table = result.Measurements;
        var indicators = result.Kernel.Indicators;
        var warnings = new List<ScoringWarning>();
        if (table.UnitsWithoutData.Length > 0)
        {
            var units = table.UnitsWithoutData;
            warnings.Add(new(ScoringWarningKind.UnitsWithoutData, null, null, units,
                string.Create(CultureInfo.InvariantCulture, $"no data for {units.Length} of {table.Units.Count} units ({Codes(units)}): every indicator is missing for them"),
                string.Create(CultureInfo.InvariantCulture, $"{table.Units.Count}개 중 {units.Length}개 단위의 자료 없음 ({Codes(units)}): 모든 지표가 결측")));
        }

        var scored = indicators.Where(i => i.Definition.IsScored).ToList();
        foreach (var indicator in scored)
        {
            EmptyGroups(indicator, table, warnings);
            UnavailableShares(indicator, table, warnings);
        }

        OutsideRanges(scored, table, warnings);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (indicators[i].Definition.IsScored)
            {
                LeftOut(indicators[i].Definition.Code, i, result, warnings);
            }
        }

        return [.. warnings];
    }

    private static void EmptyGroups(KernelIndicator indicator, MeasurementTable table, List<ScoringWarning> warnings)
    {
        foreach (var group in indicator.Definition.GroupOverrides.Select(o => o.Group))
        {
            if (!table.Units.Any(u => indicator.IsInGroup(u, group)))
            {
                var code = indicator.Definition.Code;
                warnings.Add(new(ScoringWarningKind.EmptyGroup, code, null, [],
                    $"{code}: group '{group}' has no member among the {table.Units.Count} units; its override applies to nobody",
                    $"{code}: '{group}' 집단에 속한 단위가 없어 집단별 기준이 적용되지 않음"));
            }
        }
    }

    private static void UnavailableShares(KernelIndicator indicator, MeasurementTable table, List<ScoringWarning> warnings)
    {
        var code = indicator.Definition.Code;
        foreach (var field in Fields(indicator.Definition).Where(f => f.Part == ValuePart.Percent).Distinct())
        {
            var m = table.MeasureIndex(field.MeasureId);
            ImmutableArray<Municipality> units = [.. table.Rows
                .Where(r => !indicator.IsDeclaredNotApplicable(r.Unit) && table.Read(r.Index, m, ValuePart.Percent).Status == ReadingStatus.ShareUnavailable)
                .Select(r => r.Unit)];
            if (units.Length > 0)
            {
                var why = table.Measures[m].ShareDenominator is null ? "no denominator is declared" : "its denominator is missing";
                warnings.Add(new(ScoringWarningKind.ShareUnavailable, code, field.MeasureId, units,
                    string.Create(CultureInfo.InvariantCulture, $"{code}: the share of {field.MeasureId} is not given beside the count and cannot be derived ({why}) for {units.Length} of {table.Units.Count} units ({Codes(units)}); read as missing"),
                    string.Create(CultureInfo.InvariantCulture, $"{code}: {field.MeasureId}의 비율이 기재되지 않았고 산출할 수 없어 {table.Units.Count}개 중 {units.Length}개 단위에서 결측 처리 ({Codes(units)})")));
            }
        }
    }

    private static void OutsideRanges(IReadOnlyList<KernelIndicator> scored, MeasurementTable table, List<ScoringWarning> warnings)
    {
        var fields = scored.SelectMany(i => Fields(i.Definition).Select(f => (Field: f, Indicator: i)))
            .GroupBy(x => x.Field)
            .Select(g => (g.Key, Readers: g.Select(x => x.Indicator).Distinct().ToList()));
        foreach (var (field, readers) in fields)
        {
            var codes = readers.Select(i => i.Definition.Code).Distinct().ToList();
            var m = table.MeasureIndex(field.MeasureId);
            var range = field.Part == ValuePart.Percent ? Percentages : table.Measures[m].ExpectedRange;
            if (range is null)
            {
                continue;
            }

            // A value that every reader declares not applicable for the unit is not scored, so "scored as given" would be false.
            var outside = table.Rows
                .Where(r => readers.Any(i => !i.IsDeclaredNotApplicable(r.Unit)))
                .Select(r => (r.Unit, table.Read(r.Index, m, field.Part).Value))
                .Where(x => x.Value is { } v && !range.Contains(v))
                .ToList();
            if (outside.Count > 0)
            {
                // A reader that takes the field only through min(field, constant) caps it: then "scored as given" is false.
                var capped = readers.All(i => i.Definition.Measure is { } measure && IsCapped(measure, field));
                var values = string.Join(", ", outside.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Unit.Code} {x.Value:0.####}")));
                warnings.Add(new(ScoringWarningKind.OutsideExpectedRange, codes[0], field.MeasureId, [.. outside.Select(x => x.Unit)],
                    $"{field} ({string.Join(", ", codes)}): {values} outside the expected range {range}; {(capped ? "capped by the rubric's minimum before scoring" : "scored as given")}",
                    $"{field} ({string.Join(", ", codes)}): {values}이(가) 예상 범위 {range.ToKoreanString()}를 벗어남; {(capped ? "평가기준의 최솟값(min)으로 제한해 채점" : "그대로 채점")}"));
            }
        }
    }

    private static void LeftOut(string code, int index, ScoringResult result, List<ScoringWarning> warnings)
    {
        var matrix = result.Matrix;
        var units = result.Measurements.Units;
        var left = Enumerable.Range(0, matrix.UnitCount)
            .Where(u => matrix.Status(u, index) is IndicatorStatus.Missing or IndicatorStatus.NotApplicable && matrix.MaximumPoints(u, index) == 0)
            .ToList();
        if (left.Count == 0)
        {
            return;
        }

        var count = matrix.UnitCount;
        ImmutableArray<Municipality> leftUnits = [.. left.Select(u => units[u])];
        var detail = string.Join(", ", left.Select(u => $"{units[u].Code} {(matrix.Status(u, index) == IndicatorStatus.Missing ? "missing" : "not applicable")}"));
        var koDetail = string.Join(", ", left.Select(u => $"{units[u].Code} {(matrix.Status(u, index) == IndicatorStatus.Missing ? "결측" : "해당없음")}"));
        if (left.Count == count)
        {
            warnings.Add(new(ScoringWarningKind.ScoredForNoUnit, code, null, leftUnits,
                string.Create(CultureInfo.InvariantCulture, $"{code}: left out for every one of the {count} units; it scores nothing in this run"),
                string.Create(CultureInfo.InvariantCulture, $"{code}: {count}개 단위 모두에서 제외되어 이번 채점에 반영되지 않음")));
            return;
        }

        warnings.Add(new(ScoringWarningKind.PartlyScored, code, null, leftUnits,
            string.Create(CultureInfo.InvariantCulture, $"{code}: left out for {left.Count} of {count} units ({detail}); their totals are rescaled to the rubric's maximum"),
            string.Create(CultureInfo.InvariantCulture, $"{code}: {count}개 중 {left.Count}개 단위에서 제외 ({koDetail}); 해당 단위의 총점은 만점 기준으로 환산")));
    }

    /// <summary>Whether every occurrence of <paramref name="field"/> in <paramref name="expression"/> is a term of a minimum with a constant.</summary>
    private static bool IsCapped(MeasureExpression expression, FieldExpression field) => expression switch
    {
        FieldExpression f => f != field,
        CombinedExpression { Operator: ExpressionOperator.Minimum } minimum when minimum.Terms.Any(t => t is ConstantExpression) =>
            minimum.Terms.All(t => t == field || IsCapped(t, field)),
        CombinedExpression combined => combined.Terms.All(t => IsCapped(t, field)),
        _ => true,
    };

    private static IEnumerable<FieldExpression> Fields(Indicator indicator) =>
        (indicator.Measure?.Fields ?? []).Concat(indicator.Scale is ChecklistScale checklist ? checklist.Criteria.SelectMany(c => c.Expression.Fields) : []);

    private static string Codes(IEnumerable<Municipality> units)
    {
        var list = units.Select(u => u.Code).ToList();
        return list.Count <= 10 ? string.Join(", ", list) : string.Join(", ", list.Take(10)) + string.Create(CultureInfo.InvariantCulture, $", … ({list.Count - 10} more)");
    }
}
