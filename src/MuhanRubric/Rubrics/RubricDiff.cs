using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;

namespace MuhanRubric.Rubrics;

/// <summary>What a <see cref="RubricChange"/> is about.</summary>
public enum RubricChangeKind
{
    /// <summary>An indicator is in the second rubric only.</summary>
    IndicatorAdded,

    /// <summary>An indicator is in the first rubric only.</summary>
    IndicatorRemoved,

    /// <summary>An indicator's maximum points changed.</summary>
    PointsChanged,

    /// <summary>What an indicator reads changed.</summary>
    MeasureChanged,

    /// <summary>An indicator's scale changed: its kind, a band, a criterion, a cut-off, the otherwise band.</summary>
    ScaleChanged,

    /// <summary>Where an indicator's points or scale come from changed.</summary>
    ProvenanceChanged,

    /// <summary>An indicator's missing-data policy changed.</summary>
    MissingDataChanged,

    /// <summary>A group override was added, removed or changed (its maximum, scale or provenance).</summary>
    GroupOverrideChanged,

    /// <summary>The municipalities for which an indicator does not apply, or the reason, changed.</summary>
    NotApplicableChanged,

    /// <summary>An indicator was excluded from scoring, included again, or its exclusion reason changed.</summary>
    ExclusionChanged,

    /// <summary>An area is in the second rubric only.</summary>
    AreaAdded,

    /// <summary>An area is in the first rubric only.</summary>
    AreaRemoved,

    /// <summary>An area's names or declared points changed, the areas or an area's indicators were reordered, or an indicator moved to another area.</summary>
    AreaChanged,

    /// <summary>A rubric-wide setting changed: name, description, declared total, missing data, points decimals, groups, warnings.</summary>
    RubricChanged,

    /// <summary>An indicator's Korean or English name changed.</summary>
    NameChanged,
}

/// <summary>One difference between two rubrics.</summary>
/// <param name="Code">The indicator or area code the change is about, or <c>rubric</c>.</param>
/// <param name="Kind">What the change is about.</param>
/// <param name="Description">The change as one line, code included, for example <c>C1: band [30, 50) → [20, 40)</c>.</param>
[Immutable]
public sealed record RubricChange(string Code, RubricChangeKind Kind, string Description)
{
    /// <summary>The description.</summary>
    /// <returns><see cref="Description"/>.</returns>
    public override string ToString() => Description;
}

/// <summary>
/// Compares two rubrics (for example a published rubric and a variant, or a rubric and its JSON round trip) and lists
/// every difference, one line each.
/// </summary>
/// <remarks>
/// Order: rubric-wide settings, then areas (in the order of the second rubric, then removed ones), then indicators
/// (likewise). Indicators are matched by code; within a band scale bands are matched by points, then by label, so
/// moving an edge reads as an interval change. Text is culture-invariant. Two rubrics are structurally equal when
/// <see cref="Compare"/> returns no change.
/// </remarks>
public static class RubricDiff
{
    /// <summary>Lists every difference from <paramref name="before"/> to <paramref name="after"/>.</summary>
    /// <param name="before">The first rubric.</param>
    /// <param name="after">The second rubric.</param>
    /// <returns>The changes in a deterministic order; empty when the rubrics are structurally equal.</returns>
    /// <exception cref="ArgumentNullException">A rubric is null.</exception>
    public static IReadOnlyList<RubricChange> Compare(Rubric before, Rubric after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var diff = new Collector();
        diff.Rubric(before, after);
        diff.Areas(before, after);
        diff.Indicators(before, after);
        return diff.Changes.ToImmutableArray();
    }

    /// <summary>The changes as text, one line per change, each ending with <c>\n</c>; empty for no change.</summary>
    /// <param name="changes">The changes.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    public static string Format(IReadOnlyList<RubricChange> changes)
    {
        Guard.Against.Null(changes);
        var text = new StringBuilder();
        foreach (var change in changes)
        {
            text.Append(change.Description).Append('\n');
        }

        return text.ToString();
    }

    private sealed class Collector
    {
        private const string RubricCode = "rubric";

        public List<RubricChange> Changes { get; } = [];

        private void Add(string code, RubricChangeKind kind, string description) => Changes.Add(new RubricChange(code, kind, description));

