using System.Globalization;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Scoring;

/// <summary>
/// How one indicator's results read, in English and Korean: rendered on demand from a <see cref="ScoreMatrix"/> cell,
/// never in the scoring loop. Texts that do not depend on the value are built once, here, and shared by every card.
/// </summary>
internal sealed class IndicatorTexts
{
    private readonly KernelIndicator _indicator;
    private readonly string _label;
    private readonly string _koreanLabel;
    private readonly (string English, string Korean) _excluded;
    private readonly (string English, string Korean) _notApplicable;
    private readonly (string English, string Korean) _ratioOverZero;
    private readonly (string English, string Korean) _notComputable;
    private readonly VariantTexts[] _variants;

    public IndicatorTexts(KernelIndicator indicator)
    {
        _indicator = indicator;
        var definition = indicator.Definition;
        _label = $"{definition.Code} {definition.EnglishName}";
        _koreanLabel = $"{definition.Code} {definition.KoreanName}";
        _excluded = definition.ExclusionReason is { } reason
            ? ($"{_label}: excluded from the rubric ({reason}); not counted in the maximum", $"{_koreanLabel}: 평가에서 제외 ({reason}); 만점에서 제외")
            : default;
        _notApplicable = definition.NotApplicable is { } rule
            ? ($"{_label}: not applicable ({rule.Reason}); not counted in the maximum", $"{_koreanLabel}: 해당 없음 ({rule.Reason}); 만점에서 제외")
            : default;
        _ratioOverZero = ($"{_label}: {definition.Measure} is not applicable here (a ratio over zero); not counted in the maximum", $"{_koreanLabel}: {definition.Measure} 값이 정의되지 않음(0으로 나눔); 만점에서 제외");
        _notComputable = ($"{_label}: the population cut-offs cannot be computed; not scored", $"{_koreanLabel}: 모집단 기준값을 계산할 수 없어 채점하지 않음");
        _variants = [.. indicator.Variants.Select(v => new VariantTexts(v, _label, _koreanLabel))];
    }

    /// <summary>The band, category or checklist outcome hit, as text; null when not scored.</summary>
    public string? Hit(ScoreMatrix matrix, int cell) => matrix.Outcomes[cell] switch
    {
        CellOutcome.Scored => _variants[Variant(matrix, cell)].Hit(matrix.Bands[cell]),
        CellOutcome.MissingBlank or CellOutcome.MissingShareUnavailable => "missing",
        _ => null,
    };

    /// <summary>The value read: the raw value of a band or proportional scale, the criteria met of a checklist; null when not scored.</summary>
    public decimal? RawValue(ScoringResult result, int unit, int cell)
    {
        var matrix = result.Matrix;
        if (matrix.Outcomes[cell] != CellOutcome.Scored)
        {
            return null;
        }

        return _indicator.Variants[Variant(matrix, cell)].Criteria is not null
            ? matrix.Bands[cell]
            : _indicator.Measure!.Evaluate(result.Measurements, unit, result.Run.Measures).Value;
    }

    /// <summary>The nearest better band from the value, or null at the top or for other scales.</summary>
    public NextBetterBand? Next(ScoringResult result, int unit, int cell)
    {
        var matrix = result.Matrix;
        return matrix.Outcomes[cell] == CellOutcome.Scored && BandsOf(result, cell) is { } bands
            ? NextBetter(RawValue(result, unit, cell)!.Value, matrix.CellPoints[cell], bands)
            : null;
    }

