using System.Globalization;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Editions.Y2016;

/// <summary>
/// The internal arithmetic of the printed tables (totals, subtotals, printed shares) and the summary tables whose
/// rows add up several measures (<c>표 Ⅳ-5</c>, <c>표 Ⅳ-9</c>).
/// </summary>
/// <remarks>
/// A part printed with decimals is a rounded figure and may move a sum by half a unit; whole numbers are exact
/// counts. Shares are recomputed as count ÷ base × 100.
/// </remarks>
internal static class TableArithmetic
{
    public static IEnumerable<ReproductionCheck> Checks(EvaluationReport dataset)
    {
        var checks = new List<ReproductionCheck>();
        var byId = dataset.Tables.ToLookup(t => t.Id, StringComparer.Ordinal);
        foreach (var table in byId["Ⅱ-2"])
        {
            checks.AddRange(ColumnTotals(table, table.Sections.SelectMany(s => s.Rows).ToList(), "합계"));
        }

        foreach (var table in byId["Ⅱ-3"])
        {
            checks.AddRange(CenterStatus(table));
        }

        foreach (var table in byId["Ⅱ-4"].Where(t => t.Sections.Any(s => s.Columns.Contains("subtotal"))))
        {
            checks.AddRange(Workplaces(table));
        }

        foreach (var table in byId["Ⅱ-5"])
        {
            foreach (var section in table.Sections)
            {
                checks.AddRange(ColumnTotals(table, section.Rows, "소계", section.Id));
                checks.AddRange(RowTotals(table, section, ["privateCaseManager", "integratedCaseManager"], "subtotal"));
                checks.AddRange(ColumnShares(table, section, "소계"));
            }
        }

        foreach (var table in byId["Ⅲ-3"])
        {
            var rows = table.Sections.SelectMany(s => s.Rows).ToList();
            checks.AddRange(ColumnTotals(table, rows, "계"));
        }

        foreach (var table in byId["Ⅳ-5"])
        {
            checks.AddRange(Expertise(dataset, table));
        }

        foreach (var table in byId["Ⅳ-8"])
        {
            var section = table.Section("byGroup");
            checks.AddRange(RowTotals(table, section, ["lessThan1Year", "from1To3Years", "from3To5Years", "from5To7Years", "atLeast7Years"], "total"));
            checks.AddRange(RowShares(table, section, "total"));
        }

        // 표 Ⅳ-14 prints 13,361명 as its total; it is the sum of the three attendance totals of 표 Ⅳ-3.
        foreach (var table in byId["Ⅳ-14"])
        {
            var attendance = byId["Ⅳ-3"].SelectMany(t => t.Section("summary").Rows).Select(r => r["total"]);
            if (table.Section("summary").Rows[0]["total"] is { } printed)
            {
                checks.Add(Sum("Ⅳ-14/summary/total=Ⅳ-3", "표 Ⅳ-14's printed total against the sum of the three 표 Ⅳ-3 attendance totals", printed, attendance));
            }
        }

        foreach (var table in byId["Ⅳ-9"])
        {
            checks.AddRange(Treatment(dataset, table));
        }

        return checks;
    }

    private static IEnumerable<ReproductionCheck> ColumnTotals(PrintedTable table, IReadOnlyList<PrintedRow> rows, string totalLabel, string? sectionId = null)
    {
        var total = rows.FirstOrDefault(r => string.Equals(r.Label, totalLabel, StringComparison.Ordinal));
        if (total is null)
        {
            yield break;
        }

        var parts = rows.Where(r => r != total && r.Municipality is null && r.Cells.Count > 0).ToList();
        var columns = table.Sections.First(s => s.Rows.Contains(total)).Columns;
        foreach (var column in columns)
        {
            if (total[column] is { } printed)
            {
                yield return Sum($"{table.Id}/{sectionId ?? "rows"}/{totalLabel}/{column}/sumOfRows", $"{totalLabel} of {column}: the sum of the {parts.Count} rows above", printed, parts.Select(r => r[column]));
            }
        }
    }

    private static IEnumerable<ReproductionCheck> RowTotals(PrintedTable table, PrintedSection section, IReadOnlyList<string> partColumns, string totalColumn)
    {
        foreach (var row in section.Rows)
        {
            if (row[totalColumn] is { } printed)
            {
                yield return Sum($"{table.Id}/{section.Id}/{row.Label}/{totalColumn}/sumOfColumns", $"{row.Label}: {totalColumn} as the sum of {string.Join(" + ", partColumns)}", printed, partColumns.Select(c => row[c]));
            }
        }
    }

    private static IEnumerable<ReproductionCheck> RowShares(PrintedTable table, PrintedSection section, string baseColumn)
    {
        foreach (var row in section.Rows)
        {
            if (row[baseColumn] is not { } basis)
            {
                continue;
            }

            foreach (var column in section.Columns.Where(c => c != baseColumn))
            {
                if (row[column] is { Percent: { } percent } cell)
                {
                    yield return Share($"{table.Id}/{section.Id}/{row.Label}/{column}/percent", $"{row.Label} {column}: share of {baseColumn}", cell, percent, basis.Value);
                }
            }
        }
    }

