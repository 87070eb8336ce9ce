using System.Collections.Concurrent;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Data;
using MuhanRubric.Domain;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;

namespace MuhanRubric.Scoring;

/// <summary>
/// A rubric prepared for scoring: each indicator's scale per group is resolved once, so scoring a municipality
/// walks flat arrays. Immutable and thread-safe; score as many datasets as you like.
/// </summary>
/// <remarks>
/// <para>Population-based scales are resolved on each scored dataset (on all its municipalities, or on the group's
/// members for a group override) and the cut-offs are frozen into the result; pass a result's
/// <see cref="ScoringResult.FrozenScales"/> back to <see cref="Score(EvaluationDataset, IReadOnlyList{FrozenScale})"/>
/// to score other data with the same cut-offs.</para>
/// <para>Points are exact decimals rounded to <see cref="Rubric.PointsDecimals"/> (half away from zero); totals are
/// exact sums. Ranks compare <see cref="ScoreCard.NormalizedTotal"/>, highest first, competition ranking.</para>
/// </remarks>
public sealed class CompiledRubric
{
    private readonly CompiledIndicator[] _indicators;

    internal CompiledRubric(Rubric rubric)
    {
        Rubric = rubric;
        _indicators = [.. rubric.Areas.SelectMany(a => a.Indicators.Select(i => new CompiledIndicator(a.Code, i, rubric)))];
    }

    /// <summary>The rubric.</summary>
    public Rubric Rubric { get; }

    /// <summary>Scores every municipality of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The score cards, ranks and frozen cut-offs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ScoringException">A value is missing where the policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public ScoringResult Score(EvaluationDataset dataset) => Score(dataset, []);

    /// <summary>Scores every municipality, reusing the population cut-offs of an earlier run where given.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="frozen">Cut-offs to reuse (matched by indicator and group and rule); others are computed.</param>
    /// <returns>The score cards, ranks and the cut-offs used.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">A value is missing where the policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public ScoringResult Score(EvaluationDataset dataset, IReadOnlyList<FrozenScale> frozen)
    {
        Guard.Against.Null(dataset);
        Guard.Against.Null(frozen);
        var frozenUsed = new List<FrozenScale>();
        var resolved = new Dictionary<(int, string?), BandScale?>();
        for (var i = 0; i < _indicators.Length; i++)
        {
            foreach (var (group, scale) in _indicators[i].PopulationScales())
            {
                var (bands, record) = Resolve(dataset, _indicators[i], group, scale, frozen);
                resolved[(i, group)] = bands;
                if (record is not null)
                {
                    frozenUsed.Add(record);
                }
            }
        }

        var cards = new List<ScoreCard>(dataset.Municipalities.Count);
        foreach (var record in dataset.Municipalities)
        {
            cards.Add(ScoreOne(record, resolved));
        }

        var ranks = new MeasureSeries("normalized total", cards.Select(c => new Observation(c.Municipality, c.NormalizedTotal))).Rank();
        var rankOf = ranks.ToDictionary(r => r.Municipality, r => (int)r.Rank);
        foreach (var card in cards)
        {
            card.Rank = rankOf[card.Municipality];
        }

        return new ScoringResult(Rubric, cards, frozenUsed);
    }

    private ScoreCard ScoreOne(MunicipalityRecord record, Dictionary<(int, string?), BandScale?> resolved)
    {
        var scores = new IndicatorScore[_indicators.Length];
        for (var i = 0; i < _indicators.Length; i++)
        {
            scores[i] = _indicators[i].Score(record, i, resolved);
        }

        var areas = new List<AreaSubtotal>(Rubric.Areas.Count);
        for (var a = 0; a < Rubric.Areas.Count; a++)
        {
            var area = Rubric.Areas[a];
            decimal points = 0, maximum = 0;
            foreach (var score in scores)
            {
                if (score.AreaCode == area.Code)
                {
                    points += score.Points;
                    maximum += score.MaximumPoints;
                }
            }

            areas.Add(new AreaSubtotal(area.Code, points, maximum));
        }

        decimal total = 0, max = 0;
        foreach (var area in areas)
        {
            total += area.Points;
            max += area.MaximumPoints;
        }

        var normalized = max == 0 ? 0 : Math.Round(total * Rubric.MaximumPoints / max, Rubric.PointsDecimals, MidpointRounding.AwayFromZero);
        return new ScoreCard(record.Municipality, scores, areas, total, max, normalized);
    }

