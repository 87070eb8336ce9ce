using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Scoring;

/// <summary>
/// A <see cref="MeasureExpression"/> compiled for the scoring kernel: each field reads its measure by position through
/// a per-table slot map, so evaluating a unit looks nothing up by name and allocates nothing. Derived values stay exact
/// quotients (<see cref="Quotient"/>) until a scale divides them out.
/// </summary>
internal abstract class KernelExpression
{
    /// <summary>Evaluates the expression for one unit; <paramref name="measures"/> maps a slot to the table's measure index.</summary>
    public MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures) => EvaluateExact(table, unit, measures).Reading;

    /// <summary>Evaluates the expression for one unit as an exact quotient.</summary>
    public abstract ExactReading EvaluateExact(MeasurementTable table, int unit, int[] measures);

    /// <summary>Compiles an expression; <paramref name="slotOf"/> gives the slot of a measure id.</summary>
    public static KernelExpression Compile(MeasureExpression expression, Func<string, int> slotOf) => expression switch
    {
        FieldExpression field => new Field(slotOf(field.MeasureId), field.Part),
        CombinedExpression combined => new Combined(combined.Operator, [.. combined.Terms.Select(t => Compile(t, slotOf))]),
        _ => new Constant(((ConstantExpression)expression).Value),
    };

    private sealed class Field(int slot, ValuePart part) : KernelExpression
    {
        public override ExactReading EvaluateExact(MeasurementTable table, int unit, int[] measures) => ExactReading.From(table.Read(unit, measures[slot], part));
    }

    private sealed class Constant(decimal value) : KernelExpression
    {
        public override ExactReading EvaluateExact(MeasurementTable table, int unit, int[] measures) => ExactReading.Given(new Quotient(value, 1m));
    }

    private sealed class Combined(ExpressionOperator @operator, KernelExpression[] terms) : KernelExpression
    {
        public override ExactReading EvaluateExact(MeasurementTable table, int unit, int[] measures)
        {
            // As CombinedExpression.EvaluateExact: the first term without a value decides; the arithmetic is shared.
            Span<Quotient> values = terms.Length <= 16 ? stackalloc Quotient[terms.Length] : new Quotient[terms.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                var value = terms[i].EvaluateExact(table, unit, measures);
                if (!value.HasValue)
                {
                    return value;
                }

                values[i] = value.Quotient;
            }

            return CombinedExpression.Apply(@operator, values);
        }
    }
}
