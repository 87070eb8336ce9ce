using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Measurements;

/// <summary>Five invented units and four invented staff measures: small enough to state every expected reading.</summary>
internal static class TinyTables
{
    public static Municipality North1 { get; } = new("N1", "북일시", kind: MunicipalityKind.City, region: "North");

    public static Municipality North2 { get; } = new("N2", "북이군", kind: MunicipalityKind.County, region: "North");

    public static Municipality South1 { get; } = new("S1", "남일시", kind: MunicipalityKind.City, region: "South");

    public static Municipality South2 { get; } = new("S2", "남이시", kind: MunicipalityKind.City, region: "South");

    public static Municipality South3 { get; } = new("S3", "남삼구", kind: MunicipalityKind.District, region: "South");

    public static MunicipalityCatalog Catalogue { get; } = new([North1, North2, South1, South2, South3]);

    /// <summary>Staff in post: the denominator of <see cref="Certified"/>.</summary>
    public static Measure Staff { get; } = new("Staff", "현원(명)", "Staff in post", MeasureUnit.Persons, isWholeCount: true);

    /// <summary>Certified staff, a share of <see cref="Staff"/>.</summary>
    public static Measure Certified { get; } = new("Certified", "자격증 소지자(명)", "Certified staff", MeasureUnit.Persons, isWholeCount: true, hasShare: true, shareDenominator: "Staff");

    /// <summary>Regular staff with a share but no denominator: the share must be given beside the count.</summary>
    public static Measure Regular { get; } = new("Regular", "정규직(명)", "Regular staff", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>Trained staff with a share but no denominator, and (in these tables) no share given anywhere.</summary>
    public static Measure Trained { get; } = new("Trained", "교육 이수자(명)", "Trained staff", MeasureUnit.Persons, isWholeCount: true, hasShare: true);

    /// <summary>A 1–5 survey score.</summary>
    public static Measure Satisfaction { get; } = new("Satisfaction", "만족도(점수)", "Satisfaction (1–5)", MeasureUnit.Score, expectedRange: Interval.Closed(1, 5));

    public static MeasureCatalog MeasureCatalogue { get; } = new([Staff, Certified, Regular, Trained, Satisfaction]);

    /// <summary>A builder over every unit and measure, every cell of <paramref name="rows"/> given (null: blank).</summary>
    public static MeasurementTable.Builder Builder(params (Municipality Unit, decimal? Staff, decimal? Certified, decimal? Regular, decimal? Trained, decimal? Satisfaction)[] rows)
    {
        var builder = MeasurementTable.CreateBuilder(Catalogue, MeasureCatalogue).WithName("tiny");
        foreach (var row in rows)
        {
            Cell(builder, row.Unit, Staff, row.Staff);
            Cell(builder, row.Unit, Certified, row.Certified);
            Cell(builder, row.Unit, Regular, row.Regular);
            Cell(builder, row.Unit, Trained, row.Trained);
            Cell(builder, row.Unit, Satisfaction, row.Satisfaction);
        }

        return builder;
    }

    /// <summary>A one-area rubric of one indicator scored proportionally (0 → 0 points, <paramref name="fullAt"/> → 10).</summary>
    public static Rubric Proportional(string code, MeasureExpression expression, decimal zeroAt, decimal fullAt) =>
        Rubric.Create("tiny " + code)
            .AddArea("A", "가", "A", a => a.AddIndicator(code, code, code, 10, i => i.Reads(expression).Proportional(zeroAt, fullAt).WithProvenance(Provenance.FromAssumption("test"))))
            .Build();

    private static void Cell(MeasurementTable.Builder builder, Municipality unit, Measure measure, decimal? value)
    {
        _ = value is { } v ? builder.Set(unit, measure, v) : builder.SetMissing(unit, measure);
    }
}
