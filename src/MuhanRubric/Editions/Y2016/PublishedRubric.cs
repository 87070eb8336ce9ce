using System.Collections.Immutable;
using MuhanRubric.Statistics;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The rubric as the report prints it: <c>표 Ⅲ-3</c> (p.29) with the points of the 18 indicators, and the
/// detailed scales of p.31–32. This is the published text as data; the scoring rubric is built from it.
/// </summary>
/// <param name="Table">The table number, <c>Ⅲ-3</c>.</param>
/// <param name="Page">The printed page, 29.</param>
/// <param name="PrintedTotal">The printed total (계).</param>
/// <param name="Areas">The areas A–D in printed order.</param>
[Immutable]
public sealed record PublishedRubric(string Table, int Page, PublishedValue PrintedTotal, IReadOnlyList<PublishedArea> Areas)
{
    /// <summary>The areas A–D in printed order.</summary>
    public IReadOnlyList<PublishedArea> Areas { get; init => field = value.ToImmutableArray(); } = Areas.ToImmutableArray();

    /// <summary>All indicators in printed order.</summary>
    public IEnumerable<PublishedIndicator> Indicators => Areas.SelectMany(a => a.Domains).SelectMany(d => d.Indicators);

    /// <summary>The sum of the printed points of all indicators (which the report's total may contradict).</summary>
    public decimal SumOfPoints => Indicators.Sum(i => i.Points.Value);
}

/// <summary>An evaluation area (평가분야) A–D.</summary>
/// <param name="Code">A, B, C or D.</param>
/// <param name="Name">The Korean name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Domains">The domains (평가영역) in printed order.</param>
[Immutable]
public sealed record PublishedArea(string Code, string Name, string EnglishName, IReadOnlyList<PublishedDomain> Domains)
{
    /// <summary>The domains (평가영역) in printed order.</summary>
    public IReadOnlyList<PublishedDomain> Domains { get; init => field = value.ToImmutableArray(); } = Domains.ToImmutableArray();

    /// <summary>The sum of the printed points of the area's indicators.</summary>
    public decimal SumOfPoints => Domains.SelectMany(d => d.Indicators).Sum(i => i.Points.Value);
}

/// <summary>A domain (평가영역): a group of indicators inside an area.</summary>
/// <param name="Name">The Korean name.</param>
/// <param name="Indicators">The indicators in printed order.</param>
[Immutable]
public sealed record PublishedDomain(string Name, IReadOnlyList<PublishedIndicator> Indicators)
{
    /// <summary>The indicators in printed order.</summary>
    public IReadOnlyList<PublishedIndicator> Indicators { get; init => field = value.ToImmutableArray(); } = Indicators.ToImmutableArray();
}

/// <summary>An indicator (평가지표) with its printed points and scale.</summary>
/// <param name="Code">The code, for example <c>C1</c>.</param>
/// <param name="Name">The Korean name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="Points">The printed maximum points (배당점수).</param>
/// <param name="Scale">The printed scale (평가척도).</param>
[Immutable]
public sealed record PublishedIndicator(string Code, string Name, string EnglishName, PublishedValue Points, PublishedScale Scale);

/// <summary>An indicator's scale as printed on p.31–32.</summary>
/// <param name="Page">The printed page.</param>
/// <param name="Printed">The scale text, verbatim.</param>
/// <param name="Kind">The transcriber's classification: <c>checklist</c>, <c>bands</c>, <c>ordinal</c>, <c>ratio</c>, <c>survey</c> or <c>unspecified</c>.</param>
/// <param name="Items">Checklist or ordinal items, verbatim.</param>
/// <param name="Bands">Numeric bands with points, where printed.</param>
/// <param name="PointsPrinted">Whether the report prints how values turn into points.</param>
[Immutable]
public sealed record PublishedScale(int Page, string Printed, string Kind, IReadOnlyList<string> Items, IReadOnlyList<PublishedBand> Bands, bool PointsPrinted)
{
    /// <summary>Checklist or ordinal items, verbatim.</summary>
    public IReadOnlyList<string> Items { get; init => field = value.ToImmutableArray(); } = Items.ToImmutableArray();

    /// <summary>Numeric bands with points, where printed.</summary>
    public IReadOnlyList<PublishedBand> Bands { get; init => field = value.ToImmutableArray(); } = Bands.ToImmutableArray();
}

/// <summary>A printed band: one points level for one or more intervals.</summary>
/// <param name="Points">The points.</param>
/// <param name="Intervals">The intervals (a union).</param>
/// <param name="Printed">The printed text.</param>
[Immutable]
public sealed record PublishedBand(decimal Points, IReadOnlyList<Interval> Intervals, string Printed)
{
    /// <summary>The intervals (a union).</summary>
    public IReadOnlyList<Interval> Intervals { get; init => field = value.ToImmutableArray(); } = Intervals.ToImmutableArray();
}