    /// <summary>One line in English and one in Korean.</summary>
    public (string English, string Korean) Explain(ScoringResult result, int unit, int cell)
    {
        var matrix = result.Matrix;
        var variant = _indicator.Variants[Variant(matrix, cell)];
        var texts = _variants[Variant(matrix, cell)];
        string label = _label, koLabel = _koreanLabel;
        var points = matrix.CellPoints[cell];
        var maximum = variant.Maximum;
        switch (matrix.Outcomes[cell])
        {
            case CellOutcome.Excluded:
                return _excluded;
            case CellOutcome.Unspecified:
                return texts.Unspecified;
            case CellOutcome.NotApplicableDeclared:
                return _notApplicable;
            case CellOutcome.NotApplicableValue:
                return _ratioOverZero;
            case CellOutcome.CutoffsNotComputable:
                return _notComputable;
            case CellOutcome.MissingBlank or CellOutcome.MissingShareUnavailable:
                var (why, koWhy) = matrix.Outcomes[cell] == CellOutcome.MissingShareUnavailable
                    ? ("a share neither given beside the count nor derivable", "비율 미기재, 산출 불가")
                    : ("blank", "공란");
                return _indicator.Policy == MissingDataPolicy.ScoreZero
                    ? (string.Create(CultureInfo.InvariantCulture, $"{label}: value missing ({why}); scored 0 of {maximum:0.####} points (policy ScoreZero)"),
                       string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음({koWhy}); {maximum:0.####}점 중 0점 (정책: 0점 처리)"))
                    : (string.Create(CultureInfo.InvariantCulture, $"{label}: value missing ({why}); excluded, the maximum drops by {maximum:0.####} points (policy ExcludeAndRescale)"),
                       string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음({koWhy}); 제외하고 만점에서 {maximum:0.####}점 차감 (정책: 제외 후 환산)"));
            default:
                break;
        }

        if (variant.Scale is ChecklistScale checklist)
        {
            return Checklist(result, unit, checklist, variant, points, maximum);
        }

        var raw = RawValue(result, unit, cell)!.Value;
        if (variant.Scale is ProportionalScale proportional)
        {
            return (string.Create(CultureInfo.InvariantCulture, $"{label}: {raw:0.####} → {points:0.####} of {maximum:0.####} points (0 at {proportional.ZeroAt:0.####}, full at {proportional.FullAt:0.####})"),
                string.Create(CultureInfo.InvariantCulture, $"{koLabel}: {raw:0.####} → {maximum:0.####}점 중 {points:0.####}점 ({proportional.ZeroAt:0.####}에서 0점, {proportional.FullAt:0.####}에서 만점)"));
        }

        var (hitText, hitKorean) = texts.Hits(matrix.Bands[cell]);
        var next = NextBetter(raw, points, BandsOf(result, cell)!);
        var target = next is null ? default : (Notation: next.Interval.ToString(), Korean: next.Interval.ToKoreanString());
        // Past an exclusive edge no fixed distance is enough ("0 more" would be false): name the edge instead.
        var edge = next is null ? null : next.Upwards ? (next.Interval.LowerInclusive ? null : next.Interval.Lower) : (next.Interval.UpperInclusive ? null : next.Interval.Upper);
        var nextText = next is null ? "the best band"
            : edge is { } open ? string.Create(CultureInfo.InvariantCulture, $"a value {(next.Upwards ? "above" : "below")} {open:0.####} reaches {target.Notation} for {next.Points:0.####} points")
            : string.Create(CultureInfo.InvariantCulture, $"{next.Distance:0.####} {(next.Upwards ? "more" : "less")} reaches {target.Notation} for {next.Points:0.####} points");
        var nextKorean = next is null ? "최고 구간"
            : edge is { } openKo ? string.Create(CultureInfo.InvariantCulture, $"{openKo:0.####} {(next.Upwards ? "초과" : "미만")}이면 {target.Korean} 구간({next.Points:0.####}점)")
            : string.Create(CultureInfo.InvariantCulture, $"{next.Distance:0.####} {(next.Upwards ? "높으면" : "낮으면")} {target.Korean} 구간({next.Points:0.####}점)");
        return (string.Create(CultureInfo.InvariantCulture, $"{label}: {raw:0.####} is in {hitText} → {points:0.####} of {maximum:0.####} points; {nextText}{GroupNote(variant.Group)}"),
            string.Create(CultureInfo.InvariantCulture, $"{koLabel}: {raw:0.####}은(는) {hitKorean} → {maximum:0.####}점 중 {points:0.####}점; {nextKorean}{GroupNote(variant.Group)}"));
    }

    private (string English, string Korean) Checklist(ScoringResult result, int unit, ChecklistScale checklist, ScaleVariant variant, decimal points, decimal maximum)
    {
        // The criteria are read again: the matrix keeps only how many were met.
        var count = 0;
        string? firstUnmet = null;
        var metLabels = string.Empty;
        for (var c = 0; c < checklist.Criteria.Count; c++)
        {
            var criterion = checklist.Criteria[c];
            var value = variant.Criteria![c].Evaluate(result.Measurements, unit, result.Run.Measures).Value!.Value;
            if (criterion.Condition.Contains(value))
            {
                metLabels = count == 0 ? criterion.Label : string.Concat(metLabels, ", ", criterion.Label);
                count++;
            }
            else
            {
                firstUnmet ??= criterion.Label;
            }
        }

        var hit = string.Create(CultureInfo.InvariantCulture, $"{count} of {checklist.Criteria.Count} criteria");
        var next = firstUnmet is not null
            ? string.Create(CultureInfo.InvariantCulture, $"meeting '{firstUnmet}' too gives {checklist.PointsByCount[count + 1]:0.####} points")
            : "every criterion holds";
        var nextKorean = firstUnmet is not null
            ? string.Create(CultureInfo.InvariantCulture, $"'{firstUnmet}' 충족 시 {checklist.PointsByCount[count + 1]:0.####}점")
            : "모든 기준 충족";
        return (string.Create(CultureInfo.InvariantCulture, $"{_label}: {hit} hold ({metLabels}) → {points:0.####} of {maximum:0.####} points; {next}{GroupNote(variant.Group)}"),
            string.Create(CultureInfo.InvariantCulture, $"{_koreanLabel}: {checklist.Criteria.Count}개 기준 중 {count}개 충족 → {maximum:0.####}점 중 {points:0.####}점; {nextKorean}{GroupNote(variant.Group)}"));
    }

    /// <summary>The fixed bands a scored band cell used (the scale's, or the population's resolved for this table); null for other scales.</summary>
    private BandScale? BandsOf(ScoringResult result, int cell)
    {
        var variant = _indicator.Variants[Variant(result.Matrix, cell)];
        return variant.Scale switch
        {
            BandScale bands => bands,
            PopulationBandScale => result.PopulationBands(variant.PopulationSlot),
            _ => null,
        };
    }

    private static int Variant(ScoreMatrix matrix, int cell) => matrix.Variants?[cell] ?? 0;

    private static NextBetterBand? NextBetter(decimal value, decimal points, BandScale scale)
    {
        NextBetterBand? best = null;
        for (var b = 0; b < scale.Bands.Count; b++)
        {
            var band = scale.Bands[b];
            if (band.Points <= points)
            {
                continue;
            }

            for (var n = 0; n < band.Intervals.Count; n++)
            {
                var interval = band.Intervals[n];
                var (distance, upwards) = interval.Lower is { } lo && value < lo ? (lo - value, true)
                    : interval.Lower is { } lo2 && value == lo2 && !interval.LowerInclusive ? (0m, true)
                    : interval.Upper is { } hi && value > hi ? (value - hi, false)
                    : interval.Upper is { } hi2 && value == hi2 && !interval.UpperInclusive ? (0m, false)
                    : (decimal.MaxValue, true);
                if (distance == decimal.MaxValue)
                {
                    continue;
                }

                if (best is null || distance < best.Distance || (distance == best.Distance && band.Points > best.Points))
                {
                    best = new NextBetterBand(band.Points, interval, distance, upwards);
                }
            }
        }

        return best;
    }

    private static string GroupNote(string? group) => group is null ? string.Empty : $" [group {group}]";

    /// <summary>The texts of one scale that do not depend on the value.</summary>
    private sealed class VariantTexts
    {
        private readonly (string English, string Korean)[] _bandHits;
        private readonly string[] _checklistHits;
        private readonly (string English, string Korean) _noBand;

        public VariantTexts(ScaleVariant variant, string label, string koreanLabel)
        {
            switch (variant.Scale)
            {
                case BandScale bands:
                    _bandHits = [.. bands.Bands.Select(b => (b.Label ?? string.Join(" ∪ ", b.Intervals), b.Label ?? string.Join(" 또는 ", b.Intervals.Select(i => i.ToKoreanString()))))];
                    break;
                case PopulationBandScale population:
                    // A resolved population band is labelled with its definition, in both languages.
                    _bandHits = [.. population.Bands.Select(b => (b.Label ?? b.Describe(), b.Label ?? b.Describe()))];
                    break;
                default:
                    _bandHits = [];
                    break;
            }

            var otherwise = variant.Scale switch
            {
                BandScale b => b.OtherwisePoints,
                PopulationBandScale p => p.OtherwisePoints,
                _ => null,
            };
            _noBand = otherwise is null ? ("outside every band", "어느 구간에도 속하지 않음") : ("otherwise", "기타 구간");
            var criteria = variant.Scale is ChecklistScale checklist ? checklist.Criteria.Count : -1;
            _checklistHits = [.. Enumerable.Range(0, criteria + 1).Select(count => string.Create(CultureInfo.InvariantCulture, $"{count} of {criteria} criteria"))];
            Unspecified = variant.Scale is UnspecifiedScale unspecified
                ? ($"{label}: the scale is not specified ({unspecified.Printed}); not scored, not counted in the maximum", $"{koreanLabel}: 평가척도 미제시로 채점하지 않음; 만점에서 제외")
                : default;
            IsProportional = variant.Scale is ProportionalScale;
        }

        public (string English, string Korean) Unspecified { get; }

        private bool IsProportional { get; }

        public string Hit(int band) => IsProportional ? "proportional" : _checklistHits.Length > 0 ? _checklistHits[band] : Hits(band).English;

        public (string English, string Korean) Hits(int band) => band >= 0 ? _bandHits[band] : _noBand;
    }
}
