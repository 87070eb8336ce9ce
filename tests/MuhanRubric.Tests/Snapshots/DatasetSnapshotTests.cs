using System.Text.Json.Nodes;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Tests.Data;
using Snapshooter;
using Snapshooter.Xunit;

namespace MuhanRubric.Tests.Snapshots;

/// <summary>
/// Locks the loaded 2016 dataset, its discrepancy catalogue, the statistics of every measure and the reproduction, each
/// concern small enough to read. The data files themselves are reviewed as files; here every loaded cell, claim and
/// catalogue entry is compared with its file, the counts and outcomes are stated in this file, and a few renderings
/// (one city, 과천 with a blank, one printed table, the printed rubric, one catalogue entry, what does not reproduce) are
/// snapshots. In CI (<c>SNAPSHOOTER_STRICT_MODE=true</c>) a missing snapshot fails instead of being written.
/// </summary>
public class DatasetSnapshotTests
{
    private static readonly EvaluationReport _dataset = Evaluation2016.Report;
    private static readonly ReproductionReport _reproduction = Reproducer.Reproduce(_dataset);

    [Fact]
    public void Dataset_HasTheCountsOfTheReport()
    {
        // 31 시군 (표 Ⅳ-16–46, p.53–113), 33 measures each (32 from their tables, 1 from 표 Ⅱ-3); 20 printed tables; 18
        // indicators of 표 Ⅲ-3 (p.29); 172 claims.
        Assert.Equal(31, _dataset.Municipalities.Count);
        Assert.Equal(33, MeasureCatalog.Gyeonggi2016.Count);
        Assert.Equal(1, _dataset.Municipalities.Sum(m => MeasureCatalog.Gyeonggi2016.Count(measure => m[measure] is null)));
        Assert.Equal(20, _dataset.Tables.Count);
        Assert.Equal(
            (45, 271, 922, 108),
            (_dataset.Tables.Sum(t => t.Sections.Count), _dataset.Tables.Sum(t => t.Sections.Sum(s => s.Rows.Count)),
             _dataset.Tables.Sum(t => t.Sections.Sum(s => s.Rows.Sum(r => r.Cells.Count))), _dataset.Tables.Sum(t => t.Sections.Sum(s => s.Rows.Sum(r => r.Cells.Count(c => c is null))))));
        Assert.Equal((18, 100m, 102m), (_dataset.Rubric!.Areas.SelectMany(a => a.Domains).Sum(d => d.Indicators.Count), _dataset.Rubric.PrintedTotal.Value, _dataset.Rubric.SumOfPoints));
        Assert.Equal(172, _dataset.Claims.Count);
    }

    [Fact]
    public void Dataset_EveryMunicipalityCellAndAverage_IsTheFilesValue()
    {
        var file = DatasetFiles.Embedded2016()["municipalityTables"]!.AsArray();
        Assert.Equal(file.Count, _dataset.Municipalities.Count);
        foreach (var (node, record) in file.Zip(_dataset.Municipalities))
        {
            Assert.Equal(((string)node!["municipality"]!, (string)node["printedName"]!, (string)node["table"]!, (int)node["page"]!),
                (record.Municipality.Code, record.PrintedName, record.Source.Table, record.Source.Page));
            // Every measure of the municipality tables; the private staff in post come from 표 Ⅱ-3 (p.17–18), not from them.
            var cells = node["cells"]!.AsObject();
            Assert.Equal(["PrivateCaseManagersInPost"], MeasureCatalog.Gyeonggi2016.Select(m => m.Id).Where(id => !cells.ContainsKey(id)));
            foreach (var measure in MeasureCatalog.Gyeonggi2016.Where(m => cells.ContainsKey(m.Id)))
            {
                var where = $"{record.Municipality.Code} {measure.Id}";
                Assert.Equal(Expected(node["cells"]![measure.Id]), (where, record[measure]?.Value, record[measure]?.Percent, record[measure]?.Text));
                Assert.Equal(Expected(node["provinceAverage"]![measure.Id]), (where, record.ProvinceAverage(measure)?.Value, record.ProvinceAverage(measure)?.Percent, record.ProvinceAverage(measure)?.Printed));

                (string, decimal?, decimal?, string?) Expected(JsonNode? cell) =>
                    (where, (decimal?)cell?["value"], (decimal?)cell?["percent"], (string?)cell?["printed"]);
            }
        }
    }