    private static (BandScale? Bands, FrozenScale? Record) Resolve(EvaluationDataset dataset, CompiledIndicator indicator, string? group, PopulationBandScale scale, IReadOnlyList<FrozenScale> frozen)
    {
        var rule = scale.Describe();
        var reuse = frozen.FirstOrDefault(f => f.IndicatorCode == indicator.Definition.Code && f.Group == group && f.Rule == rule);
        if (reuse is not null)
        {
            var values = reuse.Cutoffs.ToDictionary(c => c.Cutoff, c => c.Value);
            var fixedBands = scale.Bands.Select(b => new Band(b.Points, [new Interval(
                b.Lower is null ? null : values[b.Lower], b.LowerInclusive, b.Upper is null ? null : values[b.Upper], b.UpperInclusive)], b.Describe())).ToList();
            var reused = new BandScale(fixedBands, scale.OtherwisePoints, scale.Provenance);
            return (reused, reuse);
        }

        var members = group is null ? null : indicator.GroupMembers(group);
        var population = new MeasureSeries(
            indicator.Definition.Code,
            dataset.Municipalities
                .Where(r => members is null || members.Contains(r.Municipality))
                .Where(r => indicator.Definition.NotApplicable?.Municipalities.Contains(r.Municipality) != true)
                .Select(r => new Observation(r.Municipality, indicator.Definition.Measure?.Evaluate(r).Value)))
            .Describe(scale.QuantileDefinition);
        var bands = scale.Resolve(population);
        var cutoffs = scale.Bands.SelectMany(b => new[] { b.Lower, b.Upper }).Where(c => c is not null).Distinct()
            .Select(c => new FrozenCutoff(c!, c!.Resolve(population) ?? 0m)).ToList();
        return (bands, new FrozenScale(indicator.Definition.Code, group, rule, cutoffs, bands?.Describe() ?? "not computable"));
    }
}

/// <summary>Scoring extensions on <see cref="Rubric"/>.</summary>
public static class RubricScoring
{
    /// <summary>Prepares a rubric for scoring.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>The compiled rubric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is null.</exception>
    public static CompiledRubric Compile(this Rubric rubric) => new(Guard.Against.Null(rubric));

    /// <summary>Compiles the rubric and scores a dataset.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">A value is missing where the policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public static ScoringResult Score(this Rubric rubric, EvaluationDataset dataset) => rubric.Compile().Score(dataset);
}

/// <summary>One indicator, prepared: which scale applies to whom, and how to explain a result.</summary>
internal sealed class CompiledIndicator
{
    private readonly string _areaCode;
    private readonly Rubric _rubric;
    private readonly (string Group, HashSet<Municipality> Members, GroupOverride Override)[] _overrides;
    private readonly MissingDataPolicy _policy;
    private readonly string _label;
    private readonly string _koreanLabel;
    private readonly (string English, string Korean) _excluded;
    private readonly (string English, string Korean) _notApplicable;
    private readonly (string English, string Korean) _ratioOverZero;

    // The text of a band does not depend on the value: it is built once per band, then reused.
    private readonly ConcurrentDictionary<Band, (string Hit, string KoreanHit)> _bandTexts = new();
    private readonly ConcurrentDictionary<string, (string English, string Korean)> _unspecifiedTexts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Interval, (string Notation, string Korean)> _intervalTexts = new();

    public CompiledIndicator(string areaCode, Indicator indicator, Rubric rubric)
    {
        _areaCode = areaCode;
        _rubric = rubric;
        Definition = indicator;
        _label = $"{indicator.Code} {indicator.EnglishName}";
        _koreanLabel = $"{indicator.Code} {indicator.KoreanName}";

        // Outcomes that do not depend on the value are explained once, and every card shares the text.
        _excluded = indicator.ExclusionReason is { } reason
            ? ($"{_label}: excluded from the rubric ({reason}); not counted in the maximum", $"{_koreanLabel}: 평가에서 제외 ({reason}); 만점에서 제외")
            : default;
        _notApplicable = indicator.NotApplicable is { } rule
            ? ($"{_label}: not applicable ({rule.Reason}); not counted in the maximum", $"{_koreanLabel}: 해당 없음 ({rule.Reason}); 만점에서 제외")
            : default;
        _ratioOverZero = ($"{_label}: {indicator.Measure} is not applicable here (a ratio over zero); not counted in the maximum", $"{_koreanLabel}: {indicator.Measure} 값이 정의되지 않음(0으로 나눔); 만점에서 제외");
        _policy = indicator.MissingData ?? rubric.MissingData;
        _overrides = [.. indicator.GroupOverrides.Select(o => (o.Group, new HashSet<Municipality>(rubric.Group(o.Group)?.Members ?? []), o))];
    }

    public Indicator Definition { get; }

    public HashSet<Municipality>? GroupMembers(string group) => _overrides.FirstOrDefault(o => o.Group == group).Members;

