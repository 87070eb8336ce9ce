using System.Globalization;
using System.Text;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>Plain-text renderings that the snapshot tests lock: stable order, invariant culture.</summary>
internal static class SnapshotTexts
{
    /// <summary>The whole dataset as loaded: the header, every municipality, every printed table, the rubric, every claim.</summary>
    public static string Dataset(EvaluationReport dataset)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{dataset.Report.Id} | {dataset.Report.Title} | evaluated {dataset.Report.EvaluatedYear}");
        foreach (var record in dataset.Municipalities)
        {
            text.Append(Municipality(record));
        }

        foreach (var table in dataset.Tables)
        {
            text.Append(Table(table));
        }

        if (dataset.Rubric is { } rubric)
        {
            text.Append(Rubric(rubric));
        }

        foreach (var claim in dataset.Claims)
        {
            text.AppendLine(Claim(claim));
        }

        return text.ToString();
    }

    /// <summary>One municipality's table: every measure with its value, printed text and the province average.</summary>
    public static string Municipality(MunicipalityTable record)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## {record.Municipality.Code} {record.PrintedName} [{record.Source}]");
        foreach (var measure in MeasureCatalog.Gyeonggi2016)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{measure.Id} = {Cell(record[measure])} | avg {Cell(record.ProvinceAverage(measure))}");
        }

        return text.ToString();
    }

    /// <summary>One printed table: its notes, sections and rows.</summary>
    public static string Table(PrintedTable table)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## 표 {table.Id} p.{table.Page} {table.Title} ({table.Unit})");
        foreach (var note in table.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"note: {note}");
        }

        foreach (var section in table.Sections)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {section.Id} p.{section.Page} measure={section.Measure?.Id} band={section.Band} columns={string.Join(",", section.Columns)}");
            foreach (var row in section.Rows)
            {
                var who = row.Municipality?.Code ?? row.Measure?.Id ?? string.Empty;
                var list = row.Municipalities.Count > 0 ? " [" + string.Join(",", row.Municipalities.Select(m => m.Code)) + "]" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"{row.Label} ({who}){list}: {string.Join(" | ", row.Cells.Select(Cell))}");
            }
        }

        return text.ToString();
    }

    /// <summary>The rubric as the report prints it (표 Ⅲ-3 with the scales of p.31–32).</summary>
    public static string Rubric(PublishedRubric rubric)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## rubric 표 {rubric.Table} p.{rubric.Page} printed total {rubric.PrintedTotal.Printed}, sum {rubric.SumOfPoints}");
        foreach (var indicator in rubric.Areas.SelectMany(a => a.Domains).SelectMany(d => d.Indicators))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indicator.Code} {indicator.Name} / {indicator.EnglishName}: {indicator.Points.Printed} pts; scale p.{indicator.Scale.Page} {indicator.Scale.Kind} pointsPrinted={indicator.Scale.PointsPrinted}: {indicator.Scale.Printed}");
            foreach (var band in indicator.Scale.Bands)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {band.Points} pts for {string.Join(" ∪ ", band.Intervals)} ({band.Printed})");
            }
        }

        return text.ToString();
    }

    /// <summary>One claim of the prose, on one line.</summary>
    public static string Claim(ProseClaim claim) => string.Create(CultureInfo.InvariantCulture,
        $"claim {claim.Id} [{claim.Source}] {claim.Statistic} {claim.Target} of {claim.Measure.Id} band={claim.Band} eq={claim.EqualTo} p={claim.Percentile} m={claim.Municipality?.Code} = {Cell(claim.Published)} [{string.Join(",", claim.Municipalities.Select(m => m.Code))}] «{claim.Quote}»");

    /// <summary>The discrepancy catalogue by kind, every entry in full.</summary>
    public static string Catalogue(EvaluationReport dataset)
    {
        var text = new StringBuilder();
        foreach (var group in dataset.Discrepancies.GroupBy(d => d.Kind).OrderBy(g => g.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"# {group.Key} ({group.Count()})");
            foreach (var d in group)
            {
                text.Append(Discrepancy(d));
            }
        }

        return text.ToString();
    }

    /// <summary>One catalogue entry: where, what each side says, the likely cause, the checks and cells it explains.</summary>
    public static string Discrepancy(Discrepancy d)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"- {d.Id} (p.{string.Join(", p.", d.Pages)}): {d.Where}");
        foreach (var side in d.Sides)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  · {side.Source}: {side.Says}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"  cause: {d.LikelyCause}");
        foreach (var check in d.ReproductionChecks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  check: {check}");
        }

        foreach (var cell in d.Cells)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  cell: {cell.Municipality?.Code ?? "province average"} {cell.Measure.Id}");
        }

        return text.ToString();
    }

    public static string Statistics(EvaluationReport dataset)
    {
        var text = new StringBuilder();
        foreach (var measure in MeasureCatalog.Gyeonggi2016)
        {
            text.AppendLine(dataset.Series(measure).Describe().ToString());
            if (measure.HasShare)
            {
                text.AppendLine(dataset.Series(measure, ValuePart.Percent).Describe().ToString());
            }
        }

        return text.ToString();
    }

    private static string Cell(PublishedValue? value) => value is null ? "(blank)" : Cell(value.Value, value.Percent, value.Printed);

    private static string Cell(MeasuredValue? value) => value is null ? "(blank)" : Cell(value.Value, value.Percent, value.Text);

    private static string Cell(decimal value, decimal? percent, string text) =>
        string.Create(CultureInfo.InvariantCulture, $"{value}{(percent is { } p ? " (" + p.ToString(CultureInfo.InvariantCulture) + "%)" : string.Empty)} «{text}»");
}
