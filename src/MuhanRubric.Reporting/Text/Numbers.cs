using System.Globalization;

namespace MuhanRubric.Reporting.Text;

/// <summary>
/// How every report prints numbers, in the invariant culture, with one number of decimals per kind of number so a
/// column never mixes <c>22.0</c> with <c>30.50</c>: points 2, values and distances 2, probabilities 3, ranks 1.
/// </summary>
internal static class Numbers
{
    /// <summary>Points, subtotals and totals: always two decimals (<c>22.00</c>, <c>30.50</c>).</summary>
    public static string Points(decimal points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Points as a double (means of points): two decimals.</summary>
    public static string Points(double points) => points.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A change of points, signed: <c>+1.50</c>, <c>-0.25</c>, <c>0.00</c>.</summary>
    public static string Change(decimal change) => change.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);

    /// <summary>An indicator's value or a distance to a band: two decimals.</summary>
    public static string Value(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A measure's value with a fixed number of decimals.</summary>
    public static string Fixed(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A measure's value as a double with a fixed number of decimals.</summary>
    public static string Fixed(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A probability: three decimals.</summary>
    public static string Probability(double probability) => probability.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A rank statistic (median, percentile, mean of ranks): one decimal.</summary>
    public static string Rank(double rank) => rank.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>A whole number.</summary>
    public static string Whole(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A share in percent: one decimal.</summary>
    public static string Percent(decimal percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);
}
