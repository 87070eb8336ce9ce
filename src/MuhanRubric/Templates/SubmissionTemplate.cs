using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Templates;

/// <summary>
/// Writes the file the 시군 fill in: the wide layout of <c>docs/submission-format.md</c> (one row per unit, one column
/// per measure, a share column beside each count with a share), blank or pre-filled, as XLSX or CSV.
/// </summary>
/// <remarks>
/// <para>A template written for a rubric holds the measures the rubric's scored indicators read
/// (<see cref="MeasuresFor"/>); one written for a list of measures holds those. A filled template imports without
/// loss with <c>MeasurementImport</c>.</para>
/// <para>Each call writes one whole file to a writable stream, from its current position, and leaves the stream
/// open. Nothing is written when the arguments are rejected.</para>
/// <para>Output is deterministic: the same inputs give the same bytes in every culture and on every run (no
/// timestamps, fixed part ids, stored ZIP entries), so templates can be committed and diffed. Thread-safe.</para>
/// </remarks>
public static class SubmissionTemplate
{
    /// <summary>The XLSX sheet that holds the data, <c>Data</c>; the importer reads it by name.</summary>
    public const string DataSheetName = "Data";

    /// <summary>The XLSX sheet that explains the template and the rubric, <c>Instructions</c>.</summary>
    public const string InstructionsSheetName = "Instructions";

    /// <summary>The text of a not-applicable cell, <c>해당없음</c> (neither missing nor zero).</summary>
    public const string NotApplicableText = TemplateLayout.NotApplicableText;

    /// <summary>
    /// The measures a rubric's scored indicators read: the fields of their expressions and checklist criteria
    /// (group overrides included), and the share denominator of every share they read, in catalogue order.
    /// </summary>
    /// <param name="rubric">The rubric; excluded and unspecified indicators read nothing.</param>
    /// <param name="catalog">The catalogue the measure ids are looked up in.</param>
    /// <returns>The measures, each once, in <paramref name="catalog"/> order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rubric reads measures the catalogue does not hold; the message names
    /// each and the indicators that read it.</exception>
    public static IReadOnlyList<Measure> MeasuresFor(Rubric rubric, MeasureCatalog catalog)
    {
        Guard.Against.Null(rubric);
        Guard.Against.Null(catalog);
        var readers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string id, string code)
        {
            if (!readers.TryGetValue(id, out var codes))
            {
                readers[id] = codes = [];
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        foreach (var indicator in rubric.Indicators.Where(i => i.IsScored))
        {
            foreach (var field in FieldsOf(indicator))
            {
                Add(field.MeasureId, indicator.Code);
                if (field.Part == ValuePart.Percent && catalog.Contains(field.MeasureId) && catalog[field.MeasureId].ShareDenominator is { } denominator)
                {
                    Add(denominator, indicator.Code);
                }
            }
        }

        var absent = readers.Where(r => !catalog.Contains(r.Key)).Select(r => $"{r.Key} ({string.Join(", ", r.Value)})").ToList();
        if (absent.Count > 0)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Rubric '{rubric.Name}' reads measures the catalogue ({catalog}) does not hold: {string.Join("; ", absent)}. Declare them in the catalogue (TemplateOptions.Measures) or drop the indicators that read them."),
                nameof(catalog));
        }

