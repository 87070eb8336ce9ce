using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;

namespace MuhanRubric.Measures;

/// <summary>
/// What an indicator reads: a measure, or a measure derived from fields by ratios, differences, sums and
/// averages. Expressions are data (they serialize and diff), never opaque code.
/// </summary>
/// <remarks>
/// <para>Missing inputs make the result missing; a ratio over zero is not applicable. Immutable.</para>
/// <para>Derived values are computed as exact quotients (a numerator and a denominator, divided once at the end), so
/// a mean of shares such as 125 ÷ 6 % keeps its exact value and scales that multiply it round it as arithmetic on
/// paper would (9 × 125 ÷ 600 = 1.875, which rounds to 1.88).</para>
/// </remarks>
[Immutable]
public abstract record MeasureExpression
{
    private protected MeasureExpression()
    {
    }

    /// <summary>A measure's value, or for a count with a share its share (%).</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="part">The value (default) or the share.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Field(Measure measure, ValuePart part = ValuePart.Value) => new FieldExpression(Guard.Against.Null(measure).Id, part);

    /// <summary>A measure's value or share, by id: any measure a dataset declares.</summary>
    /// <param name="measureId">The measure id.</param>
    /// <param name="part">The value (default) or the share.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="ArgumentException">The id is not a valid measure id.</exception>
    public static MeasureExpression Field(string measureId, ValuePart part = ValuePart.Value) =>
        Measure.IsValidId(measureId) ? new FieldExpression(measureId, part) : throw new ArgumentException($"'{measureId}' is not a valid measure id.", nameof(measureId));

    /// <summary><c>numerator / denominator</c>; not applicable when the denominator is zero.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Ratio(MeasureExpression numerator, MeasureExpression denominator) => new CombinedExpression(ExpressionOperator.Ratio, [numerator, denominator]);

    /// <summary><c>left − right</c>.</summary>
    /// <param name="left">The minuend.</param>
    /// <param name="right">The subtrahend.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Difference(MeasureExpression left, MeasureExpression right) => new CombinedExpression(ExpressionOperator.Difference, [left, right]);

    /// <summary>The sum of the terms.</summary>
    /// <param name="terms">At least one term.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Sum(params MeasureExpression[] terms) => new CombinedExpression(ExpressionOperator.Sum, terms);

    /// <summary>The arithmetic mean of the terms (all must be present).</summary>
    /// <param name="terms">At least one term.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Average(params MeasureExpression[] terms) => new CombinedExpression(ExpressionOperator.Average, terms);

    /// <summary>The smallest of the terms, for example a share capped at 100 %: <c>Minimum(Field(m, ValuePart.Percent), Constant(100))</c>.</summary>
    /// <param name="terms">At least one term.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Minimum(params MeasureExpression[] terms) => new CombinedExpression(ExpressionOperator.Minimum, terms);

    /// <summary>A constant.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Constant(decimal value) => new ConstantExpression(value);

    /// <summary>The fields the expression reads (a measure's value or share), each once.</summary>
    public IEnumerable<FieldExpression> Fields => this switch
    {
        FieldExpression single => [single],
        CombinedExpression combined => combined.Terms.SelectMany(t => t.Fields).Distinct(),
        _ => [],
    };

    /// <summary>The ids of the measures the expression reads.</summary>
    public abstract IEnumerable<string> MeasureIds { get; }

    /// <summary>Evaluates the expression for one unit.</summary>
    /// <param name="row">The unit's measurements.</param>
    /// <returns>The value, missing, or not applicable, and why.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold a measure the expression reads.</exception>
    /// <exception cref="OverflowException">The value passes the decimal range (about ±7.9·10^28): possible only with
    /// constants beyond what readers accept or ratios of ratios of extreme values; scoring reports it as a
    /// <c>ScoringException</c> naming the unit and indicator.</exception>
    public abstract MeasurementReading Evaluate(MeasurementRow row);
}

/// <summary>The operators of derived measures.</summary>
public enum ExpressionOperator
{
    /// <summary>Division.</summary>
    Ratio,

    /// <summary>Subtraction.</summary>
    Difference,

    /// <summary>Addition.</summary>
    Sum,

    /// <summary>Arithmetic mean.</summary>
    Average,

    /// <summary>The smallest term (a cap: the smaller of a value and a constant).</summary>
    Minimum,
}

/// <summary>A measure's value or share, by id.</summary>
/// <param name="MeasureId">The measure id.</param>
/// <param name="Part">The value or the share.</param>
[Immutable]
public sealed record FieldExpression(string MeasureId, ValuePart Part) : MeasureExpression
{
    /// <inheritdoc/>
    public override IEnumerable<string> MeasureIds => [MeasureId];

    /// <inheritdoc/>
    public override MeasurementReading Evaluate(MeasurementRow row) => Guard.Against.Null(row).Read(MeasureId, Part);

