using MuhanRubric.Measurements;
using MuhanRubric.Measures;

namespace MuhanRubric.Scoring;

/// <summary>
/// A <see cref="MeasureExpression"/> compiled for the scoring kernel: each field reads its measure by position through
/// a per-table slot map, so evaluating a unit looks nothing up by name and allocates nothing.
/// </summary>
internal abstract class KernelExpression
{
    /// <summary>Evaluates the expression for one unit; <paramref name="measures"/> maps a slot to the table's measure index.</summary>
    public abstract MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures);

    /// <summary>Compiles an expression; <paramref name="slotOf"/> gives the slot of a measure id.</summary>
    public static KernelExpression Compile(MeasureExpression expression, Func<string, int> slotOf) => expression switch
    {
        FieldExpression field => new Field(slotOf(field.MeasureId), field.Part),
        CombinedExpression combined => new Combined(combined.Operator, [.. combined.Terms.Select(t => Compile(t, slotOf))]),
        _ => new Constant(((ConstantExpression)expression).Value),
    };

    private sealed class Field(int slot, ValuePart part) : KernelExpression
    {
        public override MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures) => table.Read(unit, measures[slot], part);
    }

    private sealed class Constant(decimal value) : KernelExpression
    {
        public override MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures) => new(value, ReadingStatus.Given);
    }

    private sealed class Combined(ExpressionOperator @operator, KernelExpression[] terms) : KernelExpression
    {
        public override MeasurementReading Evaluate(MeasurementTable table, int unit, int[] measures)
        {
            // As CombinedExpression.Evaluate: the first term without a value decides; the arithmetic is shared.
            Span<decimal> values = terms.Length <= 16 ? stackalloc decimal[terms.Length] : new decimal[terms.Length];
            var sum = 0m;
            for (var i = 0; i < terms.Length; i++)
            {
                var value = terms[i].Evaluate(table, unit, measures);
                if (value.Value is not { } present)
                {
                    return value;
                }

                values[i] = present;
                sum += present;
            }

            return CombinedExpression.Apply(@operator, values, sum);
        }
    }
}
