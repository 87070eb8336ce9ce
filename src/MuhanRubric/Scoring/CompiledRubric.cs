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
        foreach (var card in cards)
        {
            card.Rank = (int)ranks.First(r => r.Municipality == card.Municipality).Rank;
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
        foreach (var area in Rubric.Areas)
        {
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

        var total = areas.Sum(a => a.Points);
        var max = areas.Sum(a => a.MaximumPoints);
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

    public CompiledIndicator(string areaCode, Indicator indicator, Rubric rubric)
    {
        _areaCode = areaCode;
        _rubric = rubric;
        Definition = indicator;
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

        var label = $"{Definition.Code} {Definition.EnglishName}";
        var koLabel = $"{Definition.Code} {Definition.KoreanName}";
        if (Definition.ExclusionReason is { } reason)
        {
            return NotScored(IndicatorStatus.Excluded, group, $"{label}: excluded from the rubric ({reason}); not counted in the maximum", $"{koLabel}: 평가에서 제외 ({reason}); 만점에서 제외");
        }

        if (scale is UnspecifiedScale unspecified)
        {
            return NotScored(IndicatorStatus.Unspecified, group, $"{label}: the scale is not specified ({unspecified.Printed}); not scored, not counted in the maximum", $"{koLabel}: 평가척도 미제시로 채점하지 않음; 만점에서 제외");
        }

        if (Definition.NotApplicable is { } rule && rule.Municipalities.Contains(municipality))
        {
            return NotScored(IndicatorStatus.NotApplicable, group, $"{label}: not applicable ({rule.Reason}); not counted in the maximum", $"{koLabel}: 해당 없음 ({rule.Reason}); 만점에서 제외");
        }

        if (scale is ChecklistScale checklist)
        {
            return Checklist(record, checklist, maximum, group, label, koLabel);
        }

        var value = Definition.Measure!.Evaluate(record);
        if (value.IsNotApplicable)
        {
            return NotScored(IndicatorStatus.NotApplicable, group, $"{label}: {Definition.Measure} is not applicable here (a ratio over zero); not counted in the maximum", $"{koLabel}: {Definition.Measure} 값이 정의되지 않음(0으로 나눔); 만점에서 제외");
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
                $"{label}: {Fmt(raw)} → {Fmt(points)} of {Fmt(maximum)} points (0 at {Fmt(proportional.ZeroAt)}, full at {Fmt(proportional.FullAt)})",
                $"{koLabel}: {Fmt(raw)} → {Fmt(maximum)}점 중 {Fmt(points)}점 ({Fmt(proportional.ZeroAt)}에서 0점, {Fmt(proportional.FullAt)}에서 만점)");
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
        foreach (var band in scale.Bands)
        {
            if (band.Contains(raw))
            {
                hit = band;
                break;
            }
        }

        var points = hit?.Points ?? scale.OtherwisePoints ?? 0m;
        var hitText = hit is null ? (scale.OtherwisePoints is null ? "outside every band" : "otherwise") : hit.Label ?? string.Join(" ∪ ", hit.Intervals);
        var hitKorean = hit is null ? (scale.OtherwisePoints is null ? "어느 구간에도 속하지 않음" : "기타 구간") : hit.Label ?? string.Join(" 또는 ", hit.Intervals.Select(i => i.ToKoreanString()));
        var next = NextBetter(raw, points, scale);
        var nextText = next is null ? "the best band" : $"{Fmt(next.Distance)} {(next.Upwards ? "more" : "less")} reaches {next.Interval} for {Fmt(next.Points)} points";
        var nextKorean = next is null ? "최고 구간" : $"{Fmt(next.Distance)} {(next.Upwards ? "높으면" : "낮으면")} {next.Interval.ToKoreanString()} 구간({Fmt(next.Points)}점)";
        return new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Scored, raw, hitText, points, maximum, group, next,
            $"{label}: {Fmt(raw)} is in {hitText} → {Fmt(points)} of {Fmt(maximum)} points; {nextText}{GroupNote(group)}",
            $"{koLabel}: {Fmt(raw)}은(는) {hitKorean} → {Fmt(maximum)}점 중 {Fmt(points)}점; {nextKorean}{GroupNote(group)}");
    }

    private static NextBetterBand? NextBetter(decimal value, decimal points, BandScale scale)
    {
        NextBetterBand? best = null;
        foreach (var band in scale.Bands)
        {
            if (band.Points <= points)
            {
                continue;
            }

            foreach (var interval in band.Intervals)
            {
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
        var met = new List<string>();
        var unmet = new List<string>();
        foreach (var criterion in checklist.Criteria)
        {
            var value = criterion.Expression.Evaluate(record);
            if (value.Value is not { } v)
            {
                return Missing(record.Municipality, maximum, group, label, koLabel);
            }

            (criterion.Condition.Contains(v) ? met : unmet).Add(criterion.Label);
        }

        var points = checklist.PointsByCount[met.Count];
        var hit = string.Create(CultureInfo.InvariantCulture, $"{met.Count} of {checklist.Criteria.Count} criteria");
        var next = met.Count < checklist.Criteria.Count
            ? $"meeting '{unmet[0]}' too gives {Fmt(checklist.PointsByCount[met.Count + 1])} points"
            : "every criterion holds";
        var nextKorean = met.Count < checklist.Criteria.Count
            ? $"'{unmet[0]}' 충족 시 {Fmt(checklist.PointsByCount[met.Count + 1])}점"
            : "모든 기준 충족";
        return new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Scored, met.Count, hit, points, maximum, group, null,
            $"{label}: {hit} hold ({string.Join(", ", met)}) → {Fmt(points)} of {Fmt(maximum)} points; {next}{GroupNote(group)}",
            $"{koLabel}: {checklist.Criteria.Count}개 기준 중 {met.Count}개 충족 → {Fmt(maximum)}점 중 {Fmt(points)}점; {nextKorean}{GroupNote(group)}");
    }

    private IndicatorScore Missing(Municipality municipality, decimal maximum, string? group, string label, string koLabel) => _policy switch
    {
        MissingDataPolicy.Fail => throw new ScoringException(municipality, Definition.Code,
            $"{municipality.Code}: {Definition.Code} reads {Definition.Measure?.ToString() ?? "its criteria"}, whose value is missing, and the policy is Fail."),
        MissingDataPolicy.ScoreZero => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, maximum, group, null,
            $"{label}: value missing (blank in the report); scored 0 of {Fmt(maximum)} points (policy ScoreZero)",
            $"{koLabel}: 값 없음(보고서 공란); {Fmt(maximum)}점 중 0점 (정책: 0점 처리)"),
        _ => new IndicatorScore(Definition.Code, _areaCode, IndicatorStatus.Missing, null, "missing", 0m, 0m, group, null,
            $"{label}: value missing (blank in the report); excluded, the maximum drops by {Fmt(maximum)} points (policy ExcludeAndRescale)",
            $"{koLabel}: 값 없음(보고서 공란); 제외하고 만점에서 {Fmt(maximum)}점 차감 (정책: 제외 후 환산)"),
    };

    private IndicatorScore NotScored(IndicatorStatus status, string? group, string explanation, string korean) =>
        new(Definition.Code, _areaCode, status, null, null, 0m, 0m, group, null, explanation, korean);

    private decimal Round(decimal points) => Math.Round(points, _rubric.PointsDecimals, MidpointRounding.AwayFromZero);

    private static string GroupNote(string? group) => group is null ? string.Empty : $" [group {group}]";

    private static string Fmt(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