        public void Rubric(Rubric before, Rubric after)
        {
            const RubricChangeKind Kind = RubricChangeKind.RubricChanged;
            if (before.Name != after.Name)
            {
                Add(RubricCode, Kind, $"rubric: name {Quote(before.Name)} → {Quote(after.Name)}");
            }

            if (before.Description != after.Description)
            {
                Add(RubricCode, Kind, $"rubric: description {Quote(before.Description)} → {Quote(after.Description)}");
            }

            if (before.DeclaredTotal != after.DeclaredTotal)
            {
                Add(RubricCode, Kind, $"rubric: declared total {Number(before.DeclaredTotal)} → {Number(after.DeclaredTotal)}");
            }

            if (before.MissingData != after.MissingData)
            {
                Add(RubricCode, Kind, $"rubric: missing data {before.MissingData} → {after.MissingData}");
            }

            if (before.PointsDecimals != after.PointsDecimals)
            {
                Add(RubricCode, Kind, string.Create(CultureInfo.InvariantCulture, $"rubric: points decimals {before.PointsDecimals} → {after.PointsDecimals}"));
            }

            foreach (var (old, current) in Match(before.Groups, after.Groups, g => g.Name))
            {
                if (old is null)
                {
                    Add(RubricCode, Kind, $"rubric: group {current!.Name} added: {Municipalities(current.MemberCodes)}");
                }
                else if (current is null)
                {
                    Add(RubricCode, Kind, $"rubric: group {old.Name} removed");
                }
                else if (!old.MemberCodes.SequenceEqual(current.MemberCodes))
                {
                    Add(RubricCode, Kind, $"rubric: group {old.Name} members {Municipalities(old.MemberCodes)} → {Municipalities(current.MemberCodes)}");
                }
            }

            Reordered(before.Groups.Select(g => g.Name), after.Groups.Select(g => g.Name), "rubric: groups reordered", RubricCode, Kind);
            // A warning is the same wherever the rubric was read from: a file's warnings also name their place.
            var oldWarnings = before.Warnings.Select(w => w.Unplaced.ToString()).ToList();
            var newWarnings = after.Warnings.Select(w => w.Unplaced.ToString()).ToList();
            foreach (var warning in newWarnings.Where(w => !oldWarnings.Contains(w, StringComparer.Ordinal)))
            {
                Add(RubricCode, Kind, $"rubric: warning added: {warning}");
            }

            foreach (var warning in oldWarnings.Where(w => !newWarnings.Contains(w, StringComparer.Ordinal)))
            {
                Add(RubricCode, Kind, $"rubric: warning removed: {warning}");
            }
        }

        public void Areas(Rubric before, Rubric after)
        {
            foreach (var (old, current) in Match(before.Areas, after.Areas, a => a.Code))
            {
                if (old is null)
                {
                    Add(current!.Code, RubricChangeKind.AreaAdded, $"area {current.Code} added");
                    continue;
                }

                if (current is null)
                {
                    Add(old.Code, RubricChangeKind.AreaRemoved, $"area {old.Code} removed");
                    continue;
                }

                var code = current.Code;
                if (old.KoreanName != current.KoreanName)
                {
                    Add(code, RubricChangeKind.AreaChanged, $"area {code}: Korean name {Quote(old.KoreanName)} → {Quote(current.KoreanName)}");
                }

                if (old.EnglishName != current.EnglishName)
                {
                    Add(code, RubricChangeKind.AreaChanged, $"area {code}: English name {Quote(old.EnglishName)} → {Quote(current.EnglishName)}");
                }

                if (old.DeclaredPoints != current.DeclaredPoints)
                {
                    Add(code, RubricChangeKind.AreaChanged, $"area {code}: declared points {Number(old.DeclaredPoints)} → {Number(current.DeclaredPoints)}");
                }

                Reordered(old.Indicators.Select(i => i.Code), current.Indicators.Select(i => i.Code), $"area {code}: indicators reordered", code, RubricChangeKind.AreaChanged);
            }

            Reordered(before.Areas.Select(a => a.Code), after.Areas.Select(a => a.Code), "rubric: areas reordered", RubricCode, RubricChangeKind.AreaChanged);
        }

