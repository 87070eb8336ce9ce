
namespace MuhanRubric.Measures;

/// <summary>What a measure counts.</summary>
public enum MeasureUnit
{
    /// <summary>A number of events (sessions, meetings): 회.</summary>
    Count,

    /// <summary>People or person-times: 명.</summary>
    Persons,

    /// <summary>A score on a printed scale: 점.</summary>
    Score,

    /// <summary>A percentage: %.</summary>
    Percent,

    /// <summary>Hours: 시간.</summary>
    Hours,

    /// <summary>Households: 가구.</summary>
    Households,

    /// <summary>Cases: 건.</summary>
    Cases,

    /// <summary>A ratio of two quantities: 비율.</summary>
    Ratio,

    /// <summary>An amount of money in won: 원.</summary>
    Won,

    /// <summary>Days: 일.</summary>
    Days,

    /// <summary>Anything else (no unit is printed).</summary>
    Other,
}

/// <summary>Labels of <see cref="MeasureUnit"/>.</summary>
public static class MeasureUnitExtensions
{
    /// <summary>The Korean unit label a form prints beside a value: 회, 명, 점, %, 시간, 가구, 건, 비율, 원, 일.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The label, empty for <see cref="MeasureUnit.Other"/>.</returns>
    public static string KoreanLabel(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "회",
        MeasureUnit.Persons => "명",
        MeasureUnit.Score => "점",
        MeasureUnit.Percent => "%",
        MeasureUnit.Hours => "시간",
        MeasureUnit.Households => "가구",
        MeasureUnit.Cases => "건",
        MeasureUnit.Ratio => "비율",
        MeasureUnit.Won => "원",
        MeasureUnit.Days => "일",
        _ => string.Empty,
    };

    /// <summary>The English unit label: sessions, persons, points, %, hours, households, cases, ratio, KRW, days.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The label, empty for <see cref="MeasureUnit.Other"/>.</returns>
    public static string EnglishLabel(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "sessions",
        MeasureUnit.Persons => "persons",
        MeasureUnit.Score => "points",
        MeasureUnit.Percent => "%",
        MeasureUnit.Hours => "hours",
        MeasureUnit.Households => "households",
        MeasureUnit.Cases => "cases",
        MeasureUnit.Ratio => "ratio",
        MeasureUnit.Won => "KRW",
        MeasureUnit.Days => "days",
        _ => string.Empty,
    };
}
