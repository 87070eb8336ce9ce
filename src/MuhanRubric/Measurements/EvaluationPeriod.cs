using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace MuhanRubric.Measurements;

/// <summary>
/// The period whose operation a dataset measures, for example calendar year 2016 (the 2016 evaluation measured
/// 2016's operation and was published in 2017).
/// </summary>
/// <remarks>Periods order by their start, then their end. Immutable.</remarks>
[Immutable]
public sealed record EvaluationPeriod : IComparable<EvaluationPeriod>
{
    /// <summary>A period of dates, both ends included.</summary>
    /// <param name="interval">The dates (NodaTime, both ends inclusive).</param>
    /// <param name="label">How reports name the period; the year for a calendar year, else <c>start..end</c> (ISO).</param>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public EvaluationPeriod(DateInterval interval, string? label = null)
    {
        Interval = Guard.Against.Null(interval);
        Label = string.IsNullOrWhiteSpace(label) ? DefaultLabel(interval) : label.Trim();
    }

    /// <summary>The dates, both ends included.</summary>
    public DateInterval Interval { get; }

    /// <summary>How reports name the period, for example <c>2016</c>.</summary>
    public string Label { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>The last day.</summary>
    public LocalDate End => Interval.End;

    /// <summary>A calendar year (ISO calendar), 1 January to 31 December.</summary>
    /// <param name="year">The year, for example 2017.</param>
    /// <returns>The period, labelled with the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–9999.</exception>
    public static EvaluationPeriod Year(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9999);
        return new EvaluationPeriod(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    /// <summary>Reads a period as data files write it: a year (<c>2017</c>) or two ISO dates (<c>2017-01-01..2017-12-31</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is valid.</param>
    /// <returns>Whether the text is a valid period.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out EvaluationPeriod? period)
    {
        period = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 9999)
        {
            period = Year(year);
            return true;
        }

        var parts = text.Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && LocalDatePattern.Iso.Parse(parts[0]) is { Success: true } start
            && LocalDatePattern.Iso.Parse(parts[1]) is { Success: true } end
            && start.Value <= end.Value)
        {
            period = new EvaluationPeriod(new DateInterval(start.Value, end.Value));
            return true;
        }

        return false;
    }

    /// <inheritdoc/>
    public int CompareTo(EvaluationPeriod? other) =>
        other is null ? 1 : Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    /// <inheritdoc/>
    public bool Equals(EvaluationPeriod? other) => other is not null && Interval.Equals(other.Interval) && Label == other.Label;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Interval, Label);

    /// <summary>The label.</summary>
    /// <returns><see cref="Label"/>.</returns>
    public override string ToString() => Label;

    private static string DefaultLabel(DateInterval interval) =>
        interval.Start.Month == 1 && interval.Start.Day == 1 && interval.End.Month == 12 && interval.End.Day == 31 && interval.Start.Year == interval.End.Year
            ? interval.Start.Year.ToString(CultureInfo.InvariantCulture)
            : $"{LocalDatePattern.Iso.Format(interval.Start)}..{LocalDatePattern.Iso.Format(interval.End)}";
}