    /// <summary>The measure id, with <c>%</c> for the share.</summary>
    /// <returns>For example <c>CasesPerCaseManager</c> or <c>PrivateCaseManagersRegular%</c>.</returns>
    public override string ToString() => Part == ValuePart.Percent ? MeasureId + "%" : MeasureId;
}

/// <summary>A constant.</summary>
/// <param name="Value">The value.</param>
[Immutable]
public sealed record ConstantExpression(decimal Value) : MeasureExpression
{
    /// <inheritdoc/>
    public override IEnumerable<string> MeasureIds => [];

    /// <inheritdoc/>
    public override MeasurementReading Evaluate(MeasurementRow row) => new(Value, ReadingStatus.Given);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>An operator applied to terms.</summary>
[Immutable]
public sealed record CombinedExpression : MeasureExpression
{
    internal CombinedExpression(ExpressionOperator @operator, IReadOnlyList<MeasureExpression> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || ((@operator is ExpressionOperator.Ratio or ExpressionOperator.Difference) && terms.Count != 2))
        {
            throw new ArgumentException($"{@operator} takes {(@operator is ExpressionOperator.Ratio or ExpressionOperator.Difference ? "exactly two terms" : "at least one term")}; got {terms.Count}.", nameof(terms));
        }

        Operator = @operator;
        Terms = terms.ToImmutableArray();
    }

    /// <summary>The operator.</summary>
    public ExpressionOperator Operator { get; }

    /// <summary>The terms, in order.</summary>
    public IReadOnlyList<MeasureExpression> Terms { get; }

    /// <inheritdoc/>
    public override IEnumerable<string> MeasureIds => Terms.SelectMany(t => t.MeasureIds).Distinct(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override MeasurementReading Evaluate(MeasurementRow row) => EvaluateExact(row).Reading;

    /// <summary>Evaluates the expression for one unit as an exact quotient.</summary>
    internal ExactReading EvaluateExact(MeasurementRow row)
    {
        // Terms are few: evaluate them on the stack so scoring allocates nothing beyond its result.
        Span<Quotient> values = Terms.Count <= 16 ? stackalloc Quotient[Terms.Count] : new Quotient[Terms.Count];
        for (var i = 0; i < Terms.Count; i++)
        {
            var value = Terms[i] is CombinedExpression combined ? combined.EvaluateExact(row) : ExactReading.From(Terms[i].Evaluate(row));
            if (!value.HasValue)
            {
                return value;
            }

            values[i] = value.Quotient;
        }

        return Apply(Operator, values);
    }

    /// <summary>
    /// The operator on present values, kept as an exact quotient: the one arithmetic of derived measures, shared by
    /// <see cref="Evaluate"/> and the scoring kernel. Should an exact product overflow (values near 10²⁸), the terms
    /// are divided out and combined in ordinary decimal arithmetic instead.
    /// </summary>
    internal static ExactReading Apply(ExpressionOperator @operator, ReadOnlySpan<Quotient> values)
    {
        try
        {
            return ApplyExact(@operator, values);
        }
        catch (OverflowException)
        {
            var divided = new Quotient[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                divided[i] = new Quotient(values[i].Value, 1m);
            }

            return ApplyExact(@operator, divided);
        }
    }

    private static ExactReading ApplyExact(ExpressionOperator @operator, ReadOnlySpan<Quotient> values)
    {
        var whole = true;
        foreach (var value in values)
        {
            whole &= value.IsWhole;
        }

        if (whole && IsWholeOperator(@operator))
        {
            var total = values[0].Numerator;
            for (var i = 1; i < values.Length; i++)
            {
                total = CombineWhole(@operator, total, values[i].Numerator);
            }

            return ExactReading.Given(new Quotient(total, 1m));
        }

        var accumulated = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            if (!TryCombine(@operator, ref accumulated, values[i]))
            {
                return ExactReading.NotApplicable;
            }
        }

        return ExactReading.Given(Complete(@operator, accumulated, values.Length));
    }

    /// <summary>Whether the operator keeps whole values whole (a sum, a difference, a minimum; not a ratio or a mean).</summary>
    internal static bool IsWholeOperator(ExpressionOperator @operator) =>
        @operator is ExpressionOperator.Sum or ExpressionOperator.Difference or ExpressionOperator.Minimum;

    /// <summary>
    /// One step of a whole operator (<see cref="IsWholeOperator"/>) on whole values: what <see cref="TryCombine"/> does
    /// when every denominator is 1, in plain decimal arithmetic. Derived measures without a ratio or a mean, which most
    /// are, and the scoring kernel's reading of them go this way.
    /// </summary>
    internal static decimal CombineWhole(ExpressionOperator @operator, decimal accumulated, decimal next) => @operator switch
    {
        ExpressionOperator.Difference => accumulated + (-next),
        ExpressionOperator.Minimum => next < accumulated ? next : accumulated,
        _ => accumulated + next,
    };