    [Fact]
    public void Dataset_EveryPrintedTableCell_IsTheFilesValue()
    {
        var file = DatasetFiles.Embedded2016()["tables"]!.AsArray();
        Assert.Equal(file.Count, _dataset.Tables.Count);
        foreach (var (tableNode, table) in file.Zip(_dataset.Tables))
        {
            Assert.Equal(((string)tableNode!["id"]!, (int)tableNode["page"]!, (string)tableNode["title"]!, (string?)tableNode["unit"] ?? string.Empty, string.Join(" | ", tableNode["notes"]?.AsArray().Select(n => (string)n!) ?? [])),
                (table.Id, table.Page, table.Title, table.Unit ?? string.Empty, string.Join(" | ", table.Notes)));
            var sections = tableNode["sections"]!.AsArray();
            Assert.Equal(sections.Count, table.Sections.Count);
            foreach (var (sectionNode, section) in sections.Zip(table.Sections))
            {
                Assert.Equal(((string)sectionNode!["id"]!, (int?)sectionNode["page"] ?? table.Page, (string?)sectionNode["measure"], Band(sectionNode["band"])),
                    (section.Id, section.Page, section.Measure?.Id, Band(section.Band)));
                Assert.Equal(sectionNode["columns"]!.AsArray().Select(c => (string)c!), section.Columns);
                var rows = sectionNode["rows"]!.AsArray();
                Assert.Equal(rows.Count, section.Rows.Count);
                foreach (var (rowNode, row) in rows.Zip(section.Rows))
                {
                    var where = $"{table.Id}/{section.Id}/{row.Label}";
                    Assert.Equal(((string)rowNode!["label"]!, (string?)rowNode["municipality"], (string?)rowNode["measure"], (string?)rowNode["printed"], string.Join(",", rowNode["municipalities"]?.AsArray().Select(m => (string)m!) ?? [])),
                        (row.Label, row.Municipality?.Code, row.Measure?.Id, row.Printed, string.Join(",", row.Municipalities.Select(m => m.Code))));
                    Assert.Equal(
                        rowNode["cells"]!.AsArray().Select(c => (where, (decimal?)c?["value"], (decimal?)c?["percent"], (string?)c?["printed"])),
                        row.Cells.Select(c => (where, c?.Value, c?.Percent, c?.Printed)));
                }
            }
        }
    }

    [Fact]
    public void Dataset_EveryClaim_IsTheFilesClaim()
    {
        var file = DatasetFiles.Embedded2016()["claims"]!.AsArray();
        Assert.Equal(
            file.Select(c => ((string)c!["id"]!, "p." + c["page"]!.ToString(), (string)c["quote"]!, (string)c["measure"]!, (string?)c["municipality"],
                (decimal?)c["value"]?["value"], (string?)c["value"]?["printed"], string.Join(",", c["municipalities"]?.AsArray().Select(m => (string)m!) ?? []),
                ((string)c["statistic"]!).ToUpperInvariant(), ((string?)c["on"] ?? "value").ToUpperInvariant(), Band(c["band"]), (decimal?)c["equals"], (double?)c["percentile"])),
            _dataset.Claims.Select(c => (c.Id, c.Source.ToString(), c.Quote, c.Measure.Id, c.Municipality?.Code,
                c.Published?.Value, c.Published?.Printed, string.Join(",", c.Municipalities.Select(m => m.Code)),
                c.Statistic.ToString().ToUpperInvariant(), c.Target.ToString().ToUpperInvariant(), Band(c.Band), c.EqualTo, c.Percentile)));
    }

    /// <summary>A band as notation; a missing side's inclusiveness is not part of it.</summary>
    private static string? Band(JsonNode? band) => band is null ? null
        : new Interval((decimal?)band["lower"], (bool)band["lowerInclusive"]!, (decimal?)band["upper"], (bool)band["upperInclusive"]!).ToString();

    private static string? Band(Interval? band) => band?.ToString();

    public static TheoryData<string> Municipalities => [
        "Suwon",     // the first table (표 Ⅳ-16 p.53): counts with shares beside them, percentages, the province average
        "Gwacheon",  // a blank (B10's training hours) and values outside their range (200 %, a career score of 8.4)
    ];

    [Theory]
    [MemberData(nameof(Municipalities))]
    public void Dataset_Municipality_MatchesSnapshot(string code) =>
        Snapshot.Match(SnapshotTexts.Municipality(_dataset.Municipalities.Single(m => m.Municipality.Code == code)), SnapshotNameExtension.Create(code));

    [Fact]
    public void Dataset_CaseloadTable_MatchesSnapshot() => Snapshot.Match(SnapshotTexts.Table(_dataset.Tables.Single(t => t.Id == "Ⅳ-12")));

    [Fact]
    public void Dataset_PublishedRubric_MatchesSnapshot() => Snapshot.Match(SnapshotTexts.Rubric(_dataset.Rubric!));

