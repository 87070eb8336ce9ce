using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Properties;

/// <summary>
/// Proportional points, rounding, normalisation and reweighting against an oracle in exact integer arithmetic: points
/// are the exact share of the maximum rounded half away from zero to the rubric's decimals (1.875 is 1.88, never
/// 1.87), monotone in the direction the scale declares; a total is rescaled to the rubric's maximum by the same rule;
/// reweighting keeps each value's share of the maximum, and redistributing a dropped indicator loses no point.
/// </summary>
[Properties(Arbitrary = [typeof(Generators), typeof(RoundingGenerators)])]
public class RoundingAndRescalingProperties
{
    [Property]
    public void ProportionalPoints_AreTheExactShareRoundedHalfAwayFromZero(ProportionalCase c)
    {
        // The indicator reads X ÷ Y, an exact quotient such as 125 ÷ 6: the kernel must divide once, at the end.
        var rubric = Rubric.Create("ratio").WithPointsDecimals(c.Decimals)
            .AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", c.Maximum, i => i
                .Reads(MeasureExpression.Ratio(MeasureExpression.Field(Generated.X), MeasureExpression.Field(Generated.Y)))
                .Proportional(c.ZeroAt, c.FullAt).WithProvenance(Generated.Assumed)))
            .Build();
        var table = Generated.Table([.. c.Numerators.Select(n => (decimal?)n)], [.. c.Denominators.Select(d => (decimal?)d)]);
        var points = Generated.Points(rubric, table);
        for (var k = 0; k < points.Length; k++)
        {
            // maximum × (n ÷ d − zero) ÷ (full − zero) = maximum × (n − zero × d) ÷ (d × (full − zero)), clamped to [0, maximum].
            var numerator = c.Maximum * (c.Numerators[k] - (c.ZeroAt * c.Denominators[k]));
            var denominator = c.Denominators[k] * (c.FullAt - c.ZeroAt);
            if (denominator < 0)
            {
                (numerator, denominator) = (-numerator, -denominator);
            }

            var expected = numerator <= 0 ? 0m : numerator >= c.Maximum * denominator ? c.Maximum : Generated.RoundedQuotient(numerator, denominator, c.Decimals);
            Assert.Equal(expected, points[k]);
            Assert.InRange(points[k], 0m, c.Maximum);
        }
    }

    [Fact]
    public void ProportionalPoints_OfAnExactHalfBehindAnInexactShare_RoundUp()
    {
        // Found by the property above: 239 ÷ 4 on 0 at 18.5 and 33 at 79 is 33 × 165 ÷ 242 = 22.5 exactly, but its share
        // 165 ÷ 242 = 0.6818…18 times 33 is 22.4999…; the points once rounded to 22.
        var rubric = Rubric.Create("ratio").WithPointsDecimals(0)
            .AddArea("A", "가", "A", a => a.AddIndicator("X1", "값", "Value", 33m, i => i
                .Reads(MeasureExpression.Ratio(MeasureExpression.Field(Generated.X), MeasureExpression.Field(Generated.Y)))
                .Proportional(18.5m, 79m).WithProvenance(Generated.Assumed)))
            .Build();
        Assert.Equal([23m], Generated.Points(rubric, Generated.Table([239m], [4m])));
    }

    [Property]
    public void ProportionalPoints_AreMonotoneInTheDeclaredDirection(ProportionalCase c)
    {
        // ZeroAt below FullAt scores higher values higher; above, lower values higher. Rounding keeps the order.
        var values = c.Numerators.Select(n => (decimal)n).Order().ToArray();
        var rubric = Generated.OneIndicator(c.Maximum, i => i.Proportional(c.ZeroAt, c.FullAt), c.Decimals);
        var scale = (ProportionalScale)rubric.Indicator("X1").Scale;
        var exact = values.Select(scale.PointsFor).ToArray();
        var rounded = Generated.Points(rubric, Generated.Table([.. values.Select(v => (decimal?)v)]));
        foreach (var series in new[] { exact, rounded })
        {
            var pairs = series.Zip(series.Skip(1));
            Assert.All(pairs, p => Assert.True(c.ZeroAt < c.FullAt ? p.First <= p.Second : p.First >= p.Second, $"{p.First} then {p.Second}"));
        }

        Assert.Equal(0m, scale.PointsFor(c.ZeroAt));
        Assert.Equal(c.Maximum, scale.PointsFor(c.FullAt));
        Assert.Equal(c.Maximum / 2, scale.PointsFor((c.ZeroAt + c.FullAt) / 2));
    }

    [Property]
    public void NormalizedTotal_IsTheTotalRescaledToTheRubricMaximum(NormalizationCase c)
    {
        // X1 and Y1 are worth MaximumX and MaximumY; a blank Y leaves Y1 out, and the unit's total is rescaled.
        var rubric = Rubric.Create("two").AddArea("A", "가", "A", a => a
                .AddIndicator("X1", "x", "x", c.MaximumX, i => i.Reads(Generated.X).Proportional(0m, 100m).WithProvenance(Generated.Assumed))
                .AddIndicator("Y1", "y", "y", c.MaximumY, i => i.Reads(Generated.Y).Proportional(0m, 100m).WithProvenance(Generated.Assumed)))
            .Build();
        var result = rubric.Score(Generated.Table(c.X, c.Y));
        var rubricMaximum = c.MaximumX + c.MaximumY;
        Assert.Equal(rubricMaximum, rubric.MaximumPoints);
        for (var u = 0; u < c.X.Length; u++)
        {
            var card = result.Cards[u];
            Assert.Equal((c.X[u] is null ? 0 : c.MaximumX) + (c.Y[u] is null ? 0 : c.MaximumY), card.MaximumPoints);
            Assert.Equal(card.MaximumPoints == 0 ? 0m : Generated.RoundedQuotient(card.Total * rubricMaximum, card.MaximumPoints, 2), card.NormalizedTotal);
            Assert.InRange(card.NormalizedTotal, 0m, rubricMaximum);
            if (card.MaximumPoints == rubricMaximum)
            {
                Assert.Equal(card.Total, card.NormalizedTotal);
            }
        }
    }

    [Property]
    public void Reweight_KeepsEachValuesShareOfTheMaximum(SegmentedTable table, HalfPoints newMaximum)
    {
        var rubric = table.Build();
        var reweighted = rubric.ToBuilder().Indicator("X1", i => i.Reweight(newMaximum.Value)).Build();
        var values = Generated.Table([.. table.Probes().Select(p => (decimal?)p)]);
        var before = Generated.Points(rubric, values);
        var after = Generated.Points(reweighted, values);

        // The old maximum maps to the new one exactly; other levels to 4 decimals, half away from zero.
        decimal Expected(decimal points) => points == SegmentedTable.Maximum ? newMaximum.Value
            : Math.Round(points * newMaximum.Value / SegmentedTable.Maximum, 4, MidpointRounding.AwayFromZero);
        Assert.Equal(before.Select(Expected), after);
        Assert.Equal(newMaximum.Value, reweighted.MaximumPoints);
        Assert.Equal(Generated.Assumed, reweighted.Indicator("X1").Scale.Provenance);
    }

    [Property]
    public void DroppingAnIndicator_RedistributesEveryPoint(HalfPoints[] maxima, int drop, PointsRedistribution rule)
    {
        var count = Math.Clamp(maxima.Length, 2, 6);
        var points = Enumerable.Range(0, count).Select(k => k < maxima.Length ? maxima[k].Value : 1m).ToArray();
        var dropped = ((drop % count) + count) % count;
        var rubric = Rubric.Create("drop").AddArea("A", "가", "A", area =>
        {
            for (var k = 0; k < count; k++)
            {
                area.AddIndicator(string.Create(CultureInfo.InvariantCulture, $"X{k}"), "x", "x", points[k], i => i.Reads(Generated.X).Proportional(0m, 100m).WithProvenance(Generated.Assumed));
            }
        }).Build();

        var after = rubric.ToBuilder().DropIndicator(string.Create(CultureInfo.InvariantCulture, $"X{dropped}"), rule).Build();
        var expected = rule == PointsRedistribution.None ? rubric.MaximumPoints - points[dropped] : rubric.MaximumPoints;
        Assert.Equal(expected, after.MaximumPoints);
        Assert.Equal(count - 1, after.Indicators.Count());
        Assert.All(after.Indicators, i => Assert.True(i.MaximumPoints >= rubric.Indicator(i.Code).MaximumPoints));
    }
}

