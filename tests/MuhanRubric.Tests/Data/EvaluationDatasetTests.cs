using MuhanRubric.Domain;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Data;

public class EvaluationDatasetTests
{
    private static readonly EvaluationReport _dataset = Evaluation2016.Report;

    [Fact]
    public void Load2016_HasAll31MunicipalityTablesWithEvery32Rows()
    {
        Assert.Equal(MunicipalityCatalog.Gyeonggi, _dataset.Municipalities.Select(r => r.Municipality));
        Assert.All(_dataset.Municipalities, r => Assert.Equal(32 - r.BlankMeasures.Count, MeasureCatalog.MunicipalityTables2016.Count(m => r[m] is not null)));
        Assert.Equal(32, MeasureCatalog.MunicipalityTables2016.Count);
        Assert.Equal(33, MeasureCatalog.Gyeonggi2016.Count);
    }

    [Fact]
    public void Load2016_PrivateStaffHeadcountIsTheCellOfTableII3()
    {
        // 표 Ⅱ-3 p.17–18, 2016 인원 수: 가평 6 (p.17), 포천 13 and 오산 4 (p.18); every 시군 has one.
        var measurements = _dataset.Measurements;
        Assert.Equal(new MeasuredValue(6, null, "6", new PrintedSource("Ⅱ-3", 17)), measurements[Municipality.Gapyeong, Measure.PrivateCaseManagersInPost]);
        Assert.Equal(new MeasuredValue(13, null, "13", new PrintedSource("Ⅱ-3", 18)), measurements[Municipality.Pocheon, Measure.PrivateCaseManagersInPost]);
        Assert.Equal(4m, measurements[Municipality.Osan, Measure.PrivateCaseManagersInPost]!.Value);
        Assert.Equal(31, measurements.Series(Measure.PrivateCaseManagersInPost).Present.Count);
        Assert.Equal(Measure.PrivateCaseManagerDepartures, MeasureCatalog.Gyeonggi2016[MeasureCatalog.Gyeonggi2016.IndexOf(Measure.PrivateCaseManagersInPost.Id) + 1]);
    }

    [Fact]
    public void Load2016_EveryMunicipalityTableCitesItsTableAndPage()
    {
        // Captions as printed, p.53–113 (the table of contents misprints 표 Ⅳ-24 and 표 Ⅳ-46; both are catalogued).
        int[] pages = [53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 101, 103, 105, 107, 109, 111, 113];
        for (var i = 0; i < 31; i++)
        {
            var record = _dataset.Municipalities[i];
            Assert.Equal(new PrintedSource($"Ⅳ-{16 + i}", pages[i]), record.Source);
            Assert.All(MeasureCatalog.MunicipalityTables2016.Select(m => record[m]).Where(v => v is not null), v => Assert.Equal(record.Source, v!.Source));
        }
    }

    [Fact]
    public void Load2016_KeepsValuesExactlyAsPrinted()
    {
        var suwon = _dataset[Municipality.Suwon];
        Assert.Equal(45m, suwon[Measure.ExternalSupportSessions]!.Value);
        Assert.Equal("21251.0", suwon[Measure.ServiceLinkages]!.Text);
        Assert.Equal(1, suwon[Measure.ServiceLinkages]!.Decimals);
        Assert.Equal("9(69.2%)", suwon[Measure.TeamLeadersExperienced]!.Text);
        Assert.Equal(69.2m, suwon[Measure.TeamLeadersExperienced]!.Percent);
        Assert.Equal("1.", _dataset[Municipality.Yeoncheon][Measure.CaseConferencesPerCase]!.Text);
        Assert.Equal("0)", _dataset[Municipality.Icheon][Measure.TeamLeadersTrained]!.Text);
        Assert.Equal(2419m, _dataset[Municipality.Uiwang][Measure.ServiceLinkages]!.Value);
    }

    [Fact]
    public void Load2016_BlankCellIsMissingNotZero()
    {
        // 표 Ⅳ-36 p.93: 과천시 has no private case managers; the training-hours cell is blank.
        var gwacheon = _dataset[Municipality.Gwacheon];
        Assert.Null(gwacheon[Measure.PrivateCaseManagerTrainingHours]);
        Assert.Equal([Measure.PrivateCaseManagerTrainingHours], gwacheon.BlankMeasures);
        var description = MuhanRubric.Statistics.MeasureSeriesStatistics.Describe(_dataset.Series(Measure.PrivateCaseManagerTrainingHours));
        Assert.Equal(30, description.N);
        Assert.Equal([Municipality.Gwacheon], description.MissingMunicipalities);
    }

    [Fact]
    public void Load2016_ProvinceAverageColumnIsTheSameInEveryTableExceptCataloguedMisprints()
    {
        var catalogued = _dataset.Discrepancies.SelectMany(d => d.Cells).Where(c => c.Municipality is null).Select(c => c.Measure).ToHashSet();
        foreach (var measure in MeasureCatalog.MunicipalityTables2016)
        {
            var printed = _dataset.Municipalities.Select(r => r.ProvinceAverage(measure)!.Printed).Distinct().ToList();
            if (printed.Count > 1)
            {
                Assert.Contains(measure, catalogued);
            }

            Assert.Single(_dataset.Municipalities.Select(r => r.ProvinceAverage(measure)!.Value).Distinct());
        }
    }