    private static IEnumerable<ReproductionCheck> ColumnShares(PrintedTable table, PrintedSection section, string totalLabel)
    {
        var total = section.Rows.FirstOrDefault(r => string.Equals(r.Label, totalLabel, StringComparison.Ordinal));
        if (total is null)
        {
            yield break;
        }

        foreach (var column in section.Columns)
        {
            if (total[column] is not { } basis)
            {
                continue;
            }

            foreach (var row in section.Rows.Where(r => r != total))
            {
                if (row[column] is { Percent: { } percent } cell)
                {
                    yield return Share($"{table.Id}/{section.Id}/{row.Label}/{column}/percent", $"{row.Label} {column}: share of the column {totalLabel}", cell, percent, basis.Value);
                }
            }
        }
    }

    private static IEnumerable<ReproductionCheck> Workplaces(PrintedTable table)
    {
        foreach (var section in table.Sections.Where(s => s.Columns.Contains("subtotal")))
        {
            string[] places = ["municipalOffice", "networkTeam", "eupMyeonDong", "otherSuwon"];
            foreach (var check in RowTotals(table, section, places, "subtotal"))
            {
                yield return check;
            }

            foreach (var check in ColumnTotals(table, section.Rows, "소계", section.Id))
            {
                yield return check;
            }

            foreach (var check in RowShares(table, section, "subtotal"))
            {
                yield return check;
            }
        }
    }

    private static IEnumerable<ReproductionCheck> CenterStatus(PrintedTable table)
    {
        var rows = table.Sections.SelectMany(s => s.Rows).ToList();
        var total = rows.First(r => r.Municipality is null);
        var municipalities = rows.Where(r => r.Municipality is not null).ToList();
        foreach (var column in table.Sections[0].Columns)
        {
            if (total[column] is { } printed)
            {
                yield return Sum($"{table.Id}/계/{column}/sumOfRows", $"계 of {column}: the sum over the {municipalities.Count} municipality rows (blank = none)", printed, municipalities.Select(r => r[column] ?? Zero(printed)));
            }
        }

        foreach (var row in rows)
        {
            foreach (var year in new[] { "2010", "2016" })
            {
                if (row["teams" + year] is { } teams && (row["basicTeams" + year] is not null || row["expandedTeams" + year] is not null))
                {
                    yield return Sum($"{table.Id}/{row.Label}/teams{year}/basicPlusExpanded", $"{row.Label}: network teams {year} = basic + expanded", teams, [row["basicTeams" + year] ?? Zero(teams), row["expandedTeams" + year] ?? Zero(teams)]);
                }
            }

            if (row["staffChange"] is { } change && row["staff2016"] is { } staff2016)
            {
                var staff2010 = row["staff2010"]?.Value ?? 0m;
                yield return Reproducer.Computed($"{table.Id}/{row.Label}/staffChange/difference", $"{row.Label}: staff change = staff 2016 − staff 2010", change, staff2016.Value - staff2010, 0m);
            }
        }
    }

    private static IEnumerable<ReproductionCheck> Expertise(EvaluationReport dataset, PrintedTable table)
    {
        var summary = table.Section("summary");
        (string Column, Measure Head, Measure Leaders)[] columns =
        [
            ("experiencedAtLeast3Years", Measure.CenterHeadExperienced, Measure.TeamLeadersExperienced),
            ("certified", Measure.CenterHeadCertified, Measure.TeamLeadersCertified),
            ("trainedAtLeast50Hours", Measure.CenterHeadTrained, Measure.TeamLeadersTrained),
        ];
        var heads = summary.Rows[0];
        var leaders = summary.Rows[1];
        foreach (var (column, head, leader) in columns)
        {
            if (heads[column] is { } printedHeads)
            {
                yield return Reproducer.Computed($"{table.Id}/summary/centerHeads/{column}", $"center heads meeting '{column}': the sum of {head.Id}", printedHeads, dataset.Series(head).Describe().Sum, 0m);
            }

            if (leaders[column] is { } printedLeaders)
            {
                yield return Reproducer.Computed($"{table.Id}/summary/teamLeaders/{column}", $"team leaders meeting '{column}': the sum of {leader.Id}", printedLeaders, dataset.Series(leader).Describe().Sum, 0m);
            }
        }

        if (heads["headcount"] is { } headcount)
        {
            yield return Reproducer.Computed($"{table.Id}/summary/centerHeads/headcount", "center heads: one per municipality", headcount, dataset.Municipalities.Count, 0m);
        }

        foreach (var row in table.Section("teamLeaders").Rows.Where(r => r.Municipality is not null))
        {
            foreach (var (column, _, leader) in columns)
            {
                if (row[column] is { } printed)
                {
                    yield return Reproducer.Printed($"{table.Id}/teamLeaders/{row.Municipality!.Code}/{column}", $"{row.Municipality.Code}'s {leader.Id} as listed, against its own table", printed, dataset[row.Municipality][leader]);
                }
            }
        }

        var listed = table.Section("centerHeadAllConditions").ListedMunicipalities;
        var all = dataset.Municipalities
            .Where(r => columns.All(c => r[c.Head] is { Value: > 0 }))
            .Select(r => r.Municipality)
            .ToList();
        yield return new ReproductionCheck(
            $"{table.Id}/centerHeadAllConditions/membership",
            "the municipalities whose center head meets all three conditions",
            new PrintedSource(table.Id, table.Page),
            string.Join(", ", listed.Select(m => m.Code)),
            string.Join(", ", all.Select(m => m.Code)),
            listed.Select(m => m.Code).Order(StringComparer.Ordinal).SequenceEqual(all.Select(m => m.Code).Order(StringComparer.Ordinal), StringComparer.Ordinal)
                ? ReproductionOutcome.Exact
                : ReproductionOutcome.NotReproduced);
    }

