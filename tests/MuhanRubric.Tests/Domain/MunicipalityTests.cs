using MuhanRubric.Domain;

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
        Assert.Equal(expected, Municipality.All.Select(m => m.KoreanName));
        Assert.Equal(Enumerable.Range(1, 31), Municipality.All.Select(m => m.ReportOrder));
    }

    [Fact]
    public void Region_First21AreSouthernLast10Northern()
    {
        Assert.All(Municipality.All.Take(21), m => Assert.Equal(ProvinceRegion.Southern, m.Region));
        Assert.All(Municipality.All.Skip(21), m => Assert.Equal(ProvinceRegion.Northern, m.Region));
        Assert.Equal(10, Province.Gyeonggi.MunicipalitiesIn(ProvinceRegion.Northern).Count);
    }

    [Fact]
    public void Kind_ThreeCounties()
    {
        Assert.Equal(
            [Municipality.Yangpyeong, Municipality.Gapyeong, Municipality.Yeoncheon],
            Municipality.All.Where(m => m.Kind == MunicipalityKind.County));
        Assert.All(Municipality.All.Where(m => m.Kind == MunicipalityKind.County), m => Assert.EndsWith("-gun", m.RomanizedName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("포천군", "Pocheon")]
    [InlineData("포천시", "Pocheon")]
    [InlineData("포천", "Pocheon")]
    [InlineData("광주시", "Gwangju")]
    [InlineData(" 수원 ", "Suwon")]
    public void TryFromKoreanName_AcceptsPrintedVariants(string name, string code)
    {
        Assert.True(Municipality.TryFromKoreanName(name, out var found));
        Assert.Equal(code, found.Code);
    }

    [Fact]
    public void FromCode_UnknownCode_ThrowsNamingTheCode()
    {
        var ex = Assert.Throws<ArgumentException>(() => Municipality.FromCode("Seoul"));
        Assert.Equal("'Seoul' is not one of the 31 municipality codes (Suwon, Seongnam, …, Yeoncheon). (Parameter 'code')", ex.Message);
    }

    [Fact]
    public void Equality_IsByCode()
    {
        Assert.True(Municipality.FromCode("Suwon") == Municipality.Suwon);
        Assert.False(Municipality.Suwon == Municipality.Seongnam);
        Assert.True(Municipality.Suwon != null);
        Assert.Equal(Municipality.Suwon.GetHashCode(), Municipality.FromCode("Suwon").GetHashCode());
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