    [Fact]
    public void Load2016_EveryShareAbove100IsLoadedAndCatalogued()
    {
        var catalogued = _dataset.Discrepancies.SelectMany(d => d.Cells).ToHashSet();
        var above100 = _dataset.Municipalities
            .SelectMany(r => MeasureCatalog.Gyeonggi2016.Select(m => (r.Municipality, Measure: m, Value: r[m])))
            .Where(c => c.Value is { Percent: > 100 } || (c.Measure.Unit == MeasureUnit.Percent && c.Value is { Value: > 100 }))
            .ToList();
        Assert.Equal(6, above100.Count); // 안산시 ×3 (110.0%), 성남시 133.3%, 광명시 175%, 과천시 200%.
        Assert.All(above100, c => Assert.Contains(new DiscrepancyCell(c.Municipality, c.Measure), catalogued));
    }

    [Fact]
    public void Load2016_HasThePrintedTables()
    {
        string[] expected = ["Ⅱ-2", "Ⅱ-3", "Ⅱ-4", "Ⅱ-4", "Ⅱ-5", "Ⅲ-3", "Ⅳ-2", "Ⅳ-3", "Ⅳ-4", "Ⅳ-5", "Ⅳ-6", "Ⅳ-7", "Ⅳ-8", "Ⅳ-9", "Ⅳ-10", "Ⅳ-11", "Ⅳ-12", "Ⅳ-13", "Ⅳ-14", "Ⅳ-15"];
        Assert.Equal(expected, _dataset.Tables.Select(t => t.Id));
        var summary = _dataset.Table("Ⅳ-2").Section("summary").Rows[0];
        Assert.Equal(411m, summary["total"]!.Value);
        Assert.Equal(new PrintedSource("Ⅳ-2", 34), summary["total"]!.Source);
    }

    [Fact]
    public void Load2016_PublishedRubricHas18IndicatorsAndAPrintedTotalThatDoesNotAddUp()
    {
        var rubric = _dataset.Rubric!;
        Assert.Equal(["A", "B", "C", "D"], rubric.Areas.Select(a => a.Code));
        Assert.Equal(18, rubric.Indicators.Count());
        Assert.Equal([26m, 30m, 31m, 15m], rubric.Areas.Select(a => a.SumOfPoints));
        Assert.Equal(100m, rubric.PrintedTotal.Value);
        Assert.Equal(102m, rubric.SumOfPoints);
        Assert.Contains(_dataset.Discrepancies, d => d.Id == "sum-iii-3-points-102-vs-100");
        var c1 = rubric.Indicators.Single(i => i.Code == "C1");
        Assert.Equal(5, c1.Scale.Bands.Count);
        Assert.True(c1.Scale.PointsPrinted);
    }

    [Fact]
    public void CareCenterStatus_ReadsTable2Point3()
    {
        var status2016 = _dataset.CareCenterStatus(2016);
        var total = status2016.Single(s => s.Municipality is null);
        Assert.Equal(31, total.Centers);
        Assert.Equal(new NetworkTeamCounts(76, 55, 21), total.NetworkTeams);
        Assert.Equal(211, total.Staff);
        var gwangju = status2016.Single(s => s.Municipality == Municipality.Gwangju);
        Assert.Equal(2, gwangju.NetworkTeams.Of(NetworkTeamType.Expanded));
        Assert.Equal(12, gwangju.Staff);
        Assert.Equal(31, status2016.Count(s => s.Municipality is not null));
        Assert.Throws<ArgumentOutOfRangeException>(() => _dataset.CareCenterStatus(2015));
    }

    [Fact]
    public void Discrepancies_AreCompleteEntries()
    {
        Assert.NotEmpty(_dataset.Discrepancies);
        Assert.All(_dataset.Discrepancies, d =>
        {
            Assert.Matches("^[a-z0-9][a-z0-9.,\\-]*$", d.Id);
            Assert.NotEmpty(d.Sides);
            Assert.NotEmpty(d.Pages);
            Assert.False(string.IsNullOrWhiteSpace(d.LikelyCause));
            Assert.False(string.IsNullOrWhiteSpace(d.Where));
        });
        Assert.Equal(_dataset.Discrepancies.Count, _dataset.Discrepancies.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Load2016_EveryValueOutsideItsMeasuresExpectedRangeIsCatalogued()
    {
        // The measures' expected ranges (shares 0–100 %, career scores 1–5 points) are a second reader of the tables:
        // every value they flag must be a catalogued discrepancy linked to its cell.
        var catalogued = _dataset.Discrepancies.SelectMany(d => d.Cells).Select(c => (c.Municipality, c.Measure)).ToHashSet();
        var flagged = new List<(Municipality, Measure)>();
        foreach (var measure in MeasureCatalog.Gyeonggi2016)
        {
            foreach (var part in measure.HasShare ? new[] { ValuePart.Value, ValuePart.Percent } : [ValuePart.Value])
            {
                var range = part == ValuePart.Percent ? Interval.Closed(0, 100) : measure.ExpectedRange;
                flagged.AddRange(_dataset.Series(measure, part)
                    .Where(o => range is not null && o.Value is { } v && !range.Contains(v))
                    .Select(o => (o.Municipality, measure)));
            }
        }

        Assert.Equal(9, flagged.Count);
        Assert.All(flagged, cell => Assert.Contains(cell, catalogued));
    }

    [Fact]
    public void Load2016_ReturnsTheSharedInstance()
    {
        Assert.Same(_dataset, Evaluation2016.Report);
        Assert.Same(_dataset.Measurements, Evaluation2016.Measurements);
    }
}
