using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Measures;

public class MeasureCatalogTests
{
    private static Measure Count(string id, string label, string? denominator = null) =>
        new(id, label, id, MeasureUnit.Persons, isWholeCount: true, hasShare: denominator is not null, shareDenominator: denominator);

    [Theory]
    [InlineData("1stRow")]
    [InlineData("_Row")]
    [InlineData("Row 1")]
    [InlineData("Row/1")]
    [InlineData("Row%")]
    public void Measure_InvalidId_IsRejected(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => Count(id, "행"));
        Assert.Equal($"A measure id starts with a letter and has only letters, digits, '_', '-' and '.'; got '{id}'. (Parameter 'id')", ex.Message);
    }

    [Theory]
    [InlineData("Row1")]
    [InlineData("row.1-b_c")]
    [InlineData("행1")]
    public void Measure_ValidId_IsAccepted(string id)
    {
        Assert.Equal(id, Count(id, "행").Id);
        Assert.True(Measure.IsValidId(id));
    }

    [Fact]
    public void Measure_EmptyIdOrLabel_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Count(" ", "행"));
        Assert.Throws<ArgumentException>(() => Count("Row", " "));
        Assert.Throws<ArgumentNullException>(() => Count(null!, "행"));
    }

    [Fact]
    public void Measure_DenominatorWithoutAShare_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Measure("Certified", "자격", "Certified", MeasureUnit.Persons, shareDenominator: "Staff"));
        Assert.Equal("Measure 'Certified' declares a share denominator but no share (hasShare: false). (Parameter 'shareDenominator')", ex.Message);
    }

    [Theory]
    [InlineData("Certified")]
    [InlineData("9Staff")]
    public void Measure_InvalidDenominator_IsRejected(string denominator)
    {
        var ex = Assert.Throws<ArgumentException>(() => Count("Certified", "자격", denominator));
        Assert.Equal($"Measure 'Certified' has an invalid share denominator '{denominator}'. (Parameter 'shareDenominator')", ex.Message);
    }

    [Fact]
    public void Measure_Defaults_PercentRangeAndNormalizedLabel()
    {
        var percent = new Measure("Rate", " 비율(%)\u3000", " Rate ", MeasureUnit.Percent);
        Assert.Equal((Interval.Closed(0, 100), "비율(%)", "Rate"), (percent.ExpectedRange, percent.KoreanLabel, percent.EnglishName));
        Assert.Null(Count("Staff", "현원").ExpectedRange);
        Assert.Equal("자격".Normalize(), Count("Certified", "자격".Normalize(System.Text.NormalizationForm.FormD)).KoreanLabel);
        Assert.Equal(Count("Staff", "현원"), Count("Staff", "다른 이름"));
    }

    [Fact]
    public void Catalog_DuplicateId_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureCatalog([Count("Staff", "현원"), Count("Staff", "직원")]));
        Assert.Equal("Two measures share the id 'Staff'. (Parameter 'measures')", ex.Message);
    }

    [Fact]
    public void Catalog_LabelsEqualUpToWhitespace_AreDuplicates()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureCatalog([Count("Staff", "현원 (명)"), Count("Headcount", "현원\u3000\u3000(명)")]));
        Assert.Equal("Measures 'Staff' and 'Headcount' share the Korean label '현원\u3000\u3000(명)'. (Parameter 'measures')", ex.Message);
    }

    [Fact]
    public void Catalog_UnknownShareDenominator_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MeasureCatalog([Count("Certified", "자격", "Staff")]));
        Assert.Equal("Measure 'Certified' takes its share of 'Staff', which the catalogue does not hold. (Parameter 'measures')", ex.Message);
    }

    [Fact]
    public void Catalog_NullMeasure_IsRejected()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new MeasureCatalog([Count("Staff", "현원"), null!]));
        Assert.Equal("A catalogue cannot hold a null measure. (Parameter 'measures')", ex.Message);
    }

    [Fact]
    public void With_AppendsAndLeavesTheOriginalUnchanged()
    {
        var staff = new MeasureCatalog([Count("Staff", "현원")]);
        var both = staff.With(Count("Certified", "자격", "Staff"));
        Assert.Equal(["Staff"], staff.Select(m => m.Id));
        Assert.Equal(["Staff", "Certified"], both.Select(m => m.Id));
        Assert.Equal(33 + 1, MeasureCatalog.Gyeonggi2016.With(Count("Staff", "현원")).Count);
        Assert.Equal(33, MeasureCatalog.Gyeonggi2016.Count);

        var ex = Assert.Throws<ArgumentException>(() => both.With(Count("Certified", "자격 2")));
        Assert.Equal("Two measures share the id 'Certified'. (Parameter 'measures')", ex.Message);
    }

    [Fact]
    public void Find_ByIdOrLabelAsPeopleTypeIt()
    {
        var catalog = new MeasureCatalog([Count("Staff", "현원 (명)"), Count("Certified", "자격증 소지자(명)", "Staff")]);
        Assert.True(catalog.TryFind(" 현원\u3000 (명) ", out var staff));
        Assert.Equal("Staff", staff.Id);
        Assert.Equal(1, catalog.IndexOf("Certified"));
        Assert.False(catalog.TryFind(null, out _));
        Assert.Equal(-1, catalog.IndexOf("staff")); // ids are ordinal.
        var ex = Assert.Throws<KeyNotFoundException>(() => catalog["Trained"]);
        Assert.Equal("unknown measure 'Trained'; expected an id or Korean label of the 2 measures (Staff … Certified)", ex.Message);
    }
}