        public void Indicators(Rubric before, Rubric after)
        {
            var oldAreas = before.Areas.SelectMany(a => a.Indicators.Select(i => (i.Code, Area: a.Code))).ToList();
            var newAreas = after.Areas.SelectMany(a => a.Indicators.Select(i => (i.Code, Area: a.Code))).ToList();
            foreach (var (old, current) in Match([.. before.Indicators], [.. after.Indicators], i => i.Code))
            {
                if (old is null)
                {
                    Add(current!.Code, RubricChangeKind.IndicatorAdded, $"{current.Code} added: {Number(current.MaximumPoints)} pts, {current.Scale}");
                    continue;
                }

                if (current is null)
                {
                    Add(old.Code, RubricChangeKind.IndicatorRemoved, $"{old.Code} removed");
                    continue;
                }

                var code = current.Code;
                var oldArea = oldAreas.First(x => x.Code == code).Area;
                var newArea = newAreas.First(x => x.Code == code).Area;
                if (oldArea != newArea)
                {
                    Add(code, RubricChangeKind.AreaChanged, $"{code} moved from area {oldArea} to area {newArea}");
                }

                Indicator(old, current);
            }
        }

        private void Indicator(Indicator old, Indicator current)
        {
            var code = current.Code;
            if (old.KoreanName != current.KoreanName)
            {
                Add(code, RubricChangeKind.NameChanged, $"{code}: Korean name {Quote(old.KoreanName)} → {Quote(current.KoreanName)}");
            }

            if (old.EnglishName != current.EnglishName)
            {
                Add(code, RubricChangeKind.NameChanged, $"{code}: English name {Quote(old.EnglishName)} → {Quote(current.EnglishName)}");
            }

            if (old.MaximumPoints != current.MaximumPoints)
            {
                Add(code, RubricChangeKind.PointsChanged, $"{code} points {Number(old.MaximumPoints)} → {Number(current.MaximumPoints)}");
            }

            if (old.PointsProvenance != current.PointsProvenance)
            {
                Add(code, RubricChangeKind.ProvenanceChanged, $"{code}: points provenance {old.PointsProvenance} → {current.PointsProvenance}");
            }

            if (!Equals(old.Measure, current.Measure))
            {
                Add(code, RubricChangeKind.MeasureChanged, $"{code}: measure {old.Measure?.ToString() ?? "none"} → {current.Measure?.ToString() ?? "none"}");
            }

            if (old.MissingData != current.MissingData)
            {
                Add(code, RubricChangeKind.MissingDataChanged,
                    $"{code}: missing data {old.MissingData?.ToString() ?? "rubric default"} → {current.MissingData?.ToString() ?? "rubric default"}");
            }

            if (!Equals(old.NotApplicable, current.NotApplicable))
            {
                Add(code, RubricChangeKind.NotApplicableChanged, $"{code}: not applicable {NotApplicable(old.NotApplicable)} → {NotApplicable(current.NotApplicable)}");
            }

            if (old.ExclusionReason != current.ExclusionReason)
            {
                var description = (old.ExclusionReason, current.ExclusionReason) switch
                {
                    (null, { } reason) => $"{code}: excluded ({reason})",
                    ({ } reason, null) => $"{code}: no longer excluded (was: {reason})",
                    _ => $"{code}: exclusion reason {Quote(old.ExclusionReason)} → {Quote(current.ExclusionReason)}",
                };
                Add(code, RubricChangeKind.ExclusionChanged, description);
            }

            Scale(code, code, old.Scale, current.Scale, RubricChangeKind.ScaleChanged, RubricChangeKind.ProvenanceChanged);
            foreach (var (oldOverride, newOverride) in Match(old.GroupOverrides, current.GroupOverrides, o => o.Group))
            {
                const RubricChangeKind Kind = RubricChangeKind.GroupOverrideChanged;
                var prefix = $"{code} [{(newOverride ?? oldOverride)!.Group}]";
                if (oldOverride is null)
                {
                    var maximum = newOverride!.MaximumPoints is { } m ? $" (maximum {Number(m)})" : string.Empty;
                    Add(code, Kind, $"{prefix}: group override added{maximum}: {newOverride.Scale}");
                }
                else if (newOverride is null)
                {
                    Add(code, Kind, $"{prefix}: group override removed");
                }
                else
                {
                    if (oldOverride.MaximumPoints != newOverride.MaximumPoints)
                    {
                        Add(code, Kind, $"{prefix}: maximum {Number(oldOverride.MaximumPoints, "indicator's")} → {Number(newOverride.MaximumPoints, "indicator's")}");
                    }

                    Scale(code, prefix, oldOverride.Scale, newOverride.Scale, Kind, Kind);
                }
            }

            Reordered(old.GroupOverrides.Select(o => o.Group), current.GroupOverrides.Select(o => o.Group), $"{code}: group overrides reordered", code, RubricChangeKind.GroupOverrideChanged);
        }

