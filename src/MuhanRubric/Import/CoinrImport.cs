using System.Collections.Immutable;
using System.Globalization;
using Ardalis.GuardClauses;
using MuhanRubric.Composite;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;
using nietras.SeparatedValues;

namespace MuhanRubric.Import;

/// <summary>
/// A COINr data set read from its <c>iData</c>/<c>iMeta</c> pair: the measurements (indicators and denominators as
/// measures, units with their groups) and the index structure iMeta declares.
/// </summary>
/// <param name="Measurements">Units × measures: every indicator and every denominator column of iData.</param>
/// <param name="Index">iMeta's hierarchy: indicators (weight, direction, target) under aggregates aggregated by the
/// weighted arithmetic mean of the children present (COINr's default <c>a_amean</c>); no data steps.</param>
/// <param name="Denominations">iMeta's <c>Denominator</c> column: which indicator COINr's <c>Denominate</c> divides by what.</param>
/// <param name="GroupColumns">iData's group columns; a unit's value in a column is its group <c>column:value</c>
/// (for <see cref="ImputeStep.Group"/>).</param>
[Immutable]
public sealed record CoinrDataset(MeasurementTable Measurements, CompositeIndex Index, IReadOnlyList<Denomination> Denominations, IReadOnlyList<string> GroupColumns)
{
    /// <summary>iMeta's <c>Denominator</c> column: which indicator COINr's <c>Denominate</c> divides by what.</summary>
    public IReadOnlyList<Denomination> Denominations { get; init => field = value.ToImmutableArray(); } = Denominations.ToImmutableArray();

    /// <summary>iData's group columns; a unit's value in a column is its group <c>column:value</c>
/// (for <see cref="ImputeStep.Group"/>).</summary>
    public IReadOnlyList<string> GroupColumns { get; init => field = value.ToImmutableArray(); } = GroupColumns.ToImmutableArray();

    /// <inheritdoc/>
    public bool Equals(CoinrDataset? other) =>
        other is not null && ReferenceEquals(Measurements, other.Measurements) && ReferenceEquals(Index, other.Index);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Measurements, Index);
}

/// <summary>
/// Reads COINr's input pair (<c>new_coin(iData, iMeta)</c>, github.com/bluefoxr/COINr) from CSV: <c>iData</c> has
/// <c>uCode</c>, optionally <c>uName</c> and <c>Time</c>, and one column per iMeta row of type <c>Indicator</c>,
/// <c>Group</c> or <c>Denominator</c>; <c>NA</c> or an empty cell is missing. <c>iMeta</c> has the columns
/// <c>Level, iCode, iName, Direction, Weight, Parent, Type</c> and optionally <c>Unit, Target, Denominator</c>.
/// </summary>
/// <remarks>Every problem is collected and reported at once, naming the file, line and column.</remarks>
public static class CoinrImport
{
    private static readonly string[] RequiredMeta = ["iCode", "Level", "Direction", "Weight", "Parent", "Type"];

    /// <summary>Reads an iData/iMeta pair of CSV files.</summary>
    /// <param name="dataPath">iData (units × columns).</param>
    /// <param name="metaPath">iMeta (one row per indicator, aggregate, group and denominator).</param>
    /// <returns>The measurements, the index and the denominations.</returns>
    /// <exception cref="ArgumentException">A path is empty.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    /// <exception cref="DatasetFormatException">A file is not a valid COINr table; every problem is listed with file, line and column.</exception>
    public static CoinrDataset ReadFiles(string dataPath, string metaPath)
    {
        Guard.Against.NullOrWhiteSpace(dataPath);
        Guard.Against.NullOrWhiteSpace(metaPath);
        return Read(File.ReadAllText(dataPath), File.ReadAllText(metaPath), Path.GetFileName(dataPath), Path.GetFileName(metaPath));
    }

