using MuhanRubric.Domain;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Domain;

public class MunicipalityTests
{
    [Fact]
    public void All_ListsThe31MunicipalitiesInReportOrder()
    {
        // GLOSSARY.md and the captions of 표 Ⅳ-16 … 표 Ⅳ-46 (p.53–113).
        string[] expected =
        [
            "수원시", "성남시", "부천시", "용인시", "안산시", "안양시", "평택시", "시흥시", "화성시", "광명시", "군포시", "광주시",
            "김포시", "이천시", "안성시", "오산시", "하남시", "의왕시", "여주시", "양평군", "과천시", "고양시", "남양주시",
            "의정부시", "파주시", "구리시", "양주시", "포천시", "동두천시", "가평군", "연천군",
        ];
        Assert.Equal(expected, MunicipalityCatalog.Gyeonggi.Select(m => m.KoreanName));
        Assert.Equal(Enumerable.Range(0, 31), MunicipalityCatalog.Gyeonggi.Select(MunicipalityCatalog.Gyeonggi.IndexOf));
    }

    [Fact]
    public void Region_First21AreSouthernLast10Northern()
    {
        Assert.All(MunicipalityCatalog.Gyeonggi.Take(21), m => Assert.Equal("Southern", m.Region));
        Assert.All(MunicipalityCatalog.Gyeonggi.Skip(21), m => Assert.Equal("Northern", m.Region));
        Assert.Equal(10, Province.Gyeonggi.MunicipalitiesIn("Northern").Count);
        Assert.Equal(MunicipalityCatalog.Gyeonggi.Take(21), MunicipalityCatalog.Gyeonggi.InGroup("Southern"));
    }

    [Fact]
    public void Kind_ThreeCounties()
    {
        Assert.Equal(
            [Municipality.Yangpyeong, Municipality.Gapyeong, Municipality.Yeoncheon],
            MunicipalityCatalog.Gyeonggi.Where(m => m.Kind == MunicipalityKind.County));
        Assert.All(MunicipalityCatalog.Gyeonggi.Where(m => m.Kind == MunicipalityKind.County), m => Assert.EndsWith("-gun", m.RomanizedName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("포천군", "Pocheon")]
    [InlineData("포천시", "Pocheon")]
    [InlineData("포천", "Pocheon")]
    [InlineData("광주시", "Gwangju")]
    [InlineData(" 수원 ", "Suwon")]
    [InlineData("Suwon", "Suwon")]
    [InlineData("수원시\u3000", "Suwon")]
    public void Find_AcceptsCodesAndPrintedVariants(string name, string code)
    {
        Assert.True(MunicipalityCatalog.Gyeonggi.TryFind(name, out var found));
        Assert.Equal(code, found.Code);
    }

    [Fact]
    public void Find_DecomposedHangul_IsNormalizedToNfc()
    {
        var decomposed = "수원시".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("수원시", decomposed);
        Assert.Equal(Municipality.Suwon, MunicipalityCatalog.Gyeonggi.Find(decomposed));
    }

    [Fact]
    public void Find_UnknownName_ThrowsNamingTheNameAndTheCatalogue()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => MunicipalityCatalog.Gyeonggi.Find("Seoul"));
        Assert.Equal("unknown unit 'Seoul'; expected a code or Korean name of the 31 units (Suwon … Yeoncheon)", ex.Message);
    }

    [Fact]
    public void Catalogue_SharedShortName_FindsNeitherAndSaysSo()
    {
        var catalogue = new MunicipalityCatalog(
        [
            new Municipality("Busan-Jung", "중구", "Jung-gu", MunicipalityKind.District, "Busan"),
            new Municipality("Daegu-Jung", "중구", "Jung-gu", MunicipalityKind.District, "Daegu"),
            new Municipality("Busan-Seo", "서구", "Seo-gu", MunicipalityKind.District, "Busan"),
        ]);

        Assert.False(catalogue.TryFind("중구", out _));
        Assert.Equal("'중구' names more than one unit (Busan-Jung, Daegu-Jung); use the code", catalogue.DescribeMiss("중구"));
        Assert.Equal("Busan-Jung", catalogue.Find("Busan-Jung").Code);
        Assert.Equal("Busan-Seo", catalogue.Find("서구").Code);
        Assert.Equal(["Busan-Jung", "Busan-Seo"], catalogue.InGroup("Busan").Select(u => u.Code));
        Assert.Equal(3, catalogue.InGroup("District").Count);
    }

    [Fact]
    public void Catalogue_DuplicateCode_IsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MunicipalityCatalog([Municipality.Suwon, new Municipality("Suwon", "수원특례시")]));
        Assert.StartsWith("Two units share the code 'Suwon' (positions 1 and 2).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_GroupsComeFromKindRegionAndNamedGroups()
    {
        var unit = new Municipality("X1", "가나시", kind: MunicipalityKind.City, region: "East", groups: ["Coastal"]);
        Assert.True(unit.IsInGroup("City"));
        Assert.True(unit.IsInGroup("East"));
        Assert.True(unit.IsInGroup("Coastal"));
        Assert.False(unit.IsInGroup("County"));
        Assert.False(unit.IsInGroup("Other"));
        Assert.Equal("가나", unit.ShortKoreanName);
        Assert.Equal("X1", unit.RomanizedName);
        Assert.True(Municipality.Yeoncheon.IsInGroup("County"));
        Assert.True(Municipality.Yeoncheon.IsInGroup("Northern"));
    }

    [Fact]
    public void Equality_IsByCode()
    {
        Assert.True(MunicipalityCatalog.Gyeonggi.Find("Suwon") == Municipality.Suwon);
        Assert.True(new Municipality("Suwon", "수원특례시") == Municipality.Suwon);
        Assert.False(Municipality.Suwon == Municipality.Seongnam);
        Assert.True(Municipality.Suwon != null);
        Assert.Equal(Municipality.Suwon.GetHashCode(), new Municipality("Suwon", "수원").GetHashCode());
        Assert.Equal("수원시 (Suwon-si)", Municipality.Suwon.ToString());
    }

    [Fact]
    public void CareCenter_HasKoreanAndEnglishNamesAndValueEquality()
    {
        var center = new CareCenter(Municipality.Yeoncheon);
        Assert.Equal("연천군 무한돌봄센터", center.KoreanName);
        Assert.Equal("Yeoncheon-gun Muhan Care Center", center.EnglishName);
        Assert.Equal(center, new CareCenter(Municipality.Yeoncheon));
    }

    [Fact]
    public void StaffGroup_KoreanNames()
    {
        Assert.Equal(["통합사례관리 담당 공무원", "민간사례관리사", "통합사례관리사"], Enum.GetValues<StaffGroup>().Select(g => g.KoreanName()));
    }
}