    public IEnumerable<(string? Group, PopulationBandScale Scale)> PopulationScales()
    {
        if (Definition.Scale is PopulationBandScale own)
        {
            yield return (null, own);
        }

        foreach (var (group, _, groupOverride) in _overrides)
        {
            if (groupOverride.Scale is PopulationBandScale scale)
            {
                yield return (group, scale);
            }
        }
    }

    public IndicatorScore Score(MunicipalityRecord record, int index, Dictionary<(int, string?), BandScale?> resolved)
    {
        var municipality = record.Municipality;
        string? group = null;
        var scale = Definition.Scale;
        var maximum = Definition.MaximumPoints;
        foreach (var (name, members, groupOverride) in _overrides)
        {
            if (members.Contains(municipality))
            {
                group = name;
                scale = groupOverride.Scale;
                maximum = groupOverride.MaximumPoints ?? maximum;
                break;
            }
        }

        var label = _label;
        var koLabel = _koreanLabel;
        if (Definition.ExclusionReason is { } reason)
        {
            return NotScored(IndicatorStatus.Excluded, group, _excluded.English, _excluded.Korean);
        }

        if (scale is UnspecifiedScale unspecified)
        {
            var texts = _unspecifiedTexts.GetOrAdd(unspecified.Printed, static (printed, labels) => (
                $"{labels.English}: the scale is not specified ({printed}); not scored, not counted in the maximum",
                $"{labels.Korean}: 평가척도 미제시로 채점하지 않음; 만점에서 제외"), (English: _label, Korean: _koreanLabel));
            return NotScored(IndicatorStatus.Unspecified, group, texts.English, texts.Korean);
        }

        if (Definition.NotApplicable is { } rule && rule.Municipalities.Contains(municipality))
        {
            return NotScored(IndicatorStatus.NotApplicable, group, _notApplicable.English, _notApplicable.Korean);
        }

        if (scale is ChecklistScale checklist)
        {
            return Checklist(record, checklist, maximum, group, label, koLabel);
        }

        var value = Definition.Measure!.Evaluate(record);
        if (value.IsNotApplicable)
        {
            return NotScored(IndicatorStatus.NotApplicable, group, _ratioOverZero.English, _ratioOverZero.Korean);
        }

        if (value.Value is not { } raw)
        {
            return Missing(municipality, maximum, group, label, koLabel);
        }

        if (scale is ProportionalScale proportional)
        {
            var share = proportional.PointsFor(raw) * (maximum / proportional.MaximumPoints);
            var points = Round(share);
            return new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Scored, raw, "proportional", points, maximum, group, null,
                string.Create(CultureInfo.InvariantCulture, $"{label}: {raw:0.####} → {points:0.####} of {maximum:0.####} points (0 at {proportional.ZeroAt:0.####}, full at {proportional.FullAt:0.####})"),
                string.Create(CultureInfo.InvariantCulture, $"{koLabel}: {raw:0.####} → {maximum:0.####}점 중 {points:0.####}점 ({proportional.ZeroAt:0.####}에서 0점, {proportional.FullAt:0.####}에서 만점)"));
        }

        var bands = scale as BandScale ?? resolved.GetValueOrDefault((index, group));
        if (bands is null)
        {
            return NotScored(IndicatorStatus.Unspecified, group, $"{label}: the population cut-offs cannot be computed; not scored", $"{koLabel}: 모집단 기준값을 계산할 수 없어 채점하지 않음");
        }