    /// <summary>Reads an iData/iMeta pair from CSV text.</summary>
    /// <param name="dataCsv">iData as CSV.</param>
    /// <param name="metaCsv">iMeta as CSV.</param>
    /// <param name="dataName">iData's name for messages.</param>
    /// <param name="metaName">iMeta's name for messages.</param>
    /// <returns>The measurements, the index and the denominations.</returns>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="DatasetFormatException">A table is not a valid COINr table; every problem is listed with file, line and column.</exception>
    public static CoinrDataset Read(string dataCsv, string metaCsv, string dataName = "iData.csv", string metaName = "iMeta.csv")
    {
        Guard.Against.Null(dataCsv);
        Guard.Against.Null(metaCsv);
        var meta = ReadMeta(metaCsv, metaName);
        return ReadData(dataCsv, dataName, meta);
    }

    private static (List<string> Header, List<(int Line, string[] Cells)> Rows) Table(string csv)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(csv);
        var rows = new List<(int, string[])>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString().Trim();
            }

            rows.Add((row.RowIndex + 1, cells));
        }

        return rows.Count == 0 ? ([], []) : ([.. rows[0].Item2], rows.Skip(1).Where(r => r.Item2.Any(c => c.Length > 0)).ToList());
    }

    private static bool IsNA(string cell) => cell.Length == 0 || cell == "NA";

    private sealed record MetaRow(int Line, string Code, string? Name, string Type, int? Level, string? Parent, double Weight, int Direction, double? Target, string? Denominator);

    private sealed record Meta(string File, List<MetaRow> Rows);

    private static Meta ReadMeta(string csv, string file)
    {
        var problems = new List<DatasetProblem>();
        var (header, rows) = Table(csv);
        int Col(string name) => header.IndexOf(name);
        foreach (var required in RequiredMeta.Where(r => Col(r) < 0))
        {
            problems.Add(new DatasetProblem(file, null, required, $"expected a column '{required}' in the header, found {string.Join(", ", header)}") { Line = 1 });
        }

        if (problems.Count > 0)
        {
            throw new DatasetFormatException(file, problems);
        }

        var list = new List<MetaRow>();
        foreach (var (line, cells) in rows)
        {
            if (cells.Length != header.Count)
            {
                problems.Add(new DatasetProblem(file, null, null, string.Create(CultureInfo.InvariantCulture, $"expected {header.Count} cells, as the header has, found {cells.Length}")) { Line = line });
                continue;
            }

            string? Cell(string name) => Col(name) is var c && c >= 0 && c < cells.Length && !IsNA(cells[c]) ? cells[c] : null;
            void Problem(string column, string message) =>
                problems.Add(new DatasetProblem(file, null, column, message) { Line = line, Measure = Cell("iCode") });

            double? Number(string column)
            {
                var text = Cell(column);
                if (text is null)
                {
                    return null;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
                {
                    return v;
                }

                Problem(column, $"expected a number or NA, found '{text}'");
                return null;
            }

            var code = Cell("iCode");
            var type = Cell("Type");
            if (code is null)
            {
                Problem("iCode", "expected a code, found nothing");
                continue;
            }

            if (type is not ("Indicator" or "Aggregate" or "Group" or "Denominator" or "Other"))
            {
                Problem("Type", $"expected Indicator, Aggregate, Group, Denominator or Other, found '{type ?? "NA"}'");
                continue;
            }

            var level = Number("Level");
            var weight = Number("Weight");
            var direction = Number("Direction");
            var target = Number("Target");
            if (type is "Indicator" or "Aggregate")
            {
                // A cell that is not a number at all is reported once, by Number.
                if ((level is null && Cell("Level") is null) || level < 1 || (level is { } l && l != Math.Floor(l)))
                {
                    Problem("Level", $"expected a level ≥ 1 for an {type.ToLowerInvariant()}, found '{Cell("Level") ?? "NA"}'");
                }

                if ((weight is null && Cell("Weight") is null) || weight < 0)
                {
                    Problem("Weight", $"expected a weight ≥ 0 for an {type.ToLowerInvariant()}, found '{Cell("Weight") ?? "NA"}'");
                }

                if (type == "Indicator" && (direction is not null || Cell("Direction") is null) && direction is not (1 or -1))
                {
                    Problem("Direction", $"expected 1 or -1, found '{Cell("Direction") ?? "NA"}'");
                }

                if (type == "Indicator" && Cell("Parent") is null)
                {
                    Problem("Parent", "expected the code of the indicator's aggregate, found NA");
                }
            }

            list.Add(new MetaRow(line, code, Cell("iName"), type, (int?)level, Cell("Parent"), weight ?? 1, (int)(direction ?? 1), target, Cell("Denominator")));
        }

        foreach (var duplicate in list.GroupBy(r => r.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new DatasetProblem(file, null, "iCode", $"expected each code once, found '{duplicate.Key}' on lines {string.Join(", ", duplicate.Select(r => r.Line))}") { Line = duplicate.Last().Line });
        }

        // A duplicate is reported above; the first row of a code stands for it in the checks below.
        var codes = list.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var row in list.Where(r => r.Type is "Indicator" or "Aggregate"))
        {
            if (row.Parent is { } parent && (!codes.TryGetValue(parent, out var p) || p.Type != "Aggregate"))
            {
                problems.Add(new DatasetProblem(file, null, "Parent", $"expected the code of an aggregate, found '{parent}'") { Line = row.Line, Measure = row.Code });
            }
            else if (row.Parent is { } known && codes[known].Level is { } parentLevel && row.Level is { } level && parentLevel <= level)
            {
                problems.Add(new DatasetProblem(file, null, "Level", string.Create(CultureInfo.InvariantCulture, $"expected a level below its parent {known}'s ({parentLevel}), found {level}")) { Line = row.Line, Measure = row.Code });
            }

            if (row.Denominator is { } d && (!codes.TryGetValue(d, out var den) || den.Type != "Denominator"))
            {
                problems.Add(new DatasetProblem(file, null, "Denominator", $"expected the code of a row of type Denominator, or NA, found '{d}'") { Line = row.Line, Measure = row.Code });
            }
        }

        if (problems.Count > 0)
        {
            throw new DatasetFormatException(file, problems);
        }

        return new Meta(file, list);
    }

    private static CoinrDataset ReadData(string csv, string file, Meta meta)
    {
        var problems = new List<DatasetProblem>();
        var (header, rows) = Table(csv);
        var byCode = meta.Rows.GroupBy(r => r.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var codeColumn = header.IndexOf("uCode");
        var nameColumn = header.IndexOf("uName");
        var timeColumn = header.IndexOf("Time");
        if (codeColumn < 0)
        {
            problems.Add(new DatasetProblem(file, null, "uCode", "expected a column 'uCode' (the unit codes) in the header") { Line = 1 });
        }

        for (var c = 0; c < header.Count; c++)
        {
            var name = header[c];
            if (name is not ("uCode" or "uName" or "Time") && !byCode.ContainsKey(name))
            {
                problems.Add(new DatasetProblem(file, null, name, $"expected a column iMeta ({meta.File}) declares, found '{name}'") { Line = 1 });
            }
            else if (byCode.TryGetValue(name, out var row) && row.Type == "Aggregate")
            {
                problems.Add(new DatasetProblem(file, null, name, $"expected no column for aggregate '{name}' (aggregates are computed)") { Line = 1 });
            }
        }

        foreach (var missing in meta.Rows.Where(r => r.Type is "Indicator" or "Denominator" or "Group" && !header.Contains(r.Code)))
        {
            problems.Add(new DatasetProblem(meta.File, null, "iCode", $"expected a column '{missing.Code}' in {file}, found none") { Line = missing.Line, Measure = missing.Code });
        }

        if (problems.Count > 0)
        {
            throw new DatasetFormatException(file, problems);
        }

        var groupColumns = header.Where(h => byCode.TryGetValue(h, out var r) && r.Type == "Group").ToList();
        var numeric = header.Select((h, c) => (h, c)).Where(p => byCode.TryGetValue(p.h, out var r) && r.Type is "Indicator" or "Denominator").ToList();
        var units = new List<Municipality>();
        var values = new List<double?[]>();
        var times = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in rows)
        {
            string Cell(int c) => c < cells.Length ? cells[c] : string.Empty;
            var code = Cell(codeColumn);
            if (cells.Length != header.Count)
            {
                // A missing cell is not NA: a row cut short (or one with extra cells) is not read at all.
                problems.Add(new DatasetProblem(file, IsNA(code) ? null : code, null, string.Create(CultureInfo.InvariantCulture, $"expected {header.Count} cells, as the header has, found {cells.Length}")) { Line = line });
                continue;
            }

            if (IsNA(code) || code.Any(char.IsWhiteSpace))
            {
                problems.Add(new DatasetProblem(file, null, "uCode", $"expected a unit code without spaces, found '{code}'") { Line = line });
                continue;
            }

            if (units.Exists(u => u.Code == code))
            {
                problems.Add(new DatasetProblem(file, code, "uCode", $"expected each unit once, found '{code}' again (panel data with several Time values is not read)") { Line = line });
                continue;
            }

            if (timeColumn >= 0 && !IsNA(Cell(timeColumn)))
            {
                if (!int.TryParse(Cell(timeColumn), NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is <= 1900 or >= 3000)
                {
                    problems.Add(new DatasetProblem(file, code, "Time", $"expected a year (1901–2999) or NA, found '{Cell(timeColumn)}'") { Line = line });
                }
                else
                {
                    times.Add(Cell(timeColumn));
                }
            }

            var name = nameColumn >= 0 && !IsNA(Cell(nameColumn)) ? Cell(nameColumn) : code;
            var groups = groupColumns.Select(g => (g, v: Cell(header.IndexOf(g)))).Where(p => !IsNA(p.v)).Select(p => $"{p.g}:{p.v}");
            units.Add(new Municipality(code, name, name, groups: groups));
            var row = new double?[numeric.Count];
            for (var k = 0; k < numeric.Count; k++)
            {
                var text = Cell(numeric[k].c);
                if (IsNA(text))
                {
                    continue;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && Math.Abs(v) < 7.9e28 && (v == 0 || Math.Abs(v) > 1e-27))
                {
                    row[k] = v;
                }
                else
                {
                    problems.Add(new DatasetProblem(file, code, numeric[k].h, $"expected a number or NA, found '{text}'") { Line = line, Measure = numeric[k].h });
                }
            }

            values.Add(row);
        }

        if (times.Count > 1)
        {
            problems.Add(new DatasetProblem(file, null, "Time", $"expected one Time value (one year), found {string.Join(", ", times)}") { Line = 1 });
        }

        if (problems.Count > 0)
        {
            throw new DatasetFormatException(file, problems);
        }

        var catalog = new MunicipalityCatalog(units);
        var measures = new MeasureCatalog(numeric.Select(p => byCode[p.h]).Select(r =>
            new Measure(r.Code, r.Name ?? r.Code, r.Name ?? r.Code, MeasureUnit.Other, expectedRange: Interval.All)));
        var builder = MeasurementTable.CreateBuilder(catalog, measures).WithName(file);
        if (times.Count == 1)
        {
            builder.WithPeriod(EvaluationPeriod.Year(int.Parse(times.Single(), NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        for (var u = 0; u < units.Count; u++)
        {
            for (var k = 0; k < numeric.Count; k++)
            {
                if (values[u][k] is { } v)
                {
                    builder.Set(units[u], measures[k], decimal.Parse(v.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.SetMissing(units[u], measures[k]);
                }
            }
        }

        var index = BuildIndex(meta);
        var denominations = meta.Rows.Where(r => r.Type == "Indicator" && r.Denominator is not null).Select(r => new Denomination(r.Code, r.Denominator!)).ToList();
        return new CoinrDataset(builder.Build(allowUnitsWithoutData: true), index, denominations, groupColumns);
    }

    private static CompositeIndex BuildIndex(Meta meta)
    {
        var aggregates = meta.Rows.Where(r => r.Type == "Aggregate").ToList();
        var builder = CompositeIndex.Create(aggregates.FirstOrDefault(r => r.Parent is null)?.Name ?? "COINr index");
        foreach (var row in aggregates)
        {
            builder.AddAggregate(row.Code, Aggregation.ArithmeticMean, row.Parent, row.Weight, row.Name);
        }

        foreach (var row in meta.Rows.Where(r => r.Type == "Indicator"))
        {
            builder.AddIndicator(row.Code, row.Parent!, row.Code, row.Weight, row.Direction, row.Name, row.Target);
        }

        try
        {
            return builder.Build();
        }
        catch (CompositeDefinitionException ex)
        {
            throw new DatasetFormatException(meta.File, [.. ex.Problems.Select(p => new DatasetProblem(meta.File, null, null, p))]);
        }
    }
}
