using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// Whole rubrics of band and proportional indicators, with blanks, missing-data policies and not-applicable units:
/// a total is the sum of its indicator points, never above its maximum, which is the sum of what counted and never above
/// the rubric's; area subtotals add up to it; a blank is treated as its policy says; ranks follow the normalized totals.
/// </summary>
[Properties(Arbitrary = [typeof(Generators), typeof(RubricGenerators)])]
public class ScoringTotalsProperties
{
    [Property]
    public void Total_IsTheSumOfIndicatorPoints_AndNeverAboveTheMaximum(RubricCase c)
    {
        var rubric = c.Build();
        var table = c.Table();
        if (c.FailsOnABlank)
        {
            Assert.Throws<ScoringException>(() => rubric.Score(table));
            return;
        }

        var result = rubric.Score(table);
        foreach (var card in result.Cards)
        {
            Assert.Equal(card.Indicators.Sum(i => i.Points), card.Total);
            Assert.Equal(card.Indicators.Sum(i => i.MaximumPoints), card.MaximumPoints);
            Assert.Equal(card.Total, card.Areas.Sum(a => a.Points));
            Assert.Equal(card.MaximumPoints, card.Areas.Sum(a => a.MaximumPoints));
            Assert.All(card.Indicators, i => Assert.InRange(i.Points, 0m, i.MaximumPoints));
            Assert.All(card.Indicators, i => Assert.InRange(i.MaximumPoints, 0m, rubric.Indicator(i.Code).MaximumPoints));
            Assert.InRange(card.Total, 0m, card.MaximumPoints);
            Assert.InRange(card.MaximumPoints, 0m, rubric.MaximumPoints);
            Assert.InRange(card.NormalizedTotal, 0m, rubric.MaximumPoints);
            Assert.Equal(1 + result.Cards.Count(other => other.NormalizedTotal > card.NormalizedTotal), card.Rank);
        }
    }

    [Property]
    public void EachCell_IsTreatedAsItsStatusAndPolicySay(RubricCase c)
    {
        if (c.FailsOnABlank)
        {
            return;
        }

        var result = c.Build().Score(c.Table());
        for (var k = 0; k < c.Indicators.Length; k++)
        {
            var indicator = c.Indicators[k];
            for (var u = 0; u < c.Units; u++)
            {
                var score = result.Cards[u][indicator.Code];
                var (status, maximum) = indicator.NotApplicable[u] ? (IndicatorStatus.NotApplicable, 0m)
                    : indicator.Values[u] is null ? (IndicatorStatus.Missing, indicator.Policy == MissingDataPolicy.ScoreZero ? indicator.Maximum : 0m)
                    : (IndicatorStatus.Scored, indicator.Maximum);
                Assert.Equal((status, maximum), (score.Status, score.MaximumPoints));
                if (status != IndicatorStatus.Scored)
                {
                    Assert.Equal(0m, score.Points);
                }
                else if (indicator.Bands is { } bands)
                {
                    Assert.Equal(bands.ExpectedPoints(indicator.Values[u]!.Value), score.Points);
                }
            }
        }
    }
}

/// <summary>One generated indicator: a band table or a proportional scale, its policy, values and not-applicable units.</summary>
/// <param name="Code">Its code (<c>I0</c>, <c>I1</c>, …), also the id of the measure it reads.</param>
/// <param name="Area">The position of its area.</param>
/// <param name="Bands">Its band table (worth <see cref="SegmentedTable.Maximum"/>), or null for a proportional scale.</param>
/// <param name="Proportional">Zero and full values of its proportional scale, when it has one.</param>
/// <param name="ProportionalMaximum">The maximum of its proportional scale.</param>
/// <param name="Policy">What a blank does.</param>
/// <param name="Values">Per unit, the value it reads (null: blank).</param>
/// <param name="NotApplicable">Per unit, whether the rubric declares it not applicable.</param>
public sealed record IndicatorCase(string Code, int Area, SegmentedTable? Bands, (decimal Zero, decimal Full) Proportional, decimal ProportionalMaximum,
    MissingDataPolicy Policy, decimal?[] Values, bool[] NotApplicable)
{
    public decimal Maximum => Bands is null ? ProportionalMaximum : SegmentedTable.Maximum;

    public Measure Measure => new(Code, Code, Code, MeasureUnit.Count);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Code} (area {Area}, {Policy}): {(Bands is { } b ? b.ToString() : $"0 at {Proportional.Zero}, {ProportionalMaximum} at {Proportional.Full}")}; values {string.Join(", ", Values.Select((v, u) => NotApplicable[u] ? "n/a" : v?.ToString(CultureInfo.InvariantCulture) ?? "blank"))}");
}

