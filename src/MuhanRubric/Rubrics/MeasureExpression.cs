using System.Globalization;
using MuhanRubric.Data;

namespace MuhanRubric.Rubrics;

/// <summary>The value of an expression for one municipality: a number, missing, or not applicable.</summary>
/// <param name="Value">The number, when there is one.</param>
/// <param name="IsNotApplicable">True when the expression has no meaning here (a ratio over zero).</param>
public readonly record struct ExpressionValue(decimal? Value, bool IsNotApplicable)
{
    /// <summary>A missing value: a blank cell somewhere in the expression.</summary>
    public static ExpressionValue Missing => new(null, false);

    /// <summary>Not applicable: for example a ratio whose denominator is zero.</summary>
    public static ExpressionValue NotApplicable => new(null, true);
}

/// <summary>
/// What an indicator reads: a dataset field, or a measure derived from fields by ratios, differences, sums and
/// averages. Expressions are data (they serialize and diff), never opaque code.
/// </summary>
/// <remarks>Missing inputs make the result missing; a ratio over zero is not applicable. Immutable.</remarks>
public abstract record MeasureExpression
{
    private protected MeasureExpression()
    {
    }

    /// <summary>A field of the dataset: a measure's value, or for <c>n(p%)</c> cells its percentage.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="target">The value (default) or the percentage.</param>
    /// <returns>The expression.</returns>
    public static MeasureExpression Field(Measure measure, ClaimTarget target = ClaimTarget.Value) => new FieldExpression(measure, target);

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

    /// <summary>The measures the expression reads.</summary>
    public abstract IEnumerable<Measure> Measures { get; }

    /// <summary>Evaluates the expression for one municipality.</summary>
    /// <param name="record">The municipality's table.</param>
    /// <returns>The value, missing, or not applicable.</returns>
    public abstract ExpressionValue Evaluate(MunicipalityRecord record);
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

/// <summary>A dataset field.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Target">The value or the percentage.</param>
public sealed record FieldExpression(Measure Measure, ClaimTarget Target) : MeasureExpression
{
    /// <inheritdoc/>
    public override IEnumerable<Measure> Measures => [Measure];

    /// <inheritdoc/>
    public override ExpressionValue Evaluate(MunicipalityRecord record)
    {
        var value = record[Measure]?.For(Target);
        return value is null ? ExpressionValue.Missing : new ExpressionValue(value, false);
    }

    /// <summary>The measure id, with <c>%</c> for the percentage.</summary>
    /// <returns>For example <c>CasesPerCaseManager</c> or <c>PrivateCaseManagersRegular%</c>.</returns>
    public override string ToString() => Target == ClaimTarget.Percent ? Measure.Id + "%" : Measure.Id;
}

/// <summary>A constant.</summary>
/// <param name="Value">The value.</param>
public sealed record ConstantExpression(decimal Value) : MeasureExpression
{
    /// <inheritdoc/>
    public override IEnumerable<Measure> Measures => [];

    /// <inheritdoc/>
    public override ExpressionValue Evaluate(MunicipalityRecord record) => new(Value, false);

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
    public override IEnumerable<Measure> Measures => Terms.SelectMany(t => t.Measures);

    /// <inheritdoc/>
    public override ExpressionValue Evaluate(MunicipalityRecord record)
    {
        // Terms are few: evaluate them on the stack so scoring allocates nothing beyond its result.
        Span<decimal> values = Terms.Count <= 16 ? stackalloc decimal[Terms.Count] : new decimal[Terms.Count];
        var sum = 0m;
        for (var i = 0; i < Terms.Count; i++)
        {
            var value = Terms[i].Evaluate(record);
            if (value.IsNotApplicable || value.Value is null)
            {
                return value;
            }

            values[i] = value.Value.Value;
            sum += values[i];
        }

        return Operator switch
        {
            ExpressionOperator.Ratio => values[1] == 0 ? ExpressionValue.NotApplicable : new ExpressionValue(values[0] / values[1], false),
            ExpressionOperator.Difference => new ExpressionValue(values[0] - values[1], false),
            ExpressionOperator.Sum => new ExpressionValue(sum, false),
            _ => new ExpressionValue(sum / values.Length, false),
        };
    }

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
