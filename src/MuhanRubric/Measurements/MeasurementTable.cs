using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Measurements;

/// <summary>What a cell of a measurement table holds.</summary>
public enum CellStatus
{
    /// <summary>No value: blank, <c>-</c>, or never given. Never read as zero.</summary>
    Missing,

    /// <summary>A value.</summary>
    Present,

    /// <summary>The measure does not apply to the unit (<c>해당없음</c>, <c>N/A</c>): neither missing nor zero.</summary>
    NotApplicable,
}

/// <summary>How a reading of a measurement came about.</summary>
public enum ReadingStatus
{
    /// <summary>A value: the value or share given in the cell, or a derived measure computed from given values.</summary>
    Given,

    /// <summary>A share derived from the count and the measure's declared denominator.</summary>
    Derived,

    /// <summary>
    /// The share of a zero count: 0 %. Sources that give shares beside counts print a zero count without one (the 2016
    /// report prints <c>0</c>, not <c>0(0.0%)</c>), so a zero count's share is read as 0 % when the source gives
    /// shares for the measure at all.
    /// </summary>
    ZeroCount,

    /// <summary>The cell is missing.</summary>
    Missing,

    /// <summary>The cell is not applicable, or a derived share's denominator is zero.</summary>
    NotApplicable,

    /// <summary>
    /// A share was asked for but is neither given beside the count nor derivable (no denominator is declared, or it is
    /// missing): the reading is missing, and scoring warns about it.
    /// </summary>
    ShareUnavailable,
}

/// <summary>One reading of a measurement: the number (when there is one) and how it came about.</summary>
/// <param name="Value">The number, or null when missing, not applicable or unavailable.</param>
/// <param name="Status">How the reading came about.</param>
[Immutable]
public readonly record struct MeasurementReading(decimal? Value, ReadingStatus Status)
{
    /// <summary>A missing reading.</summary>
    public static MeasurementReading Missing => new(null, ReadingStatus.Missing);

    /// <summary>A not-applicable reading (for example a ratio over zero).</summary>
    public static MeasurementReading NotApplicable => new(null, ReadingStatus.NotApplicable);

    /// <summary>Whether the measure does not apply (distinct from missing).</summary>
    public bool IsNotApplicable => Status == ReadingStatus.NotApplicable;
}