/// <summary>A proportional scale and exact quotients to score on it.</summary>
/// <param name="ZeroAt">The value worth nothing (0–100 in halves).</param>
/// <param name="FullAt">The value worth the maximum (distinct from <paramref name="ZeroAt"/>).</param>
/// <param name="Maximum">The indicator's maximum, with no more decimals than <paramref name="Decimals"/>.</param>
/// <param name="Decimals">The rubric's points decimals (0–4).</param>
/// <param name="Numerators">Per unit, X (0–300).</param>
/// <param name="Denominators">Per unit, Y (1–12): the unit's value is X ÷ Y.</param>
public sealed record ProportionalCase(decimal ZeroAt, decimal FullAt, decimal Maximum, int Decimals, int[] Numerators, int[] Denominators)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"0 at {ZeroAt}, {Maximum} at {FullAt}, {Decimals} decimals: {string.Join(", ", Numerators.Zip(Denominators, (n, d) => $"{n}/{d}"))}");
}

/// <summary>Values of X and Y per unit (null: blank), and the maxima of the indicators that read them.</summary>
/// <param name="X">Per unit, X (0–100 in tenths) or blank.</param>
/// <param name="Y">Per unit, Y or blank.</param>
/// <param name="MaximumX">X1's maximum.</param>
/// <param name="MaximumY">Y1's maximum.</param>
public sealed record NormalizationCase(decimal?[] X, decimal?[] Y, decimal MaximumX, decimal MaximumY)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"X1 of {MaximumX}, Y1 of {MaximumY}: {string.Join(", ", X.Zip(Y, (x, y) => $"({x?.ToString(CultureInfo.InvariantCulture) ?? "blank"}, {y?.ToString(CultureInfo.InvariantCulture) ?? "blank"})"))}");
}