/// <summary>A rubric of 1–6 generated indicators in 1–3 areas, and a table of 1–8 units for it.</summary>
/// <param name="Indicators">The indicators.</param>
/// <param name="Units">How many units.</param>
public sealed record RubricCase(IndicatorCase[] Indicators, int Units)
{
    /// <summary>Whether some unit has a blank where the policy is Fail (and the indicator applies).</summary>
    public bool FailsOnABlank => Indicators.Any(i => i.Policy == MissingDataPolicy.Fail && i.Values.Where((v, u) => v is null && !i.NotApplicable[u]).Any());

    public Rubric Build()
    {
        var units = Generated.Units(Units);
        var builder = Rubric.Create("generated");
        foreach (var area in Indicators.GroupBy(i => i.Area).OrderBy(g => g.Key))
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"A{area.Key}");
            builder.AddArea(code, code, code, a =>
            {
                foreach (var i in area)
                {
                    a.AddIndicator(i.Code, i.Code, i.Code, i.Maximum, indicator =>
                    {
                        indicator.Reads(i.Measure).WithMissingData(i.Policy);
                        var scale = i.Bands is { } table ? indicator.WithBands(table.WriteTo) : indicator.Proportional(i.Proportional.Zero, i.Proportional.Full);
                        scale.WithProvenance(Generated.Assumed);
                        if (i.NotApplicable.Any(n => n))
                        {
                            indicator.NotApplicableFor("generated", units.Where((_, u) => i.NotApplicable[u]).ToArray());
                        }
                    });
                }
            });
        }

        return builder.Build();
    }

    public MeasurementTable Table()
    {
        var units = Generated.Units(Units);
        var builder = MeasurementTable.CreateBuilder(new MunicipalityCatalog(units), new MeasureCatalog(Indicators.Select(i => i.Measure))).WithName("generated");
        foreach (var indicator in Indicators)
        {
            for (var u = 0; u < Units; u++)
            {
                _ = indicator.Values[u] is { } v ? builder.Set(units[u], indicator.Measure, v) : builder.SetMissing(units[u], indicator.Measure);
            }
        }

        return builder.Build();
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Units} units; ") + string.Join(" | ", Indicators.Select(i => i.ToString()));
}

/// <summary>The generators of whole rubrics.</summary>
public static class RubricGenerators
{
    public static Arbitrary<RubricCase> RubricCases() => (
        from units in Gen.Choose(1, 8)
        from count in Gen.Choose(1, 6)
        from indicators in Gen.ArrayOf(IndicatorGen(units), count)
        select new RubricCase([.. indicators.Select((i, k) => i with { Code = string.Create(CultureInfo.InvariantCulture, $"I{k}") })], units)).ToArbitrary();

    private static Gen<IndicatorCase> IndicatorGen(int units) =>
        from area in Gen.Choose(0, 2)
        from banded in Gen.Elements(true, false)
        from table in Generators.SegmentedTableGen
        from zero in Gen.Choose(0, 100)
        from full in Gen.Choose(0, 100).Where(f => f != zero)
        from maximum in Gen.Choose(1, 40)
        from policy in Gen.Elements(MissingDataPolicy.ExcludeAndRescale, MissingDataPolicy.ExcludeAndRescale, MissingDataPolicy.ScoreZero, MissingDataPolicy.Fail)
        from values in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((decimal?)null)), (5, Gen.Choose(0, 240).Select(h => (decimal?)(h / 2m)))), units)
        from notApplicable in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(true)), (6, Gen.Constant(false))), units)
        select new IndicatorCase("I", area, banded ? table : null, (zero, full), maximum / 2m, policy, values, notApplicable);
}