/// <summary>
/// A table of measurements: units × measures, each cell a value with its provenance, missing, or not applicable.
/// What scoring, statistics and analysis read.
/// </summary>
/// <remarks>
/// <para>A table declares the units it covers (<see cref="Units"/>) and the measures it holds (<see cref="Measures"/>);
/// neither needs to be the built-in Gyeonggi catalogue. Build one with <see cref="CreateBuilder"/>, import one from a
/// spreadsheet with <c>MeasurementImport</c>, or take the 2016 report's with <c>Evaluation2016.Measurements</c>.</para>
/// <para>A missing cell is never zero. A share is read from the cell when given, derived from the measure's declared
/// <see cref="Measure.ShareDenominator"/> otherwise, read as 0 % for a zero count when the source gives shares for the
/// measure, and otherwise unavailable (see <see cref="ReadingStatus"/>): one rule, in <see cref="Read(int, int, ValuePart)"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class MeasurementTable
{
    private readonly decimal[] _values;
    private readonly decimal[] _percents;
    private readonly CellFlags[] _flags;
    private readonly string?[] _texts;
    private readonly ValueSource?[] _sources;
    private readonly bool[] _sharesGiven;
    private readonly int[] _denominators;
    private readonly ImmutableArray<MeasurementRow> _rows;
    private readonly EnteredSource _entered;
    private readonly int _measureCount;

    private MeasurementTable(Builder builder, ImmutableArray<Municipality> withoutData)
    {
        Name = builder.Name;
        _entered = new EnteredSource($"entered in code ({builder.Name})");
        Period = builder.Period;
        Units = builder.Units;
        Measures = builder.Measures;
        _values = builder.Values;
        _percents = builder.Percents;
        _flags = builder.Flags;
        _texts = builder.Texts;
        _sources = builder.Sources;
        UnitsWithoutData = withoutData;
        var measureCount = Measures.Count;
        _measureCount = measureCount;
        _sharesGiven = new bool[measureCount];
        _denominators = new int[measureCount];
        for (var m = 0; m < measureCount; m++)
        {
            _denominators[m] = Measures[m].ShareDenominator is { } denominator ? Measures.IndexOf(denominator) : -1;
            for (var u = 0; u < Units.Count && !_sharesGiven[m]; u++)
            {
                _sharesGiven[m] = (_flags[(u * measureCount) + m] & CellFlags.HasPercent) != 0;
            }
        }

        _rows = [.. Enumerable.Range(0, Units.Count).Select(u => new MeasurementRow(this, u))];
    }

    [Flags]
    internal enum CellFlags : byte
    {
        None = 0,
        Present = 1,
        NotApplicable = 2,
        HasPercent = 4,

        // The cell was given (a value, not applicable, or explicitly blank): a cell is given once.
        Given = 8,
    }

    /// <summary>A name for reports and messages, for example the file name.</summary>
    public string Name { get; }

    /// <summary>The period the measurements are of, if known.</summary>
    public EvaluationPeriod? Period { get; }

    /// <summary>The units the table covers, in order.</summary>
    public MunicipalityCatalog Units { get; }

    /// <summary>The measures the table holds, in order.</summary>
    public MeasureCatalog Measures { get; }

    /// <summary>Units of the table for which no cell was given at all (a 시군 that did not submit).</summary>
    public ImmutableArray<Municipality> UnitsWithoutData { get; }

    /// <summary>One row per unit, in unit order.</summary>
    public IReadOnlyList<MeasurementRow> Rows => _rows;

    /// <summary>The row of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>Its row.</returns>
    /// <exception cref="KeyNotFoundException">The table does not cover the unit.</exception>
    public MeasurementRow this[Municipality unit] => _rows[UnitIndex(unit)];

    /// <summary>One cell's value.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>The value, or null when missing or not applicable (see <see cref="StatusOf"/>).</returns>
    /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
    public MeasuredValue? this[Municipality unit, Measure measure] => ValueAt(UnitIndex(unit), MeasureIndex(Guard.Against.Null(measure).Id));

    /// <summary>What a cell holds.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <returns>Missing, present or not applicable.</returns>
    /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
    public CellStatus StatusOf(Municipality unit, Measure measure) => StatusAt(UnitIndex(unit), MeasureIndex(Guard.Against.Null(measure).Id));

    /// <summary>Reads a cell's value or share, by the table's one rule for shares (see <see cref="ReadingStatus"/>).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="part">The value (default) or the share.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
    public MeasurementReading Read(Municipality unit, Measure measure, ValuePart part = ValuePart.Value) =>
        Read(UnitIndex(unit), MeasureIndex(Guard.Against.Null(measure).Id), part);

    /// <summary>Whether the source gives shares for a measure (at least one cell has a share beside its count).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Whether shares are given.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold the measure.</exception>
    public bool SharesGiven(Measure measure) => _sharesGiven[MeasureIndex(Guard.Against.Null(measure).Id)];

    /// <summary>A measure across the units, in table order; missing and not-applicable cells are kept as missing.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="part">The value (default) or the share.</param>
    /// <returns>The series, ready for <see cref="Descriptives"/> and the other statistics.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold the measure.</exception>
    public MeasureSeries Series(Measure measure, ValuePart part = ValuePart.Value)
    {
        var m = MeasureIndex(Guard.Against.Null(measure).Id);
        var name = part == ValuePart.Percent ? measure.Id + " (%)" : measure.Id;
        return new MeasureSeries(
            name,
            _rows.Select(r => new Observation(r.Unit, Read(r.Index, m, part).Value)),
            valuesAreExact: Measures[m].IsWholeCount && part == ValuePart.Value);
    }

    /// <summary>Starts a table of these units and measures; every cell starts missing.</summary>
    /// <param name="units">The units the table covers.</param>
    /// <param name="measures">The measures it holds.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Builder CreateBuilder(MunicipalityCatalog units, MeasureCatalog measures) => new(Guard.Against.Null(units), Guard.Against.Null(measures));

    /// <summary>The position of a measure.</summary>
    /// <param name="id">The measure id.</param>
    /// <returns>The 0-based position.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold the measure.</exception>
    public int MeasureIndex(string id) =>
        Measures.Contains(Guard.Against.Null(id)) ? Measures.IndexOf(id) : throw new KeyNotFoundException($"'{Name}' holds no measure '{id}'.");

    /// <summary>Reads a cell by position: the hot path of scoring.</summary>
    /// <param name="unit">The unit's position.</param>
    /// <param name="measure">The measure's position.</param>
    /// <param name="part">The value or the share.</param>
    /// <returns>The reading.</returns>
    public MeasurementReading Read(int unit, int measure, ValuePart part) =>
        TryRead(unit, measure, part, out var value, out var status) ? new(value, status) : new(null, status);

    /// <summary>
    /// <see cref="Read(int, int, ValuePart)"/> without building a reading: false, with the status, when there is no
    /// value. The one rule for reading a cell: a value or share given in the cell is read here, inline (scoring reads
    /// most cells this way); anything else by <see cref="ReadUngiven"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryRead(int unit, int measure, ValuePart part, out decimal value, out ReadingStatus status)
    {
        var cell = (unit * _measureCount) + measure;
        var flags = _flags[cell];
        if ((flags & (CellFlags.Present | CellFlags.NotApplicable)) == CellFlags.Present
            && (part == ValuePart.Value || (flags & CellFlags.HasPercent) != 0))
        {
            value = part == ValuePart.Value ? _values[cell] : _percents[cell];
            status = ReadingStatus.Given;
            return true;
        }

        var reading = ReadUngiven(cell, flags, measure, unit);
        value = reading.Value.GetValueOrDefault();
        status = reading.Status;
        return reading.Value.HasValue;
    }

    /// <summary>A cell whose value or share is not given in it: not applicable, missing, or a share derived or unavailable.</summary>
    private MeasurementReading ReadUngiven(int cell, CellFlags flags, int measure, int unit)
    {
        if ((flags & CellFlags.NotApplicable) != 0)
        {
            return new(null, ReadingStatus.NotApplicable);
        }

        if ((flags & CellFlags.Present) == 0)
        {
            return new(null, ReadingStatus.Missing);
        }

        // A present count whose share was asked for and not given.
        var value = _values[cell];
        if (_denominators[measure] is var d and >= 0)
        {
            var denominator = Read(unit, d, ValuePart.Value);
            if (denominator.Value is { } whole)
            {
                return whole == 0m ? new(null, ReadingStatus.NotApplicable) : new(value * 100m / whole, ReadingStatus.Derived);
            }

            if (denominator.IsNotApplicable)
            {
                return new(null, ReadingStatus.NotApplicable);
            }

            // A missing denominator derives nothing: the share falls to the rules below as if none were declared, so a
            // present count reads ShareUnavailable (which scoring warns about), not a silent Missing.
        }

        return value == 0m && _sharesGiven[measure] ? new(0m, ReadingStatus.ZeroCount) : new(null, ReadingStatus.ShareUnavailable);
    }

    internal MeasuredValue? ValueAt(int unit, int measure)
    {
        var cell = (unit * Measures.Count) + measure;
        var flags = _flags[cell];
        if ((flags & CellFlags.Present) == 0)
        {
            return null;
        }

        decimal? percent = (flags & CellFlags.HasPercent) != 0 ? _percents[cell] : null;
        var text = _texts[cell] ?? Format(_values[cell], percent);
        return new MeasuredValue(_values[cell], percent, text, _sources[cell] ?? _entered);
    }

    internal CellStatus StatusAt(int unit, int measure)
    {
        var flags = _flags[(unit * Measures.Count) + measure];
        return (flags & CellFlags.NotApplicable) != 0 ? CellStatus.NotApplicable : (flags & CellFlags.Present) != 0 ? CellStatus.Present : CellStatus.Missing;
    }

    /// <summary>The canonical text of a value: invariant digits, the share in parentheses.</summary>
    internal static string Format(decimal value, decimal? percent) =>
        percent is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{value}({p}%)")
            : value.ToString(CultureInfo.InvariantCulture);

    private int UnitIndex(Municipality unit)
    {
        var index = Units.IndexOf(Guard.Against.Null(unit));
        return index >= 0 ? index : throw new KeyNotFoundException($"'{Name}' does not cover {unit}.");
    }

    /// <summary>
    /// Builds a <see cref="MeasurementTable"/> cell by cell. Every cell starts missing; a cell is set once. Mutable and
    /// not thread-safe; <see cref="Build"/> returns an immutable table.
    /// </summary>
    [Mutable]
    public sealed class Builder
    {
        private readonly HashSet<int> _unitsGiven = [];

        internal Builder(MunicipalityCatalog units, MeasureCatalog measures)
        {
            Units = units;
            Measures = measures;
            var cells = checked(units.Count * measures.Count);
            Values = new decimal[cells];
            Percents = new decimal[cells];
            Flags = new CellFlags[cells];
            Texts = new string?[cells];
            Sources = new ValueSource?[cells];
            Name = "measurements";
        }

        internal string Name { get; private set; }

        internal EvaluationPeriod? Period { get; private set; }

        internal MunicipalityCatalog Units { get; }

        internal MeasureCatalog Measures { get; }

        internal decimal[] Values { get; private set; }

        internal decimal[] Percents { get; private set; }

        internal CellFlags[] Flags { get; private set; }

        internal string?[] Texts { get; private set; }

        internal ValueSource?[] Sources { get; private set; }

        private bool Built { get; set; }

        /// <summary>Names the table (for reports and messages).</summary>
        /// <param name="name">The name, for example the file name.</param>
        /// <returns>This builder.</returns>
        public Builder WithName(string name)
        {
            Name = Guard.Against.NullOrWhiteSpace(name);
            return this;
        }

        /// <summary>Sets the period the measurements are of.</summary>
        /// <param name="period">The period.</param>
        /// <returns>This builder.</returns>
        public Builder WithPeriod(EvaluationPeriod? period)
        {
            Period = period;
            return this;
        }

        /// <summary>Sets a value.</summary>
        /// <param name="unit">The unit.</param>
        /// <param name="measure">The measure.</param>
        /// <param name="value">The value: finite and not negative (unless the measure's expected range admits negative values); a whole number for a whole-count measure.</param>
        /// <param name="percent">The share (%) given beside a count, if any: not negative, for a measure with a share.</param>
        /// <param name="text">The text as printed or typed; the invariant rendering when null.</param>
        /// <param name="source">Where the value comes from; "entered in code" when null.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The value is invalid for the measure, or the cell is already set.</exception>
        /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
        public Builder Set(Municipality unit, Measure measure, decimal value, decimal? percent = null, string? text = null, ValueSource? source = null)
        {
            var (u, m) = Cell(unit, measure);
            var problem = Check(Measures[m], value, percent);
            if (problem is not null)
            {
                throw new ArgumentException($"{unit.Code}, {measure.Id}: {problem}", nameof(value));
            }

            var cell = Claim(u, m);
            Values[cell] = value;
            Percents[cell] = percent ?? 0m;
            Flags[cell] |= CellFlags.Present | (percent is null ? CellFlags.None : CellFlags.HasPercent);
            Texts[cell] = text is null || text == Format(value, percent) ? null : text;
            Sources[cell] = source;
            return this;
        }

        /// <summary>Marks a cell not applicable (<c>해당없음</c>): neither missing nor zero.</summary>
        /// <param name="unit">The unit.</param>
        /// <param name="measure">The measure.</param>
        /// <param name="source">Where this comes from.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The cell is already set.</exception>
        /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
        public Builder SetNotApplicable(Municipality unit, Measure measure, ValueSource? source = null)
        {
            var (u, m) = Cell(unit, measure);
            var cell = Claim(u, m);
            Flags[cell] |= CellFlags.NotApplicable;
            Sources[cell] = source;
            return this;
        }

        /// <summary>Records that a unit's cell was given blank: it stays missing, and the unit counts as having submitted.</summary>
        /// <param name="unit">The unit.</param>
        /// <param name="measure">The measure.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="ArgumentException">The cell is already set.</exception>
        /// <exception cref="KeyNotFoundException">The table does not cover the unit or hold the measure.</exception>
        public Builder SetMissing(Municipality unit, Measure measure)
        {
            var (u, m) = Cell(unit, measure);
            Claim(u, m);
            return this;
        }

        /// <summary>Builds the immutable table. The builder cannot be used afterwards.</summary>
        /// <param name="allowUnitsWithoutData">Whether units for which no cell was given are allowed (their cells stay
        /// missing and they are listed in <see cref="UnitsWithoutData"/>); when false they are an error.</param>
        /// <returns>The table.</returns>
        /// <exception cref="InvalidOperationException">Units have no data and that is not allowed, or the builder was already used.</exception>
        public MeasurementTable Build(bool allowUnitsWithoutData = false)
        {
            if (Built)
            {
                throw new InvalidOperationException("This builder has already built its table; start another.");
            }

            ImmutableArray<Municipality> withoutData = [.. Units.Where((_, i) => !_unitsGiven.Contains(i))];
            if (!allowUnitsWithoutData && withoutData.Length > 0)
            {
                throw new InvalidOperationException(
                    $"'{Name}' has no data for {withoutData.Length} of its {Units.Count} units ({string.Join(", ", withoutData.Select(u => u.Code))}); give their cells, or allow units without data.");
            }

            var table = new MeasurementTable(this, withoutData);
            Built = true;
            Values = [];
            Percents = [];
            Flags = [];
            Texts = [];
            Sources = [];
            return table;
        }

        /// <summary>What is wrong with a value for a measure, or null: the one check every reader applies.</summary>
        internal static string? Check(Measure measure, decimal value, decimal? percent)
        {
            // A measure whose expected range admits negative values (a growth rate) may take them; others may not.
            if (value < 0 && measure.ExpectedRange is not { Lower: null or < 0 })
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected a number ≥ 0, found {value}");
            }

            // What the library computes with: a sum, a product or a ratio of two values stays within decimal's range.
            if (!Reading.ComputableNumber.Contains(value))
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected {Reading.ComputableNumber.Expected}, found {value}");
            }

            if (measure.IsWholeCount && value != decimal.Truncate(value))
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected a whole number ({measure.Unit.EnglishLabel()}), found {value}");
            }

            if (percent is { } p && !measure.HasShare)
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected a number without a share ({measure.Id} has none), found a share of {p}%");
            }

            if (percent < 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected a share ≥ 0 %, found {percent}%");
            }

            if (percent is { } share && !Reading.ComputableNumber.Contains(share))
            {
                return string.Create(CultureInfo.InvariantCulture, $"expected a share that is {Reading.ComputableNumber.Expected}, found {share}%");
            }

            return null;
        }

        private (int Unit, int Measure) Cell(Municipality unit, Measure measure)
        {
            if (Built)
            {
                throw new InvalidOperationException("This builder has already built its table; start another.");
            }

            var u = Units.IndexOf(Guard.Against.Null(unit));
            if (u < 0)
            {
                throw new KeyNotFoundException($"The table does not cover {unit}.");
            }

            var m = Measures.IndexOf(Guard.Against.Null(measure).Id);
            return m >= 0 && Measures.Contains(measure.Id) ? (u, m) : throw new KeyNotFoundException($"The table holds no measure '{measure.Id}'.");
        }

        private int Claim(int unit, int measure)
        {
            var cell = (unit * Measures.Count) + measure;
            if ((Flags[cell] & CellFlags.Given) != 0)
            {
                throw new ArgumentException($"{Units[unit].Code}, {Measures[measure].Id}: the cell is already set.");
            }

            Flags[cell] = CellFlags.Given;
            _unitsGiven.Add(unit);
            return cell;
        }
    }
}