        private void Scale(string code, string prefix, Scale old, Scale current, RubricChangeKind kind, RubricChangeKind provenanceKind)
        {
            if (old.Kind != current.Kind)
            {
                Add(code, kind, $"{prefix}: scale {old.Kind} → {current.Kind}: {current.Describe()}");
            }
            else
            {
                switch (old, current)
                {
                    case (BandScale a, BandScale b):
                        Bands(code, prefix, a.Bands, b.Bands, x => x.Points, x => x.Label, x => string.Join(" ∪ ", x.Intervals), x => x.Describe(), kind);
                        Otherwise(code, prefix, a.OtherwisePoints, b.OtherwisePoints, kind);
                        break;
                    case (ChecklistScale a, ChecklistScale b):
                        Checklist(code, prefix, a, b, kind);
                        break;
                    case (ProportionalScale a, ProportionalScale b):
                        if (a.ZeroAt != b.ZeroAt)
                        {
                            Add(code, kind, $"{prefix}: zero at {Number(a.ZeroAt)} → {Number(b.ZeroAt)}");
                        }

                        if (a.FullAt != b.FullAt)
                        {
                            Add(code, kind, $"{prefix}: full at {Number(a.FullAt)} → {Number(b.FullAt)}");
                        }

                        break;
                    case (PopulationBandScale a, PopulationBandScale b):
                        if (a.QuantileDefinition != b.QuantileDefinition)
                        {
                            Add(code, kind, $"{prefix}: quantile definition {RubricJson.QuantileText(a.QuantileDefinition)} → {RubricJson.QuantileText(b.QuantileDefinition)}");
                        }

                        Bands(code, prefix, a.Bands, b.Bands, x => x.Points, x => x.Label, Edges, x => x.Describe(), kind);
                        Otherwise(code, prefix, a.OtherwisePoints, b.OtherwisePoints, kind);
                        break;
                    case (UnspecifiedScale a, UnspecifiedScale b):
                        if (a.Printed != b.Printed)
                        {
                            Add(code, kind, $"{prefix}: unspecified scale printed {Quote(a.Printed)} → {Quote(b.Printed)}");
                        }

                        break;
                }
            }

            if (old.Provenance != current.Provenance)
            {
                Add(code, provenanceKind, $"{prefix}: scale provenance {old.Provenance?.ToString() ?? "none"} → {current.Provenance?.ToString() ?? "none"}");
            }
        }

        private void Bands<TBand>(
            string code, string prefix, IReadOnlyList<TBand> old, IReadOnlyList<TBand> current, Func<TBand, decimal> points, Func<TBand, string?> label,
            Func<TBand, string> edges, Func<TBand, string> describe, RubricChangeKind kind)
        {
            // Match by identical edges (a points change), then by points and label, then by points alone (an edge
            // change); what is left was added or removed.
            var pairs = new int?[current.Count];
            var taken = new bool[old.Count];
            for (var pass = -1; pass < 2; pass++)
            {
                for (var j = 0; j < current.Count; j++)
                {
                    for (var i = 0; pairs[j] is null && i < old.Count; i++)
                    {
                        var match = pass == -1
                            ? edges(old[i]) == edges(current[j])
                            : points(old[i]) == points(current[j]) && (pass == 1 || label(old[i]) == label(current[j]));
                        if (!taken[i] && match)
                        {
                            pairs[j] = i;
                            taken[i] = true;
                        }
                    }
                }
            }

            for (var j = 0; j < current.Count; j++)
            {
                if (pairs[j] is not { } i)
                {
                    Add(code, kind, $"{prefix}: band {describe(current[j])} added");
                    continue;
                }

                if (edges(old[i]) != edges(current[j]))
                {
                    Add(code, kind, $"{prefix}: band {edges(old[i])} → {edges(current[j])}");
                }

                if (points(old[i]) != points(current[j]))
                {
                    Add(code, kind, $"{prefix}: band {edges(current[j])} points {Number(points(old[i]))} → {Number(points(current[j]))}");
                }

                if (label(old[i]) != label(current[j]))
                {
                    Add(code, kind, $"{prefix}: band {Number(points(current[j]))} label {Label(label(old[i]))} → {Label(label(current[j]))}");
                }
            }

            for (var i = 0; i < old.Count; i++)
            {
                if (!taken[i])
                {
                    Add(code, kind, $"{prefix}: band {describe(old[i])} removed");
                }
            }

            var matched = pairs.Where(p => p is not null).Select(p => p!.Value).ToList();
            if (!matched.SequenceEqual(matched.Order()))
            {
                var oldOrder = matched.Order().Select(i => Number(points(old[i])));
                var newOrder = matched.Select(i => Number(points(old[i])));
                Add(code, kind, $"{prefix}: bands reordered: {string.Join(", ", oldOrder)} → {string.Join(", ", newOrder)}");
            }
        }

