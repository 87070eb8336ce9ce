using System.Diagnostics;
using System.Runtime.CompilerServices;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Scoring;

/// <summary>
/// A <see cref="MeasureExpression"/> compiled for the scoring kernel: each field reads its measure by position through
/// a per-table slot map, so evaluating a unit looks nothing up by name and allocates nothing. Derived values stay exact
/// quotients (<see cref="Quotient"/>) until a scale divides them out.
/// </summary>
[SkipLocalsInit] // As KernelIndicator: per-cell methods with decimal temporaries; no stack allocation.
internal abstract class KernelExpression
{
    private protected KernelExpression(bool isWhole, bool isWholeQuotient = false) => (IsWhole, IsWholeQuotient) = (isWhole, isWholeQuotient);

    /// <summary>
    /// Whether every value is a whole decimal: a field, a constant, or sums, differences and minima of them (no ratio or
    /// mean inside). Whole expressions are read in plain decimal arithmetic (<see cref="TryEvaluateWhole"/>), which is
    /// what their quotients, all with denominator 1, reduce to; it is the common case, and scoring reads it per unit.
    /// </summary>
    public bool IsWhole { get; }

    /// <summary>
    /// Whether the expression is a mean or a ratio of whole terms: read as a numerator and a denominator in decimal
    /// arithmetic (<see cref="TryEvaluateParts"/>), without building a quotient term by term. The shares and ratios
    /// rubrics score proportionally are of this kind.
    /// </summary>
    public bool IsWholeQuotient { get; }

