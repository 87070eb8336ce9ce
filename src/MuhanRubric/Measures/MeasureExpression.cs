using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;

namespace MuhanRubric.Measures;

/// <summary>
/// What an indicator reads: a measure, or a measure derived from fields by ratios, differences, sums and
/// averages. Expressions are data (they serialize and diff), never opaque code.
/// </summary>
/// <remarks>Missing inputs make the result missing; a ratio over zero is not applicable. Immutable.</remarks>
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
}

/// <summary>A measure's value or share, by id.</summary>
/// <param name="MeasureId">The measure id.</param>
/// <param name="Part">The value or the share.</param>
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
        Terms = terms;
    }

    /// <summary>The operator.</summary>
    public ExpressionOperator Operator { get; }

    /// <summary>The terms, in order.</summary>
    public IReadOnlyList<MeasureExpression> Terms { get; }

    /// <inheritdoc/>
    public override IEnumerable<string> MeasureIds => Terms.SelectMany(t => t.MeasureIds).Distinct(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override MeasurementReading Evaluate(MeasurementRow row)
    {
        // Terms are few: evaluate them on the stack so scoring allocates nothing beyond its result.
        Span<decimal> values = Terms.Count <= 16 ? stackalloc decimal[Terms.Count] : new decimal[Terms.Count];
        var sum = 0m;
        for (var i = 0; i < Terms.Count; i++)
        {
            var value = Terms[i].Evaluate(row);
            if (value.Value is null)
            {
                return value;
            }

            values[i] = value.Value.Value;
            sum += values[i];
        }

        return Apply(Operator, values, sum);
    }

    /// <summary>
    /// The operator on present values (<paramref name="sum"/> is their sum): the one arithmetic of derived measures,
    /// shared by <see cref="Evaluate"/> and the scoring kernel.
    /// </summary>
    internal static MeasurementReading Apply(ExpressionOperator @operator, ReadOnlySpan<decimal> values, decimal sum) => @operator switch
    {
        ExpressionOperator.Ratio => values[1] == 0 ? MeasurementReading.NotApplicable : new(values[0] / values[1], ReadingStatus.Given),
        ExpressionOperator.Difference => new(values[0] - values[1], ReadingStatus.Given),
        ExpressionOperator.Sum => new(sum, ReadingStatus.Given),
        _ => new(sum / values.Length, ReadingStatus.Given),
    };

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
        _ => $"average({string.Join(", ", Terms)})",
    };
}