        private void Checklist(string code, string prefix, ChecklistScale old, ChecklistScale current, RubricChangeKind kind)
        {
            static string Test(Criterion c) => $"{c.Expression} in {c.Condition}";
            foreach (var (a, b) in Match(old.Criteria, current.Criteria, c => c.Label))
            {
                if (a is null)
                {
                    Add(code, kind, $"{prefix}: criterion added: {b!.Describe()}");
                }
                else if (b is null)
                {
                    Add(code, kind, $"{prefix}: criterion removed: {a.Describe()}");
                }
                else if (a != b)
                {
                    Add(code, kind, $"{prefix}: criterion «{a.Label}»: {Test(a)} → {Test(b)}");
                }
            }

            Reordered(old.Criteria.Select(c => $"«{c.Label}»"), current.Criteria.Select(c => $"«{c.Label}»"), $"{prefix}: criteria reordered", code, kind);
            if (!old.PointsByCount.SequenceEqual(current.PointsByCount))
            {
                Add(code, kind, $"{prefix}: points by criteria met [{string.Join(", ", old.PointsByCount.Select(Number))}] → [{string.Join(", ", current.PointsByCount.Select(Number))}]");
            }
        }

        private void Otherwise(string code, string prefix, decimal? old, decimal? current, RubricChangeKind kind)
        {
            if (old != current)
            {
                Add(code, kind, $"{prefix}: otherwise {Number(old)} → {Number(current)}");
            }
        }

        /// <summary>Items matched by key: in the order of <paramref name="after"/>, then the removed ones in their order.</summary>
        private static List<(T? Before, T? After)> Match<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
            where T : class
        {
            var pairs = new List<(T?, T?)>();
            var taken = new bool[before.Count];
            foreach (var item in after)
            {
                var index = -1;
                for (var i = 0; i < before.Count && index < 0; i++)
                {
                    if (!taken[i] && key(before[i]) == key(item))
                    {
                        index = i;
                    }
                }

                if (index >= 0)
                {
                    taken[index] = true;
                }

                pairs.Add((index >= 0 ? before[index] : null, item));
            }

            for (var i = 0; i < before.Count; i++)
            {
                if (!taken[i])
                {
                    pairs.Add((before[i], null));
                }
            }

            return pairs;
        }

        /// <summary>Reports when the items both lists hold are in another order.</summary>
        private void Reordered(IEnumerable<string> before, IEnumerable<string> after, string what, string code, RubricChangeKind kind)
        {
            var old = before.ToList();
            var current = after.ToList();
            var commonOld = old.Where(x => current.Contains(x, StringComparer.Ordinal)).ToList();
            var commonNew = current.Where(x => old.Contains(x, StringComparer.Ordinal)).ToList();
            if (!commonOld.SequenceEqual(commonNew, StringComparer.Ordinal))
            {
                Add(code, kind, $"{what}: {string.Join(", ", commonOld)} → {string.Join(", ", commonNew)}");
            }
        }

        private static string Edges(PopulationBand band) => string.Create(CultureInfo.InvariantCulture,
            $"{(band.LowerInclusive ? "[" : "(")}{band.Lower?.ToString() ?? "-∞"}, {band.Upper?.ToString() ?? "∞"}{(band.UpperInclusive ? "]" : ")")}");

        private static string NotApplicable(NotApplicableRule? rule) =>
            rule is null ? "none" : $"{Municipalities(rule.UnitCodes)} ({rule.Reason})";

        private static string Municipalities(IEnumerable<string> codes) => string.Join(", ", codes);

        private static string Quote(string? text) => text is null ? "none" : $"'{text}'";

        private static string Label(string? label) => label is null ? "none" : $"«{label}»";

        private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Number(decimal? value, string none = "none") => value is { } v ? Number(v) : none;
    }
}