    /// <summary>Evaluates the expression for one unit; <paramref name="measures"/> maps a slot to the table's measure index.</summary>
    public MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures) => EvaluateExact(table, unit, measures).Reading;

    /// <summary>Evaluates the expression for one unit as an exact quotient.</summary>
    public ExactReading EvaluateExact(MeasurementTable table, int unit, int[] measures)
    {
        if (!IsWhole)
        {
            return EvaluateQuotient(table, unit, measures);
        }

        return TryEvaluateWhole(table, unit, measures, out var value, out var status)
            ? new ExactReading(new Quotient(value, 1m), status, true)
            : new ExactReading(default, status, false);
    }

    /// <summary>Evaluates the expression for one unit as a decimal (a quotient divided out): false, with the status, when it has no value.</summary>
    public bool TryEvaluate(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status)
    {
        if (IsWhole)
        {
            return TryEvaluateWhole(table, unit, measures, out value, out status);
        }

        var read = EvaluateQuotient(table, unit, measures);
        (value, status) = (read.HasValue ? read.Quotient.Value : default, read.Status);
        return read.HasValue;
    }

    /// <summary>Evaluates a whole expression (<see cref="IsWhole"/>): false, with the status, when it has no value.</summary>
    public abstract bool TryEvaluateWhole(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status);

    /// <summary>
    /// Evaluates a mean or a ratio of whole terms (<see cref="IsWholeQuotient"/>) as the exact quotient
    /// <paramref name="numerator"/> ÷ <paramref name="denominator"/> (the denominator positive): false, with the status,
    /// when it has no value.
    /// </summary>
    public virtual bool TryEvaluateParts(MeasurementTable table, int unit, int[] measures, out decimal numerator, out decimal denominator, out ReadingStatus status) =>
        throw new UnreachableException("Only a mean or a ratio of whole terms is read in parts.");

    /// <summary>Evaluates an expression that is not whole.</summary>
    private protected virtual ExactReading EvaluateQuotient(MeasurementTable table, int unit, int[] measures) =>
        throw new UnreachableException("A whole expression is evaluated by TryEvaluateWhole.");

    /// <summary>Compiles an expression; <paramref name="slotOf"/> gives the slot of a measure id.</summary>
    public static KernelExpression Compile(MeasureExpression expression, Func<string, int> slotOf) => expression switch
    {
        FieldExpression field => new Field(slotOf(field.MeasureId), field.Part),
        CombinedExpression combined => new Combined(combined.Operator, [.. combined.Terms.Select(t => Compile(t, slotOf))]),
        _ => new Constant(((ConstantExpression)expression).Value),
    };

    private sealed class Field(int slot, ValuePart part) : KernelExpression(isWhole: true)
    {
        public override bool TryEvaluateWhole(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status)
        {
            return table.TryRead(unit, measures[slot], part, out value, out status);
        }
    }

    private sealed class Constant(decimal constant) : KernelExpression(isWhole: true)
    {
        public override bool TryEvaluateWhole(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status)
        {
            value = constant;
            status = ReadingStatus.Given;
            return true;
        }
    }

    /// <summary>
    /// An operator on terms, as <see cref="CombinedExpression"/> evaluates it and with its arithmetic
    /// (<see cref="CombinedExpression.CombineWhole"/>, <see cref="CombinedExpression.TryCombine"/>), folded as the terms
    /// are read: the first term without a value decides; a ratio over zero is not applicable once every term has one.
    /// </summary>
    private sealed class Combined : KernelExpression
    {
        private readonly ExpressionOperator _operator;
        private readonly KernelExpression[] _terms;

        public Combined(ExpressionOperator @operator, KernelExpression[] terms)
            : base(CombinedExpression.IsWholeOperator(@operator) && terms.All(t => t.IsWhole), !CombinedExpression.IsWholeOperator(@operator) && terms.All(t => t.IsWhole))
        {
            _operator = @operator;
            _terms = terms;
        }

        public override bool TryEvaluateWhole(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status)
        {
            // A minimum does no arithmetic that could overflow: folded without the guard, which the JIT compiles tighter
            // (the share caps of B2 and B7, six per unit, read in three quarters of the time).
            if (_operator == ExpressionOperator.Minimum)
            {
                return TryFoldWhole(table, unit, measures, out value, out status);
            }

            try
            {
                return TryFoldWhole(table, unit, measures, out value, out status);
            }
            catch (OverflowException)
            {
                // As CombinedExpression.Evaluate: every term is read before any is combined, so a later term without a
                // value still decides (missing, not an overflow); when all have one, Apply overflows again (whole terms
                // have nothing to divide out) and the kernel names the cell.
                var read = WithDividedOutTerms(table, unit, measures);
                (value, status) = (read.HasValue ? read.Quotient.Value : default, read.Status);
                return read.HasValue;
            }
        }

        /// <summary>Reads the terms in order, folding each into the value: the first without a value decides.</summary>
        private bool TryFoldWhole(MeasurementTable table, int unit, int[] measures, out decimal value, out ReadingStatus status)
        {
            if (!_terms[0].TryEvaluateWhole(table, unit, measures, out value, out status))
            {
                return false;
            }

            for (var i = 1; i < _terms.Length; i++)
            {
                if (!_terms[i].TryEvaluateWhole(table, unit, measures, out var next, out status))
                {
                    value = default;
                    return false;
                }

                value = CombinedExpression.CombineWhole(_operator, value, next);
            }

            status = ReadingStatus.Given;
            return true;
        }

        public override bool TryEvaluateParts(MeasurementTable table, int unit, int[] measures, out decimal numerator, out decimal denominator, out ReadingStatus status)
        {
            try
            {
                return TryFoldParts(table, unit, measures, out numerator, out denominator, out status);
            }
            catch (OverflowException)
            {
                // As in TryEvaluateWhole: a later term without a value decides; otherwise Apply overflows again.
                var read = WithDividedOutTerms(table, unit, measures);
                (numerator, denominator, status) = (read.Quotient.Numerator, read.Quotient.Denominator, read.Status);
                return read.HasValue;
            }
        }

        /// <summary>
        /// Reads the whole terms in order into a numerator and a denominator: a mean sums them and completes over their
        /// count, a ratio divides as <see cref="CombinedExpression.TryCombine"/> does (over zero it is not applicable).
        /// Kept apart from its overflow guard, as <see cref="TryFoldWhole"/> is.
        /// </summary>
        private bool TryFoldParts(MeasurementTable table, int unit, int[] measures, out decimal numerator, out decimal denominator, out ReadingStatus status)
        {
            denominator = 1m;
            if (!_terms[0].TryEvaluateWhole(table, unit, measures, out numerator, out status))
            {
                return false;
            }

            for (var i = 1; i < _terms.Length; i++)
            {
                if (!_terms[i].TryEvaluateWhole(table, unit, measures, out var next, out status))
                {
                    (numerator, denominator) = (default, default);
                    return false;
                }

                if (_operator != ExpressionOperator.Ratio)
                {
                    numerator = CombinedExpression.CombineWhole(ExpressionOperator.Sum, numerator, next);
                    continue;
                }

                var quotient = new Quotient(numerator, denominator);
                if (!CombinedExpression.TryCombine(_operator, ref quotient, new Quotient(next, 1m)))
                {
                    (numerator, denominator, status) = (default, default, ReadingStatus.NotApplicable);
                    return false;
                }

                (numerator, denominator) = (quotient.Numerator, quotient.Denominator);
            }

            if (_operator != ExpressionOperator.Ratio)
            {
                (numerator, denominator) = CombinedExpression.CompleteWhole(_operator, numerator, _terms.Length);
            }

            status = ReadingStatus.Given;
            return true;
        }

        private protected override ExactReading EvaluateQuotient(MeasurementTable table, int unit, int[] measures)
        {
            if (IsWholeQuotient)
            {
                return TryEvaluateParts(table, unit, measures, out var numerator, out var denominator, out var status)
                    ? ExactReading.Given(new Quotient(numerator, denominator))
                    : new ExactReading(default, status, false);
            }

            var first = _terms[0].EvaluateExact(table, unit, measures);
            if (!first.HasValue)
            {
                return first;
            }

            var accumulated = first.Quotient;
            var applicable = true;
            try
            {
                for (var i = 1; i < _terms.Length; i++)
                {
                    var next = _terms[i].EvaluateExact(table, unit, measures);
                    if (!next.HasValue)
                    {
                        return next;
                    }

                    applicable = applicable && CombinedExpression.TryCombine(_operator, ref accumulated, next.Quotient);
                }

                return applicable ? ExactReading.Given(CombinedExpression.Complete(_operator, accumulated, _terms.Length)) : ExactReading.NotApplicable;
            }
            catch (OverflowException)
            {
                // Values near 10²⁸: CombinedExpression.Apply divides the terms out and combines them in ordinary arithmetic.
                return WithDividedOutTerms(table, unit, measures);
            }
        }

        private ExactReading WithDividedOutTerms(MeasurementTable table, int unit, int[] measures)
        {
            var values = new Quotient[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                var value = _terms[i].EvaluateExact(table, unit, measures);
                if (!value.HasValue)
                {
                    return value;
                }

                values[i] = value.Quotient;
            }

            return CombinedExpression.Apply(_operator, values);
        }
    }
}
