using System.Collections.Immutable;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Editions.Y2016;

/// <summary>What a numeric statement in the report's prose asserts about a measure across municipalities.</summary>
public enum ClaimStatistic
{
    /// <summary>The sum over municipalities.</summary>
    Total,

    /// <summary>The mean over municipalities.</summary>
    Mean,

    /// <summary>The median.</summary>
    Median,

    /// <summary>The (sample) standard deviation.</summary>
    StandardDeviation,

    /// <summary>The smallest value.</summary>
    Minimum,

    /// <summary>The largest value.</summary>
    Maximum,

    /// <summary>A percentile (see <see cref="ProseClaim.Percentile"/>).</summary>
    Percentile,

    /// <summary>How many municipalities have a value in <see cref="ProseClaim.Band"/>.</summary>
    CountInBand,

    /// <summary>How many municipalities have a value equal to <see cref="ProseClaim.EqualTo"/>.</summary>
    CountEqual,

    /// <summary>Which municipalities have a value in <see cref="ProseClaim.Band"/>.</summary>
    MunicipalitiesInBand,

    /// <summary>Which municipalities have a value equal to <see cref="ProseClaim.EqualTo"/>.</summary>
    MunicipalitiesEqual,

    /// <summary>One municipality's value (see <see cref="ProseClaim.Municipality"/>).</summary>
    Value,
}

/// <summary>
/// A numeric statement in the report's prose about a per-municipality measure, kept so the library can check it
/// against the municipality tables.
/// </summary>
/// <param name="Id">A stable identifier, for example <c>p34-count-under-10-sessions</c>.</param>
/// <param name="Source">The printed page (front-matter pages such as <c>iii</c> carry a page label).</param>
/// <param name="Quote">The sentence, quoted.</param>
/// <param name="Measure">The measure the claim is about.</param>
/// <param name="Statistic">What it asserts.</param>
/// <param name="Target">Whether it is about the value or the percentage.</param>
/// <param name="Band">For band statistics, the band.</param>
/// <param name="EqualTo">For equality statistics, the value.</param>
/// <param name="Percentile">For <see cref="ClaimStatistic.Percentile"/>, the percentile (0–100).</param>
/// <param name="Municipality">For <see cref="ClaimStatistic.Value"/>, the municipality.</param>
/// <param name="Published">The number stated, for numeric statistics.</param>
/// <param name="Municipalities">For list statistics, the municipalities named, in printed order.</param>
[Immutable]
public sealed record ProseClaim(
    string Id,
    PrintedSource Source,
    string Quote,
    Measure Measure,
    ClaimStatistic Statistic,
    ValuePart Target,
    Interval? Band,
    decimal? EqualTo,
    double? Percentile,
    Municipality? Municipality,
    PublishedValue? Published,
    IReadOnlyList<Municipality> Municipalities)
{
    /// <summary>For list statistics, the municipalities named, in printed order.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; init => field = value.ToImmutableArray(); } = Municipalities.ToImmutableArray();
}
