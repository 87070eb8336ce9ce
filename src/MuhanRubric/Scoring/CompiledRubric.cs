using System.Collections.Concurrent;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Scoring;

/// <summary>
/// A rubric prepared for scoring: each indicator's scale per group is resolved once, so scoring a unit walks flat
/// arrays. Immutable and thread-safe; score as many measurement tables as you like.
/// </summary>
/// <remarks>
/// <para>A rubric reads measures by id: any table that declares them can be scored, whatever its units. Population-based
/// scales are resolved on each scored table (on all its units, or on the group's members for a group override) and the
/// cut-offs are frozen into the result; pass a result's <see cref="ScoringResult.FrozenScales"/> back to
/// <see cref="Score(MeasurementTable, IReadOnlyList{FrozenScale})"/> to score other data with the same cut-offs.</para>
/// <para>Points are exact decimals rounded to <see cref="Rubric.PointsDecimals"/> (half away from zero); totals are
/// exact sums. Ranks compare <see cref="ScoreCard.NormalizedTotal"/>, highest first, competition ranking.</para>
/// </remarks>
public sealed class CompiledRubric
{
    private const string NotComputable = "not computable";

    private readonly CompiledIndicator[] _indicators;

    internal CompiledRubric(Rubric rubric)
    {
        Rubric = rubric;
        _indicators = [.. rubric.Areas.SelectMany(a => a.Indicators.Select(i => new CompiledIndicator(a.Code, i, rubric)))];
        MeasureIds = [.. _indicators.Where(i => i.Definition.IsScored).SelectMany(i => i.MeasureIds).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The rubric.</summary>
    public Rubric Rubric { get; }

    /// <summary>The ids of the measures the rubric reads, in rubric order.</summary>
    public IReadOnlyList<string> MeasureIds { get; }

    /// <summary>Scores every unit of a measurement table.</summary>
    /// <param name="table">The measurements.</param>
    /// <returns>The score cards, ranks, frozen cut-offs and warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, or a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public ScoringResult Score(MeasurementTable table) => Score(table, []);

    /// <summary>Scores every unit, reusing the population cut-offs of an earlier run where given.</summary>
    /// <param name="table">The measurements.</param>
    /// <param name="frozen">Cut-offs to reuse (matched by indicator and group and rule); others are computed.</param>
    /// <returns>The score cards, ranks, the cut-offs used and warnings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, or a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public ScoringResult Score(MeasurementTable table, IReadOnlyList<FrozenScale> frozen)
    {
        Guard.Against.Null(table);
        Guard.Against.Null(frozen);
        var absent = MeasureIds.Where(id => !table.Measures.Contains(id)).ToList();
        if (absent.Count > 0)
        {
            var readers = _indicators.Where(i => i.ReadsAny(absent)).Select(i => i.Definition.Code);
            throw new ScoringException(null, null,
                $"'{table.Name}' does not hold {string.Join(", ", absent)}, which rubric '{Rubric.Name}' reads ({string.Join(", ", readers)}); add the measures to the data or drop the indicators.");
        }

        var frozenUsed = new List<FrozenScale>();
        var resolved = new Dictionary<(int, string?), BandScale?>();
        for (var i = 0; i < _indicators.Length; i++)
        {
            foreach (var (group, scale) in _indicators[i].PopulationScales())
            {
                var (bands, record) = Resolve(table, _indicators[i], group, scale, frozen);
                resolved[(i, group)] = bands;
                if (record is not null)
                {
                    frozenUsed.Add(record);
                }
            }
        }

        var cards = new List<ScoreCard>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            cards.Add(ScoreOne(row, resolved));
        }

        var ranks = new MeasureSeries("normalized total", cards.Select(c => new Observation(c.Municipality, c.NormalizedTotal))).Rank();
        var rankOf = ranks.ToDictionary(r => r.Municipality, r => (int)r.Rank);
        foreach (var card in cards)
        {
            card.Rank = rankOf[card.Municipality];
        }

        return new ScoringResult(Rubric, table, cards, frozenUsed, ScoringWarnings.Collect(Rubric, table, _indicators, cards));
    }

    private ScoreCard ScoreOne(MeasurementRow row, Dictionary<(int, string?), BandScale?> resolved)
    {
        var scores = new IndicatorScore[_indicators.Length];
        for (var i = 0; i < _indicators.Length; i++)
        {
            scores[i] = _indicators[i].Score(row, i, resolved);
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
        return new ScoreCard(row.Unit, scores, areas, total, max, normalized);
    }

    private static (BandScale? Bands, FrozenScale? Record) Resolve(MeasurementTable table, CompiledIndicator indicator, string? group, PopulationBandScale scale, IReadOnlyList<FrozenScale> frozen)
    {
        var rule = scale.Describe();
        var reuse = frozen.FirstOrDefault(f => f.IndicatorCode == indicator.Definition.Code && f.Group == group && f.Rule == rule);
        if (reuse is not null)
        {
            // Cut-offs the earlier run could not compute were frozen as 0: reusing them would score on made-up edges.
            if (reuse.Resolved == NotComputable)
            {
                return (null, reuse);
            }

            // The same rule as for computed cut-offs, so labels, collapsed bands and hits read the same either way.
            var values = reuse.Cutoffs.ToDictionary(c => c.Cutoff, c => c.Value);
            return (scale.Resolve(c => values.TryGetValue(c, out var v) ? v : null), reuse);
        }

        var population = new MeasureSeries(
            indicator.Definition.Code,
            table.Rows
                .Where(r => group is null || indicator.IsInGroup(r.Unit, group))
                .Where(r => !indicator.IsDeclaredNotApplicable(r.Unit))
                .Select(r => new Observation(r.Unit, indicator.Definition.Measure?.Evaluate(r).Value)))
            .Describe(scale.QuantileDefinition);
        var bands = scale.Resolve(population);
        var cutoffs = scale.Bands.SelectMany(b => new[] { b.Lower, b.Upper }).Where(c => c is not null).Distinct()
            .Select(c => new FrozenCutoff(c!, c!.Resolve(population) ?? 0m)).ToList();
        return (bands, new FrozenScale(indicator.Definition.Code, group, rule, cutoffs, bands?.Describe() ?? NotComputable));
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

    /// <summary>Compiles the rubric and scores a measurement table.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="table">The measurements.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ScoringException">The table lacks a measure the rubric reads, or a value is missing where the
    /// policy is <see cref="MissingDataPolicy.Fail"/>.</exception>
    public static ScoringResult Score(this Rubric rubric, MeasurementTable table) => rubric.Compile().Score(table);
}

/// <summary>One indicator, prepared: which scale applies to whom, and how to explain a result.</summary>
internal sealed class CompiledIndicator
{
    private readonly string _areaCode;
    private readonly Rubric _rubric;
    private readonly (string Group, HashSet<string>? DeclaredMembers, GroupOverride Override)[] _overrides;
    private readonly HashSet<string> _notApplicableCodes;
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
        // A group the rubric declares has its own members; any other group is a unit attribute (kind, region, groups).
        _overrides = [.. indicator.GroupOverrides.Select(o => (o.Group, rubric.Group(o.Group) is { } declared ? new HashSet<string>(declared.MemberCodes, StringComparer.Ordinal) : null, o))];
        _notApplicableCodes = new HashSet<string>(indicator.NotApplicable?.UnitCodes ?? [], StringComparer.Ordinal);
        MeasureIds = [.. (indicator.Measure?.MeasureIds ?? []).Concat(indicator.Scale is ChecklistScale checklist ? checklist.Criteria.SelectMany(c => c.Expression.MeasureIds) : []).Distinct(StringComparer.Ordinal)];
    }

    public Indicator Definition { get; }

    /// <summary>The ids of the measures the indicator reads (its measure, or its checklist's criteria).</summary>
    public IReadOnlyList<string> MeasureIds { get; }

    public bool ReadsAny(IReadOnlyCollection<string> ids) => MeasureIds.Any(ids.Contains);

    public bool IsInGroup(Municipality unit, string group)
    {
        foreach (var (name, declared, _) in _overrides)
        {
            if (name == group)
            {
                return declared?.Contains(unit.Code) ?? unit.IsInGroup(group);
            }
        }

        return unit.IsInGroup(group);
    }

    public bool IsDeclaredNotApplicable(Municipality unit) => _notApplicableCodes.Contains(unit.Code);

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

    public IndicatorScore Score(MeasurementRow row, int index, Dictionary<(int, string?), BandScale?> resolved)
    {
        var municipality = row.Unit;
        string? group = null;
        var scale = Definition.Scale;
        var maximum = Definition.MaximumPoints;
        foreach (var (name, declared, groupOverride) in _overrides)
        {
            if (declared?.Contains(municipality.Code) ?? municipality.IsInGroup(name))
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

        if (_notApplicableCodes.Contains(municipality.Code))
        {
            return NotScored(IndicatorStatus.NotApplicable, group, _notApplicable.English, _notApplicable.Korean);
        }

        if (scale is ChecklistScale checklist)
        {
            return Checklist(row, checklist, maximum, group, label, koLabel);
        }

        var value = Definition.Measure!.Evaluate(row);
        if (value.IsNotApplicable)
        {
            return NotScored(IndicatorStatus.NotApplicable, group, _ratioOverZero.English, _ratioOverZero.Korean);
        }

        if (value.Value is not { } raw)
        {
            return Missing(municipality, maximum, group, label, koLabel, value.Status);
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

    private IndicatorScore Checklist(MeasurementRow row, ChecklistScale checklist, decimal maximum, string? group, string label, string koLabel)
    {
        // Count the criteria met without collecting them; the labels are joined only into the explanation.
        var count = 0;
        string? firstUnmet = null;
        var metLabels = string.Empty;
        for (var c = 0; c < checklist.Criteria.Count; c++)
        {
            var criterion = checklist.Criteria[c];
            var value = criterion.Expression.Evaluate(row);
            if (value.Value is not { } v)
            {
                return Missing(row.Unit, maximum, group, label, koLabel, value.Status);
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

    private IndicatorScore Missing(Municipality municipality, decimal maximum, string? group, string label, string koLabel, ReadingStatus status)
    {
        // Why the value is missing: a blank cell, or a share that is neither given nor derivable.
        var (why, koWhy) = status == ReadingStatus.ShareUnavailable
            ? ("a share neither given beside the count nor derivable", "비율 미기재, 산출 불가")
            : ("blank", "공란");
        return _policy switch
        {
            MissingDataPolicy.Fail => throw new ScoringException(municipality, Definition.Code,
                $"{municipality.Code}: {Definition.Code} reads {Definition.Measure?.ToString() ?? "its criteria"}, whose value is missing ({why}), and the policy is Fail."),
            MissingDataPolicy.ScoreZero => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, maximum, group, null,
                string.Create(CultureInfo.InvariantCulture, $"{label}: value missing ({why}); scored 0 of {maximum:0.####} points (policy ScoreZero)"),
                string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음({koWhy}); {maximum:0.####}점 중 0점 (정책: 0점 처리)")),
            _ => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, 0m, group, null,
                string.Create(CultureInfo.InvariantCulture, $"{label}: value missing ({why}); excluded, the maximum drops by {maximum:0.####} points (policy ExcludeAndRescale)"),
                string.Create(CultureInfo.InvariantCulture, $"{koLabel}: 값 없음({koWhy}); 제외하고 만점에서 {maximum:0.####}점 차감 (정책: 제외 후 환산)")),
        };
    }

    private IndicatorScore NotScored(IndicatorStatus status, string? group, string explanation, string korean) =>
        new(Definition.Code, _areaCode, status, null, null, 0m, 0m, group, null, explanation, korean);

    private decimal Round(decimal points) => Math.Round(points, _rubric.PointsDecimals, MidpointRounding.AwayFromZero);

    private static string GroupNote(string? group) => group is null ? string.Empty : $" [group {group}]";

}
