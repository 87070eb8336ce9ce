using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Rubrics;

/// <summary>Variants made by editing a built rubric: reweighting with group overrides, redistributing a dropped
/// indicator's points, and the errors of edits that name nothing (each written to kill surviving mutants of
/// <c>RubricBuilder</c> that no test noticed).</summary>
public class RubricEditTests
{
    private static readonly Provenance Assumed = Provenance.FromAssumption("test");

    private static Rubric FourIndicators(decimal? declaredArea = null) => Rubric.Create("edits")
        .AddArea("A", "가", "A", a =>
        {
            a.WithDeclaredPoints(declaredArea);
            foreach (var (code, points) in new[] { ("X1", 3m), ("X2", 1m), ("X3", 2m), ("X4", 4m) })
            {
                a.AddIndicator(code, code, code, points, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed));
            }
        })
        .Build();

    private static decimal[] Maxima(Rubric rubric) => [.. rubric.Indicators.Select(i => i.MaximumPoints)];

    [Fact]
    public void Reweight_ScalesTheIndicatorsAndEachGroupOverridesPoints()
    {
        // C1 of 10 points (bands 10/5/0); counties have their own maximum of 6 (6/3/0); cities the indicator's (8/4/0).
        var rubric = Rubric.Create("groups").AddArea("C", "다", "C", a => a.AddIndicator("C1", "사례", "Caseload", 10, i => i
                .Reads(Measure.CasesPerCaseManager)
                .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(5, BandRange.From(20).To(30)).Otherwise(0)).WithProvenance(Assumed)
                .ForGroup("County", g => g.WithMaximumPoints(6).WithBands(b => b.Band(6, BandRange.From(30).To(50)).Band(3, BandRange.From(20).To(30)).Otherwise(0)).WithProvenance(Assumed))
                .ForGroup("City", g => g.WithBands(b => b.Band(8, BandRange.From(30).To(50)).Band(4, BandRange.From(20).To(30)).Otherwise(0)).WithProvenance(Assumed))))
            .Build();

        var doubled = rubric.ToBuilder().Indicator("C1", i => i.Reweight(20)).Build().Indicator("C1");

        Assert.Equal(20, doubled.MaximumPoints);
        Assert.Equal([20m, 10m], ((BandScale)doubled.Scale).Bands.Select(b => b.Points));
        Assert.Equal(0m, ((BandScale)doubled.Scale).OtherwisePoints);
        var county = doubled.GroupOverrides.Single(o => o.Group == "County");
        Assert.Equal(12m, county.MaximumPoints);
        Assert.Equal([12m, 6m], ((BandScale)county.Scale).Bands.Select(b => b.Points));
        var city = doubled.GroupOverrides.Single(o => o.Group == "City");
        Assert.Null(city.MaximumPoints);
        Assert.Equal([16m, 8m], ((BandScale)city.Scale).Bands.Select(b => b.Points));

        // Nothing to keep a share of, or nothing to change: refused with the reason.
        var zero = Rubric.Create("zero").AddArea("C", "다", "C", a => a.AddIndicator("C1", "사례", "Caseload", 0, i => i.Reads(Measure.CasesPerCaseManager).Proportional(0, 100).WithProvenance(Assumed)));
        Assert.Equal("C1 has a maximum of 0; set its points with WithMaximumPoints and its scale instead.",
            Assert.Throws<InvalidOperationException>(() => zero.Indicator("C1", i => i.Reweight(5))).Message);
    }

    [Fact]
    public void DropIndicator_ProportionalWithinArea_GivesEachItsShare_RoundedTo4Decimals_TheLastTheRemainder()
    {
        // X4's 4 points to X1 (3), X2 (1), X3 (2): 4 × 3/6 = 2, 4 × 1/6 = 0.6667, and X3 the remaining 1.3333.
        var after = FourIndicators().ToBuilder().DropIndicator("X4", PointsRedistribution.ProportionalWithinArea).Build();
        Assert.Equal([5m, 1.6667m, 3.3333m], Maxima(after));
        Assert.Equal(10m, after.MaximumPoints);
    }

    [Fact]
    public void DropIndicator_EquallyWithinArea_GivesEachAThird_TheLastTheRemainder()
    {
        var after = FourIndicators().ToBuilder().DropIndicator("X4", PointsRedistribution.EquallyWithinArea).Build();
        Assert.Equal([4.3333m, 2.3333m, 3.3334m], Maxima(after));
    }

    [Fact]
    public void DropIndicator_WithoutRedistribution_LowersTheAreasDeclaredPoints()
    {
        var after = FourIndicators(declaredArea: 10).ToBuilder().DropIndicator("X4").Build();
        Assert.Equal(6m, after.Areas.Single().MaximumPoints);
        Assert.Equal([3m, 1m, 2m], Maxima(after));
    }

    [Fact]
    public void Edits_ThatNameNothing_AreRefusedWithWhatIsMissing()
    {
        var builder = FourIndicators().ToBuilder();
        Assert.Equal("The rubric has no area Z.", Assert.Throws<KeyNotFoundException>(() => builder.Area("Z", _ => { })).Message);
        Assert.Equal("The rubric has no indicator Z9.", Assert.Throws<KeyNotFoundException>(() => builder.Indicator("Z9", _ => { })).Message);
        Assert.Equal("The rubric has no indicator Z9.", Assert.Throws<KeyNotFoundException>(() => builder.RemoveIndicator("Z9")).Message);
        Assert.Equal("The rubric has no indicator Z9.", Assert.Throws<KeyNotFoundException>(() => builder.DropIndicator("Z9")).Message);

        builder.AddGroup("Coast", Municipality.Ansan, Municipality.Siheung);
        Assert.Equal("A group named 'Coast' already exists. (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => builder.AddGroup("Coast", Municipality.Hwaseong)).Message);
        Assert.StartsWith("A group named 'City' already exists.", Assert.Throws<ArgumentException>(() => builder.AddGroup("City", Municipality.Hwaseong)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => builder.AddGroup(" ", Municipality.Hwaseong));
    }
}

/// <summary>Equality of the rubric's value records with lists: by name or reason and by the list's items, in order.</summary>
public class RubricRecordEqualityTests
{
    [Fact]
    public void MunicipalityGroup_EqualByNameAndMembersInOrder()
    {
        var coast = new MunicipalityGroup("Coast", ["Ansan", "Siheung"]);

        Assert.Equal(coast, new MunicipalityGroup("Coast", new List<string> { "Ansan", "Siheung" }));
        Assert.Equal(coast.GetHashCode(), new MunicipalityGroup("Coast", ["Ansan", "Siheung"]).GetHashCode());
        Assert.NotEqual(coast, new MunicipalityGroup("Shore", ["Ansan", "Siheung"]));
        Assert.NotEqual(coast, new MunicipalityGroup("Coast", ["Siheung", "Ansan"]));
        Assert.NotEqual(coast, new MunicipalityGroup("Coast", ["Ansan"]));
        Assert.False(coast.Equals(null));
    }

    [Fact]
    public void NotApplicableRule_EqualByReasonAndUnitsInOrder()
    {
        var rule = new NotApplicableRule(["Gwacheon"], "no private staff");

        Assert.Equal(rule, new NotApplicableRule(new List<string> { "Gwacheon" }, "no private staff"));
        Assert.NotEqual(rule, new NotApplicableRule(["Gwacheon"], "another reason"));
        Assert.NotEqual(rule, new NotApplicableRule(["Gwacheon", "Yeoncheon"], "no private staff"));
        Assert.False(rule.Equals(null));
    }
}