    private static IEnumerable<ReproductionCheck> Treatment(EvaluationReport dataset, PrintedTable table)
    {
        (string Section, string Row, Measure Private, Measure Integrated)[] kinds =
        [
            ("regular", "정규직 전환 인원수", Measure.PrivateCaseManagersRegular, Measure.IntegratedCaseManagersRegular),
            ("careerRecognised", "급여산정시 경력 인정", Measure.PrivateCaseManagersCareerRecognised, Measure.IntegratedCaseManagersCareerRecognised),
            ("payStepRaise", "호봉승급", Measure.PrivateCaseManagersPayStepRaise, Measure.IntegratedCaseManagersPayStepRaise),
        ];
        var summary = table.Section("summary");
        foreach (var (sectionId, label, privateMeasure, integratedMeasure) in kinds)
        {
            var row = summary.Rows.First(r => string.Equals(r.Label, label, StringComparison.Ordinal));
            if (row["appliedPrivate"] is { } appliedPrivate)
            {
                yield return Reproducer.Computed($"{table.Id}/summary/{sectionId}/appliedPrivate", $"the sum of {privateMeasure.Id}", appliedPrivate, dataset.Series(privateMeasure).Describe().Sum, 0m);
            }

            if (row["appliedIntegrated"] is { } appliedIntegrated)
            {
                yield return Reproducer.Computed($"{table.Id}/summary/{sectionId}/appliedIntegrated", $"the sum of {integratedMeasure.Id}", appliedIntegrated, dataset.Series(integratedMeasure).Describe().Sum, 0m);
            }

            if (row["appliedTotal"] is { } appliedTotal)
            {
                yield return Sum($"{table.Id}/summary/{sectionId}/appliedTotal", "applied: private + integrated", appliedTotal, [row["appliedPrivate"], row["appliedIntegrated"]]);
            }

            foreach (var (applied, headcount) in new[] { ("appliedTotal", "headcountTotal"), ("appliedPrivate", "headcountPrivate"), ("appliedIntegrated", "headcountIntegrated") })
            {
                if (row[applied] is { Percent: { } percent } cell && (row[headcount] ?? summary.Rows[0][headcount]) is { } basis)
                {
                    yield return Share($"{table.Id}/summary/{sectionId}/{applied}/percent", $"{applied} as a share of {headcount}", cell, percent, basis.Value);
                }
            }

            foreach (var municipalityRow in table.Section(sectionId).Rows.Where(r => r.Municipality is not null))
            {
                var m = municipalityRow.Municipality!;
                if (municipalityRow["appliedPrivate"] is { } p)
                {
                    yield return Reproducer.Printed($"{table.Id}/{sectionId}/{m.Code}/appliedPrivate", $"{m.Code}'s {privateMeasure.Id} as listed, against its own table", p, dataset[m][privateMeasure]);
                }

                if (municipalityRow["appliedIntegrated"] is { } i)
                {
                    yield return Reproducer.Printed($"{table.Id}/{sectionId}/{m.Code}/appliedIntegrated", $"{m.Code}'s {integratedMeasure.Id} as listed, against its own table", i, dataset[m][integratedMeasure]);
                }
            }
        }
    }

    private static ReproductionCheck Sum(string id, string description, PublishedValue printed, IEnumerable<PublishedValue?> parts)
    {
        var present = parts.Where(p => p is not null).Select(p => p!).ToList();
        var rounding = present.Where(p => p.Decimals > 0).Sum(p => Reproducer.HalfUnit(p.Decimals));
        return Reproducer.Computed(id, description, printed, present.Sum(p => p.Value), rounding);
    }

    private static ReproductionCheck Share(string id, string description, PublishedValue cell, decimal percent, decimal basis) =>
        Reproducer.Computed(
            id,
            string.Create(CultureInfo.InvariantCulture, $"{description}: {cell.Value} ÷ {basis} × 100"),
            cell with { Value = percent },
            basis == 0 ? null : cell.Value / basis * 100m,
            0m);

    private static PublishedValue Zero(PublishedValue like) => like with { Value = 0m, Percent = null, Printed = "(blank)" };
}
