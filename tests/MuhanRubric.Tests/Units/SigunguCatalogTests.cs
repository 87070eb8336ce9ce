using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Units;

/// <summary>
/// A nationwide-like catalogue of 229 시군구 in 17 regions, with measures of its own, scored by a rubric built here:
/// nothing of 2016 or Gyeonggi is involved. Codes, names and values are generated deterministically.
/// </summary>
public class SigunguCatalogTests
{
    private static readonly string[] _regions = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주"];

    // Districts (구) share these names across regions, as 중구 and 동구 do in Korea.
    private static readonly string[] _sharedDistrictNames = ["중구", "동구", "서구", "남구", "북구"];
    private const string Syllables = "가나다라마바사아자차카타파하";

    private static readonly Measure _residents = new("Residents", "주민 수(명)", "Residents", MeasureUnit.Persons, isWholeCount: true);
    private static readonly Measure _recipients = new("CareRecipients", "돌봄 대상자(명)", "Care recipients", MeasureUnit.Persons, isWholeCount: true, hasShare: true, shareDenominator: "Residents");
    private static readonly Measure _waitingDays = new("WaitingDays", "평균 대기일수(일)", "Average waiting days", MeasureUnit.Days);

    private static readonly MunicipalityCatalog _units = new(Generate());
    private static readonly MeasureCatalog _measures = new([_residents, _recipients, _waitingDays]);

    // A1: the share of residents in care, in bands, with its own bands for 제주; A2: waiting days, 30 → 0 points, 0 → 10.
    private static readonly Rubric _rubric = Rubric.Create("nationwide care")
        .AddArea("A", "돌봄", "Care", a => a
            .AddIndicator("A1", "돌봄 포괄률", "Care coverage", 10, i => i
                .Reads(_recipients, ValuePart.Percent)
                .WithBands(b => b.Band(10, BandRange.AtLeast(10)).Band(6, BandRange.From(5).To(10)).Band(2, BandRange.Below(5))).WithProvenance(Provenance.FromAssumption("test"))
                .ForGroup("제주", g => g.WithBands(b => b.Band(10, BandRange.AtLeast(5)).Otherwise(4)).WithProvenance(Provenance.FromAssumption("test"))))
            .AddIndicator("A2", "대기일수", "Waiting days", 10, i => i.Reads(_waitingDays).Proportional(30, 0).WithProvenance(Provenance.FromAssumption("test"))))
        .Build();

    private static IEnumerable<Municipality> Generate()
    {
        for (var r = 0; r < _regions.Length; r++)
        {
            var count = r < 8 ? 14 : 13; // 8 × 14 + 9 × 13 = 229.
            for (var i = 0; i < count; i++)
            {
                var (kind, suffix) = (i % 3) switch { 0 => (MunicipalityKind.District, "구"), 1 => (MunicipalityKind.City, "시"), _ => (MunicipalityKind.County, "군") };
                var name = kind == MunicipalityKind.District ? _sharedDistrictNames[i / 3] : _regions[r] + Syllables[i] + suffix;
                yield return new Municipality($"R{r + 1:00}-{i + 1:00}", name, kind: kind, region: _regions[r]);
            }
        }
    }

    private static (int Residents, int Recipients, decimal WaitingDays) Values(int g) => (1000 + (g * 37 % 900), g * 53 % 200, (g * 7 % 31) + 0.5m);

    private static MeasurementTable Table()
    {
        var builder = MeasurementTable.CreateBuilder(_units, _measures).WithName("nationwide").WithPeriod(EvaluationPeriod.Year(2024));
        for (var g = 0; g < _units.Count; g++)
        {
            var (residents, recipients, waiting) = Values(g);
            builder.Set(_units[g], _residents, residents).Set(_units[g], _recipients, recipients).Set(_units[g], _waitingDays, waiting);
        }

        return builder.Build();
    }

    // Computed here from the values, without the library: the expected points of each unit.
    private static decimal ExpectedTotal(int g)
    {
        var (residents, recipients, waiting) = Values(g);
        var share = recipients * 100m / residents;
        var a1 = _units[g].Region == "제주" ? (share >= 5 ? 10m : 4m) : share >= 10 ? 10m : share >= 5 ? 6m : 2m;
        var a2 = Math.Round(Math.Clamp((30m - waiting) / 30m * 10m, 0m, 10m), 2, MidpointRounding.AwayFromZero);
        return a1 + a2;
    }

    [Fact]
    public void Catalogue_Has229UnitsIn17Regions()
    {
        Assert.Equal(229, _units.Count);
        Assert.Equal(17, _units.Select(u => u.Region).Distinct().Count());
        Assert.Equal(13, _units.InGroup("제주").Count);
        Assert.Equal((85, 76, 68), (_units.InGroup("District").Count, _units.InGroup("City").Count, _units.InGroup("County").Count));
    }

    [Fact]
    public void Catalogue_SharedShortName_FindsNoUnitButCodesAndUniqueNamesDo()
    {
        Assert.False(_units.TryFind("중구", out _));
        Assert.StartsWith("'중구' names more than one unit (R01-01, R02-01, R03-01, ", _units.DescribeMiss("중구"), StringComparison.Ordinal);
        Assert.EndsWith(", R17-01); use the code", _units.DescribeMiss("중구"), StringComparison.Ordinal);
        Assert.Equal("R02-01", _units.Find("R02-01").Code);
        Assert.Equal("R01-02", _units.Find("서울나시").Code);
        Assert.Equal("R01-02", _units.Find("서울나").Code);
        Assert.Equal("unknown unit '서울시'; expected a code or Korean name of the 229 units (R01-01 … R17-13)", _units.DescribeMiss("서울시"));
    }

    [Fact]
    public void Table_BuildsAndDerivesTheShareFromItsDenominator()
    {
        var table = Table();
        Assert.Equal((229, 3, "2024"), (table.Units.Count, table.Measures.Count, table.Period?.Label));
        var (residents, recipients, _) = Values(5);
        Assert.Equal(new MeasurementReading(recipients * 100m / residents, ReadingStatus.Derived), table.Read(_units[5], _recipients, ValuePart.Percent));
        Assert.Equal(new MeasurementReading(0m, ReadingStatus.Derived), table.Read(_units[0], _recipients, ValuePart.Percent)); // 0 recipients.
    }

    [Fact]
    public void Score_EveryTotalAndRankMatchesAnIndependentComputation()
    {
        var result = _rubric.Score(Table());
        var expected = Enumerable.Range(0, _units.Count).Select(ExpectedTotal).ToArray();
        Assert.Empty(result.Warnings);
        Assert.Equal(expected, result.Cards.Select(c => c.Total));
        Assert.Equal(expected, result.Cards.Select(c => c.NormalizedTotal)); // no indicator left the maximum of 20.
        Assert.Equal(expected.Select(t => 1 + expected.Count(o => o > t)), result.Cards.Select(c => c.Rank));
    }

    [Fact]
    public void Score_GroupOverrideOnARegion_AppliesToItsUnitsOnly()
    {
        var result = _rubric.Score(Table());
        Assert.All(result.Cards, c => Assert.Equal(c.Municipality.Region == "제주" ? "제주" : null, c["A1"].Group));
        Assert.Contains(result.Cards, c => c["A1"].Group == "제주" && c["A1"].Points == 4);
    }
}