        return Bands(raw, bands, maximum, group, label, koLabel);
    }

    private IndicatorScore Bands(decimal raw, BandScale scale, decimal maximum, string? group, string label, string koLabel)
    {
        Band? hit = null;
        for (var b = 0; b < scale.Bands.Count; b++)
        {
            var band = scale.Bands[b];
            if (band.Contains(raw))
            {
                hit = band;
                break;
            }
        }

        var points = hit?.Points ?? scale.OtherwisePoints ?? 0m;
        var (hitText, hitKorean) = hit is null
            ? (scale.OtherwisePoints is null ? ("outside every band", "어느 구간에도 속하지 않음") : ("otherwise", "기타 구간"))
            : _bandTexts.GetOrAdd(hit, static band => (
                band.Label ?? string.Join(" ∪ ", band.Intervals),
                band.Label ?? string.Join(" 또는 ", band.Intervals.Select(i => i.ToKoreanString()))));
        var next = NextBetter(raw, points, scale);
        var target = next is null ? default : _intervalTexts.GetOrAdd(next.Interval, static i => (i.ToString(), i.ToKoreanString()));
        var nextText = next is null ? "the best band" : string.Create(CultureInfo.InvariantCulture, $"{next.Distance:0.####} {(next.Upwards ? "more" : "less")} reaches {target.Notation} for {next.Points:0.####} points");
        var nextKorean = next is null ? "최고 구간" : string.Create(CultureInfo.InvariantCulture, $"{next.Distance:0.####} {(next.Upwards ? "높으면" : "낮으면")} {target.Korean} 구간({next.Points:0.####}점)");
        return new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Scored, raw, hitText, points, maximum, group, next,
            string.Create(CultureInfo.InvariantCulture, $"{label}: {raw:0.####} is in {hitText} → {points:0.####} of {maximum:0.####} points; {nextText}{GroupNote(group)}"),
            string.Create(CultureInfo.InvariantCulture, $"{koLabel}: {raw:0.####}은(는) {hitKorean} → {maximum:0.####}점 중 {points:0.####}점; {nextKorean}{GroupNote(group)}"));
    }

    private static NextBetterBand? NextBetter(decimal value, decimal points, BandScale scale)
    {
        NextBetterBand? best = null;
        // Index loops: enumerating an IReadOnlyList through its interface would allocate on every score.
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

    private IndicatorScore Checklist(MunicipalityRecord record, ChecklistScale checklist, decimal maximum, string? group, string label, string koLabel)
    {
        // Count the criteria met without collecting them; the labels are joined only into the explanation.
        var count = 0;
        string? firstUnmet = null;
        var metLabels = string.Empty;
        for (var c = 0; c < checklist.Criteria.Count; c++)
        {
            var criterion = checklist.Criteria[c];
            var value = criterion.Expression.Evaluate(record);
            if (value.Value is not { } v)
            {
                return Missing(record.Municipality, maximum, group, label, koLabel);
            }

            if (criterion.Condition.Contains(v))
            {
                metLabels = count == 0 ? criterion.Label : string.Concat(metLabels, ", ", criterion.Label);
                count++;
            }
            else
            {
                firstUnmet ??= criterion.Label;
            }
        }

        var points = checklist.PointsByCount[count];
        var hit = string.Create(CultureInfo.InvariantCulture, $"{count} of {checklist.Criteria.Count} criteria");
        var next = firstUnmet is not null
            ? string.Create(CultureInfo.InvariantCulture, $"meeting '{firstUnmet}' too gives {checklist.PointsByCount[count + 1]:0.####} points")
            : "every criterion holds";
        var nextKorean = firstUnmet is not null
            ? string.Create(CultureInfo.InvariantCulture, $"'{firstUnmet}' 충족 시 {checklist.PointsByCount[count + 1]:0.####}점")
            : "모든 기준 충족";
        return new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Scored, count, hit, points, maximum, group, null,
            string.Create(CultureInfo.InvariantCulture, $"{label}: {hit} hold ({metLabels}) → {points:0.####} of {maximum:0.####} points; {next}{GroupNote(group)}"),
            string.Create(CultureInfo.InvariantCulture, $"{koLabel}: {checklist.Criteria.Count}개 기준 중 {count}개 충족 → {maximum:0.####}점 중 {points:0.####}점; {nextKorean}{GroupNote(group)}"));
    }

    private IndicatorScore Missing(Municipality municipality, decimal maximum, string? group, string label, string koLabel) => _policy switch
    {
        MissingDataPolicy.Fail => throw new ScoringException(municipality, Definition.Code,
            $"{municipality.Code}: {Definition.Code} reads {Definition.Measure?.ToString() ?? "its criteria"}, whose value is missing, and the policy is Fail."),
        MissingDataPolicy.ScoreZero => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, maximum, group, null,
            string.Create(CultureInfo.InvariantCulture, $"{label}: value missing (blank in the report); scored 0 of {maximum:0.####} points (policy ScoreZero)"),
            string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음(보고서 공란); {maximum:0.####}점 중 0점 (정책: 0점 처리)")),
        _ => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, 0m, group, null,
            string.Create(CultureInfo.InvariantCulture, $"{label}: value missing (blank in the report); excluded, the maximum drops by {maximum:0.####} points (policy ExcludeAndRescale)"),
            string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음(보고서 공란); 제외하고 만점에서 {maximum:0.####}점 차감 (정책: 제외 후 환산)")),
    };

    private IndicatorScore NotScored(IndicatorStatus status, string? group, string explanation, string korean) =>
        new(Definition.Code, _areaCode, status, null, null, 0m, 0m, group, null, explanation, korean);

    private decimal Round(decimal points) => Math.Round(points, _rubric.PointsDecimals, MidpointRounding.AwayFromZero);

    private static string GroupNote(string? group) => group is null ? string.Empty : $" [group {group}]";

}