/// <summary>Points from 0.5 to 20 in halves.</summary>
/// <param name="Value">The points.</param>
public sealed record HalfPoints(decimal Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The generators of the rounding and rescaling properties.</summary>
public static class RoundingGenerators
{
    public static Arbitrary<ProportionalCase> ProportionalCases() => (
        from zero in Gen.Choose(0, 200)
        from full in Gen.Choose(0, 200).Where(f => f != zero)
        from decimals in Gen.Choose(0, 4)
        from maximum in Gen.Choose(1, 40)
        from n in Gen.Choose(1, 12)
        from numerators in Gen.ArrayOf(Gen.Choose(0, 300), n)
        from denominators in Gen.ArrayOf(Gen.Choose(1, 12), n)
        select new ProportionalCase(zero / 2m, full / 2m, decimals == 0 ? maximum : maximum / 2m, decimals, numerators, denominators)).ToArbitrary();

    public static Arbitrary<NormalizationCase> NormalizationCases()
    {
        var value = Gen.Frequency((1, Gen.Constant((decimal?)null)), (4, Gen.Choose(0, 1000).Select(v => (decimal?)(v / 10m))));
        return (
            from n in Gen.Choose(1, 10)
            from x in Gen.ArrayOf(value, n)
            from y in Gen.ArrayOf(value, n)
            from maximumX in Gen.Choose(1, 40)
            from maximumY in Gen.Choose(1, 40)
            select new NormalizationCase(x, y, maximumX / 2m, maximumY / 2m)).ToArbitrary();
    }

    public static Arbitrary<HalfPoints> Points() => Gen.Choose(1, 40).Where(h => h != 20).Select(h => new HalfPoints(h / 2m)).ToArbitrary();
}