    [Fact]
    public void DiscrepancyCatalogue_HasItsEntriesByKind()
    {
        Assert.Equal(
            [
                (DiscrepancyKind.ProseVsTable, 27), (DiscrepancyKind.TableVsTable, 9), (DiscrepancyKind.TableVsPerMunicipality, 8),
                (DiscrepancyKind.SumDoesNotAddUp, 8), (DiscrepancyKind.ImpossibleValue, 8), (DiscrepancyKind.Typo, 21),
                (DiscrepancyKind.Numbering, 7), (DiscrepancyKind.Ambiguity, 4), (DiscrepancyKind.AggregateNotReproduced, 12),
            ],
            _dataset.Discrepancies.GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal((31, 16, 81), (_dataset.Discrepancies.Count(d => d.ReproductionChecks.Count > 0), _dataset.Discrepancies.Count(d => d.Cells.Count > 0), _dataset.Discrepancies.Sum(d => d.ReproductionChecks.Count)));
    }

    [Fact]
    public void DiscrepancyCatalogue_EveryEntry_IsTheFilesEntry()
    {
        var file = DatasetFiles.Catalogue2016()["discrepancies"]!.AsArray();
        Assert.Equal(
            file.Select(d => ((string)d!["id"]!, (string)d["kind"]!, (string)d["where"]!, (string)d["likelyCause"]!,
                string.Join(",", d["pages"]!.AsArray().Select(p => (int)p!)),
                string.Join(" | ", d["sides"]!.AsArray().Select(s => $"{(string)s!["source"]!}: {(string)s["says"]!}")),
                string.Join(",", d["reproductionChecks"]?.AsArray().Select(c => (string)c!) ?? []),
                string.Join(",", d["cells"]?.AsArray().Select(c => $"{(string?)c!["municipality"]} {(string)c["measure"]!}") ?? []))),
            _dataset.Discrepancies.Select(d => (d.Id, d.Kind.ToString(), d.Where, d.LikelyCause, string.Join(",", d.Pages),
                string.Join(" | ", d.Sides.Select(s => $"{s.Source}: {s.Says}")), string.Join(",", d.ReproductionChecks),
                string.Join(",", d.Cells.Select(c => $"{c.Municipality?.Code} {c.Measure.Id}")))));
    }

    [Fact]
    public void DiscrepancyCatalogue_AnEntry_MatchesSnapshot() =>
        Snapshot.Match(SnapshotTexts.Discrepancy(_dataset.Discrepancies.Single(d => d.Id == "impossible-p61-ansan-integrated-110pct")));

    [Fact]
    public void StatisticsOfEveryMeasure_MatchSnapshot() => Snapshot.Match(SnapshotTexts.Statistics(_dataset));

    [Fact]
    public void Reproduction_HasItsOutcomes()
    {
        Assert.Equal((633, 367, 185, 81), (_reproduction.Checks.Count, _reproduction.Exact, _reproduction.WithinRounding, _reproduction.NotReproduced));
        Assert.Equal("633 published figures checked: 367 exact, 185 within rounding, 81 not reproduced (each one catalogued).", _reproduction.Headline);
    }

    /// <summary>Where the figures are printed (a table, or the prose), checked, exact, within rounding, not reproduced.</summary>
    public static TheoryData<string, int, int, int, int> ReproductionByTable => new()
    {
        { "Ⅱ-2", 3, 0, 3, 0 },
        { "Ⅱ-3", 100, 98, 0, 2 },
        { "Ⅱ-4", 20, 9, 11, 0 },
        { "Ⅱ-5", 44, 23, 21, 0 },
        { "Ⅲ-3", 1, 0, 0, 1 },
        { "Ⅳ-5", 32, 28, 0, 4 },
        { "Ⅳ-8", 18, 0, 15, 3 },
        { "Ⅳ-14", 11, 9, 2, 0 },
        { "Ⅳ-9", 48, 35, 9, 4 },
        { "Ⅳ-2", 16, 14, 2, 0 },
        { "Ⅳ-3", 33, 27, 3, 3 },
        { "Ⅳ-6", 1, 1, 0, 0 },
        { "Ⅳ-7", 15, 5, 6, 4 },
        { "Ⅳ-10", 12, 8, 2, 2 },
        { "Ⅳ-11", 20, 14, 4, 2 },
        { "Ⅳ-12", 17, 2, 10, 5 },
        { "Ⅳ-13", 19, 1, 17, 1 },
        { "Ⅳ-15", 10, 1, 9, 0 },
        { "Ⅳ-16", 41, 0, 25, 16 },
        { "prose", 172, 92, 46, 34 },
    };

    [Theory]
    [MemberData(nameof(ReproductionByTable))]
    public void Reproduction_HasItsOutcomesPerTable(string table, int checkedCount, int exact, int withinRounding, int notReproduced)
    {
        var checks = _reproduction.Checks.Where(c => (c.Source.Table ?? "prose") == table).ToList();
        Assert.Equal((checkedCount, exact, withinRounding, notReproduced),
            (checks.Count, checks.Count(c => c.Outcome == ReproductionOutcome.Exact), checks.Count(c => c.Outcome == ReproductionOutcome.WithinRounding), checks.Count(c => c.Outcome == ReproductionOutcome.NotReproduced)));
    }

    [Fact]
    public void Reproduction_SummaryLists_EveryTableInOrder()
    {
        var summary = _reproduction.ToText().Split('\n').Skip(2).TakeWhile(line => line.Trim().Length > 0).Select(line => line.Split(' ')[0]);
        Assert.Equal(ReproductionByTable.Select(row => (string)row[0]), summary);
    }

    [Fact]
    public void Reproduction_WhatDoesNotReproduce_MatchesSnapshot() =>
        Snapshot.Match(string.Join(Environment.NewLine, _reproduction.Failures.Select(c => c.ToString())));
}