    /// <summary>
    /// One step of the operator, folding the next term into what the terms before it give (the first term as it is):
    /// the arithmetic of derived measures. False for a ratio over zero, which is not applicable.
    /// </summary>
    internal static bool TryCombine(ExpressionOperator @operator, ref Quotient accumulated, Quotient next)
    {
        switch (@operator)
        {
            case ExpressionOperator.Ratio:
                if (next.Numerator == 0)
                {
                    return false;
                }

                accumulated = accumulated.DividedBy(next);
                return true;
            case ExpressionOperator.Difference:
                accumulated = accumulated.Plus(next.Negated());
                return true;
            case ExpressionOperator.Minimum:
                accumulated = next.IsLessThan(accumulated) ? next : accumulated;
                return true;
            default:
                accumulated = accumulated.Plus(next);
                return true;
        }
    }

    /// <summary>The operator's value once all <paramref name="count"/> terms are folded: a mean divides its sum by the count.</summary>
    internal static Quotient Complete(ExpressionOperator @operator, Quotient accumulated, int count) =>
        @operator != ExpressionOperator.Average ? accumulated
        : accumulated.IsWhole ? CompleteWhole(@operator, accumulated.Numerator, count)
        : accumulated.DividedBy(new Quotient(count, 1m));

    /// <summary>
    /// <see cref="Complete"/> of a whole sum (denominator 1): a mean is the sum over the count, nothing to multiply out.
    /// The scoring kernel's reading of means of whole terms.
    /// </summary>
    internal static Quotient CompleteWhole(ExpressionOperator @operator, decimal sum, int count) =>
        new(sum, @operator == ExpressionOperator.Average ? count : 1m);

    /// <inheritdoc/>
    public bool Equals(CombinedExpression? other) =>
        other is not null && Operator == other.Operator && Terms.SequenceEqual(other.Terms);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Operator);
        foreach (var term in Terms)
        {
            hash.Add(term);
        }

        return hash.ToHashCode();
    }

    /// <summary>Infix text, for example <c>(PrivateCaseManagerDepartures / CasesManaged)</c>.</summary>
    /// <returns>The expression as text.</returns>
    public override string ToString() => Operator switch
    {
        ExpressionOperator.Ratio => $"({Terms[0]} / {Terms[1]})",
        ExpressionOperator.Difference => $"({Terms[0]} - {Terms[1]})",
        ExpressionOperator.Sum => $"sum({string.Join(", ", Terms)})",
        ExpressionOperator.Minimum => $"min({string.Join(", ", Terms)})",
        _ => $"average({string.Join(", ", Terms)})",
    };
}

/// <summary>
/// An exact quotient <c>Numerator ÷ Denominator</c> (the denominator positive): derived measures keep their value this
/// way, so a scale that multiplies it divides once, at the end.
/// </summary>
internal readonly record struct Quotient(decimal Numerator, decimal Denominator)
{
    /// <summary>The value, divided out (decimal division: exact when the quotient has a finite decimal expansion).</summary>
    public decimal Value => Denominator == 1m ? Numerator : Numerator / Denominator;

    /// <summary>Whether the quotient is a whole decimal (denominator 1): the common case, where arithmetic needs no cross products.</summary>
    public bool IsWhole => Denominator == 1m;

    public Quotient Plus(Quotient other) => Denominator == other.Denominator
        ? new(Numerator + other.Numerator, Denominator)
        : new((Numerator * other.Denominator) + (other.Numerator * Denominator), Denominator * other.Denominator);

    public Quotient Negated() => new(-Numerator, Denominator);

    /// <summary>This ÷ other; the other's numerator is not zero.</summary>
    public Quotient DividedBy(Quotient other)
    {
        // Whole operands skip the multiplications by 1 (decimal products are not free, and scoring divides per unit).
        var numerator = other.IsWhole ? Numerator : Numerator * other.Denominator;
        var denominator = IsWhole ? other.Numerator : Denominator * other.Numerator;
        return denominator < 0 ? new(-numerator, -denominator) : new(numerator, denominator);
    }

    public bool IsLessThan(Quotient other) => Denominator == other.Denominator
        ? Numerator < other.Numerator
        : Numerator * other.Denominator < other.Numerator * Denominator;
}

/// <summary>A reading of a derived measure kept as an exact quotient, with how it came about.</summary>
internal readonly record struct ExactReading(Quotient Quotient, ReadingStatus Status, bool HasValue)
{
    public static ExactReading NotApplicable => new(default, ReadingStatus.NotApplicable, false);

    /// <summary>The reading as the public API gives it.</summary>
    public MeasurementReading Reading => HasValue ? new(Quotient.Value, Status) : new(null, Status);

    public static ExactReading Given(Quotient value) => new(value, ReadingStatus.Given, true);

    public static ExactReading From(MeasurementReading reading) =>
        reading.Value is { } value ? new(new Quotient(value, 1m), reading.Status, true) : new(default, reading.Status, false);
}