        return ImmutableArray.CreateRange(catalog.Where(m => readers.ContainsKey(m.Id)));
    }

    /// <summary>Writes the XLSX template for a rubric: a <c>Data</c> sheet and an <c>Instructions</c> sheet.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="rubric">The rubric; its measures are <see cref="MeasuresFor"/> the options' catalogue.</param>
    /// <param name="options">Units, measures, period and values to pre-fill; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="rubric"/> is null.</exception>
    /// <exception cref="ArgumentException">The output is not writable, the rubric reads a measure the catalogue lacks, or
    /// the values cover units the options do not list.</exception>
    public static void WriteXlsx(Stream output, Rubric rubric, TemplateOptions? options = null)
    {
        EnsureWritable(output);
        Guard.Against.Null(rubric);
        options ??= new TemplateOptions();
        var layout = TemplateLayout.Create(MeasuresFor(rubric, options.Measures), options.Units, options.Values);
        XlsxTemplateWriter.Write(output, layout, TemplateInstructions.Rows(layout, rubric, options.Measures, PeriodOf(options)));
    }

    /// <summary>Writes the XLSX template for a list of measures (no rubric): a <c>Data</c> sheet and an
    /// <c>Instructions</c> sheet that describes the measures.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="measures">The measures, one column each (two for a measure with a share), in this order.</param>
    /// <param name="options">Units, period and values to pre-fill (<see cref="TemplateOptions.Measures"/> is not used);
    /// the defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument or a measure is null.</exception>
    /// <exception cref="ArgumentException">The output is not writable, two measures share an id, or the values cover units
    /// the options do not list.</exception>
    public static void WriteXlsx(Stream output, IEnumerable<Measure> measures, TemplateOptions? options = null)
    {
        EnsureWritable(output);
        options ??= new TemplateOptions();
        var layout = TemplateLayout.Create(DistinctMeasures(measures), options.Units, options.Values);
        XlsxTemplateWriter.Write(output, layout, TemplateInstructions.Rows(layout, null, options.Measures, PeriodOf(options)));
    }

    /// <summary>
    /// Writes the CSV template for a rubric: UTF-8 with a byte-order mark (so Korean Excel opens it), CRLF line ends,
    /// RFC 4180 quoting; the four header rows, then one row per unit, and nothing else.
    /// </summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="rubric">The rubric; its measures are <see cref="MeasuresFor"/> the options' catalogue.</param>
    /// <param name="options">Units, measures and values to pre-fill; the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="rubric"/> is null.</exception>
    /// <exception cref="ArgumentException">The output is not writable, the rubric reads a measure the catalogue lacks, or
    /// the values cover units the options do not list.</exception>
    public static void WriteCsv(Stream output, Rubric rubric, TemplateOptions? options = null)
    {
        EnsureWritable(output);
        Guard.Against.Null(rubric);
        options ??= new TemplateOptions();
        CsvTemplateWriter.Write(output, TemplateLayout.Create(MeasuresFor(rubric, options.Measures), options.Units, options.Values));
    }

    /// <summary>Writes the CSV template for a list of measures (no rubric); see <see cref="WriteCsv(Stream, Rubric, TemplateOptions?)"/>.</summary>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="measures">The measures, one column each (two for a measure with a share), in this order.</param>
    /// <param name="options">Units and values to pre-fill (<see cref="TemplateOptions.Measures"/> is not used); the
    /// defaults when null.</param>
    /// <exception cref="ArgumentNullException">An argument or a measure is null.</exception>
    /// <exception cref="ArgumentException">The output is not writable, two measures share an id, or the values cover units
    /// the options do not list.</exception>
    public static void WriteCsv(Stream output, IEnumerable<Measure> measures, TemplateOptions? options = null)
    {
        EnsureWritable(output);
        options ??= new TemplateOptions();
        CsvTemplateWriter.Write(output, TemplateLayout.Create(DistinctMeasures(measures), options.Units, options.Values));
    }

    /// <summary>What an indicator reads: its expression's fields and its checklists' criteria, group overrides included.</summary>
    internal static IEnumerable<FieldExpression> FieldsOf(Indicator indicator) =>
        (indicator.Measure?.Fields ?? [])
            .Concat(indicator.GroupOverrides.Select(o => o.Scale).Prepend(indicator.Scale).OfType<ChecklistScale>()
                .SelectMany(c => c.Criteria).SelectMany(c => c.Expression.Fields))
            .Distinct();

    private static void EnsureWritable(Stream output)
    {
        if (!Guard.Against.Null(output).CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }
    }

    private static EvaluationPeriod? PeriodOf(TemplateOptions options) => options.Period ?? options.Values?.Period;

    private static ImmutableArray<Measure> DistinctMeasures(IEnumerable<Measure> measures)
    {
        ImmutableArray<Measure> list = [.. Guard.Against.Null(measures)];
        if (list.Any(m => m is null))
        {
            throw new ArgumentNullException(nameof(measures), "A template cannot hold a null measure.");
        }

        var twice = list.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        return twice.Count == 0 ? list : throw new ArgumentException($"A template lists each measure once; given twice: {string.Join(", ", twice)}.", nameof(measures));
    }
}