/// <summary>One unit's row of a <see cref="MeasurementTable"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
[Immutable]
public sealed class MeasurementRow
{
    internal MeasurementRow(MeasurementTable table, int index)
    {
        Table = table;
        Index = index;
    }

    /// <summary>The table.</summary>
    public MeasurementTable Table { get; }

    /// <summary>The unit's position in the table.</summary>
    public int Index { get; }

    /// <summary>The unit.</summary>
    public Municipality Unit => Table.Units[Index];

    /// <summary>The unit's value of a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The value, or null when missing or not applicable.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold the measure.</exception>
    public MeasuredValue? this[Measure measure] => Table.ValueAt(Index, Table.MeasureIndex(Guard.Against.Null(measure).Id));

    /// <summary>What the unit's cell of a measure holds.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Missing, present or not applicable.</returns>
    public CellStatus StatusOf(Measure measure) => Table.StatusAt(Index, Table.MeasureIndex(Guard.Against.Null(measure).Id));

    /// <summary>Reads the unit's value or share of a measure by id.</summary>
    /// <param name="measureId">The measure id.</param>
    /// <param name="part">The value or the share.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="KeyNotFoundException">The table does not hold the measure.</exception>
    public MeasurementReading Read(string measureId, ValuePart part = ValuePart.Value) => Table.Read(Index, Table.MeasureIndex(measureId), part);

    /// <summary>The measures whose cell is missing for this unit.</summary>
    public IReadOnlyList<Measure> MissingMeasures => [.. Table.Measures.Where((_, m) => Table.StatusAt(Index, m) == CellStatus.Missing)];

    /// <inheritdoc/>
    public override string ToString() => $"{Unit.KoreanName} [{Table.Name}]";
}
