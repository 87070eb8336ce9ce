using MuhanRubric.Import;
using MuhanRubric.Measurements;

namespace MuhanRubric.Tests.Composite;

public class CoinrImportTests
{
    private const string Meta = """
        Level,iCode,iName,Direction,Weight,Unit,Target,Denominator,Parent,Type
        1,a,A,1,1,NA,NA,Pop,P,Indicator
        1,b,B,-1,2,NA,NA,NA,P,Indicator
        2,P,Pillar,1,1,NA,NA,NA,Index,Aggregate
        3,Index,Index,1,1,NA,NA,NA,NA,Aggregate
        NA,Zone,Zone,NA,NA,NA,NA,NA,NA,Group
        NA,Pop,Population,NA,NA,NA,NA,NA,NA,Denominator
        """;

    [Fact]
    public void Read_DataAndMeta_GivesTableHierarchyGroupsAndDenominators()
    {
        var data = CoinrImport.Read("uName,uCode,Zone,Time,Pop,a,b\nAlpha,AA,N,2020,10,1,NA\nBeta,BB,S,2020,20,-3,4\n", Meta);

        Assert.Equal(["AA", "BB"], data.Measurements.Units.Select(u => u.Code));
        Assert.Equal(["Zone:N"], data.Measurements.Units[0].Groups.ToArray());
        Assert.Equal(EvaluationPeriod.Year(2020), data.Measurements.Period);
        Assert.Equal(CellStatus.Missing, data.Measurements.StatusOf(data.Measurements.Units[0], data.Measurements.Measures["b"]));
        Assert.Equal(-3m, data.Measurements[data.Measurements.Units[1], data.Measurements.Measures["a"]]!.Value);
        Assert.Equal(3, data.Index.Depth);
        Assert.Equal(-1, data.Index["b"].Direction);
        Assert.Equal(2, data.Index["b"].Weight);
        Assert.Equal([new MuhanRubric.Composite.Denomination("a", "Pop")], data.Denominations);
        Assert.Equal(["Zone"], data.GroupColumns);
    }

    [Fact]
    public void Read_BadMeta_NamesFileLineAndColumn()
    {
        var meta = Meta.Replace("1,b,B,-1,2,NA,NA,NA,P,Indicator", "1,b,B,0,2,NA,NA,NA,Q,Indicator", StringComparison.Ordinal);
        var ex = Assert.Throws<DatasetFormatException>(() => CoinrImport.Read("uCode,a,b\nAA,1,2\n", meta, metaName: "meta.csv"));

        Assert.Equal(
            [
                "meta.csv: line 3, measure b, field 'Direction': expected 1 or -1, found '0'",
                "meta.csv: line 3, measure b, field 'Parent': expected the code of an aggregate, found 'Q'",
            ],
            ex.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_BadData_NamesFileLineUnitAndColumn()
    {
        var ex = Assert.Throws<DatasetFormatException>(() => CoinrImport.Read("uCode,Zone,Pop,a,b,c\nAA,N,1,x,2,3\nAA,N,1,1,2,3\n", Meta, "data.csv"));

        Assert.Equal(["data.csv: line 1, field 'c': expected a column iMeta (iMeta.csv) declares, found 'c'"], ex.Problems.Select(p => p.ToString()));

        var values = Assert.Throws<DatasetFormatException>(() => CoinrImport.Read("uCode,Zone,Pop,a,b\nAA,N,1,x,2\nAA,N,1,1,2\n", Meta, "data.csv"));
        Assert.Equal(
            [
                "data.csv: line 2, 시군 AA, measure a: expected a number or NA, found 'x'",
                "data.csv: line 3, 시군 AA, field 'uCode': expected each unit once, found 'AA' again (panel data with several Time values is not read)",
            ],
            values.Problems.Select(p => p.ToString()));
    }
}
