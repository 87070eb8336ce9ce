using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Rubrics;
using MuhanRubric.Templates;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Templates;

/// <summary>Which measures a template holds, and the options' checks. XLSX, CSV and determinism are in the partial files.</summary>
public partial class SubmissionTemplateTests
{
    /// <summary>Five synthetic units and two measures: a head count, and a count with a share of it.</summary>
    private static readonly MunicipalityCatalog _units = new(
    [
        new Municipality("U1", "가나시"), new Municipality("U2", "다라군"), new Municipality("U3", "마바구"),
        new Municipality("U4", "사아시"), new Municipality("U5", "자차군"),
    ]);

    private static readonly Measure _clientsHoused = new("ClientsHoused", "주거 지원 받은 대상자(명)", "Clients housed", MeasureUnit.Persons, isWholeCount: true, hasShare: true, shareDenominator: "Clients");
    private static readonly Measure _clients = new("Clients", "대상자 수(명)", "Clients", MeasureUnit.Persons, isWholeCount: true);

    // Catalogue order differs from rubric order on purpose: templates follow the catalogue.
    private static readonly MeasureCatalog _measures = new([_clientsHoused, _clients]);

    private static readonly Rubric _custom = Rubric.Create("Housing pilot")
        .AddArea("H", "주거", "Housing", a => a.AddIndicator("H1", "주거 지원 비율", "Share of clients housed", 10, i => i
            .Reads(_clientsHoused, ValuePart.Percent)
            .Proportional(0, 100)
            .WithProvenance(Provenance.FromAssumption("pilot: 0–100 % maps linearly to 0–10 points"))))
        .Build();

    private static TemplateOptions CustomOptions => new() { Units = _units, Measures = _measures };

    [Fact]
    public void MeasuresFor_Reference2016_ListsTheMeasuresItsScoredIndicatorsRead()
    {
        var ids = SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016).Select(m => m.Id);

        // A1 and B1 read their checklist criteria; C4 and area D are excluded; AverageStaffAtOtherMeetings, the private case
        // managers' three treatment shares (B7 reads the integrated ones, p.31), CasesManaged, OtherAgencyStaffPerConference
        // and ServiceLinkages are read by no indicator; B8 reads 표 Ⅱ-3's headcount.
        Assert.Equal(
        [
            "ExternalSupportSessions", "EupMyeonDongStaffAtOtherMeetings", "NetworkTeamCaseManagersAtOtherMeetings",
            "MunicipalStaffAtOtherMeetings", "CooperationSatisfaction", "CenterHeadExperienced", "CenterHeadCertified",
            "CenterHeadTrained", "TeamLeadersExperienced", "TeamLeadersCertified", "TeamLeadersTrained", "OfficialTransferRate",
            "OfficialTrainingHoursPerCapita", "PrivateCaseManagerCareerScore", "IntegratedCaseManagerCareerScore",
            "IntegratedCaseManagersRegular", "IntegratedCaseManagersCareerRecognised", "IntegratedCaseManagersPayStepRaise",
            "PrivateCaseManagersInPost", "PrivateCaseManagerDepartures", "IntegratedCaseManagerDepartures", "PrivateCaseManagerTrainingHours",
            "IntegratedCaseManagerTrainingHours", "CasesPerCaseManager", "CaseConferencesPerCase", "ServiceLinkagesPerCase",
        ], ids);
    }

    [Fact]
    public void MeasuresFor_AsPublished_ListsOnlyWhatItsOneScoredIndicatorReads()
    {
        // Only C1 prints its scale; unspecified indicators are not scored, so they need no column.
        Assert.Equal([Measure.CasesPerCaseManager], SubmissionTemplate.MeasuresFor(Rubrics2016.AsPublished, MeasureCatalog.Gyeonggi2016));
    }

    [Fact]
    public void MeasuresFor_ShareWithDenominator_AddsTheDenominatorInCatalogueOrder()
    {
        Assert.Equal([_clientsHoused, _clients], SubmissionTemplate.MeasuresFor(_custom, _measures));
    }

    [Fact]
    public void MeasuresFor_GroupOverrideChecklist_ReadsItsCriteria()
    {
        var rubric = Rubric.Create("override")
            .AddArea("C", "c", "c", a => a.AddIndicator("C1", "c", "c", 10, i => i
                .Reads(Measure.CasesPerCaseManager)
                .Proportional(0, 50).WithProvenance(Provenance.FromAssumption("test"))
                .ForGroup("County", g => g.WithChecklist(c => c
                    .Criterion("연계", MeasureExpression.Field(Measure.ServiceLinkages), BandRange.AtLeast(1))
                    .PointsByCriteriaMet(0, 10)).WithProvenance(Provenance.FromAssumption("test")))))
            .Build();

        Assert.Equal([Measure.CasesPerCaseManager, Measure.ServiceLinkages], SubmissionTemplate.MeasuresFor(rubric, MeasureCatalog.Gyeonggi2016));
    }

    [Fact]
    public void MeasuresFor_MeasuresTheCatalogueLacks_ThrowsNamingEachAndItsIndicators()
    {
        var catalog = new MeasureCatalog([Measure.CasesPerCaseManager, Measure.CaseConferencesPerCase]);

        var error = Assert.Throws<ArgumentException>(() => SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, catalog));

        Assert.StartsWith("Rubric '2016 reference rubric' reads measures the catalogue (2 measures) does not hold: ExternalSupportSessions (A1); ", error.Message, StringComparison.Ordinal);
        Assert.Contains("; TeamLeadersExperienced (B2); ", error.Message, StringComparison.Ordinal);
        Assert.Contains("; ServiceLinkagesPerCase (C3). Declare them in the catalogue (TemplateOptions.Measures) or drop the indicators that read them.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("CasesPerCaseManager", error.Message, StringComparison.Ordinal);
        Assert.Equal("catalog", error.ParamName);
    }

    [Fact]
    public void WriteXlsx_RubricReadingAnUndeclaredMeasure_ThrowsBeforeWriting()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => SubmissionTemplate.WriteXlsx(stream, _custom));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Write_ValuesCoveringUnitsTheTemplateDoesNotList_Throws()
    {
        var options = CustomOptions with { Values = Evaluation2016.Measurements };

        var error = Assert.Throws<ArgumentException>(() => TemplateFiles.Csv(_custom, options));

        Assert.StartsWith("'", error.Message, StringComparison.Ordinal);
        Assert.Contains("covers 31 unit(s) the template does not list (Suwon, Seongnam, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("set TemplateOptions.Units to the table's units.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_MeasureListedTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            TemplateFiles.Bytes(s => SubmissionTemplate.WriteCsv(s, [Measure.CasesManaged, Measure.CasesManaged])));

        Assert.StartsWith("A template lists each measure once; given twice: CasesManaged.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateOptions_Defaults_AreTheGyeonggiUnitsAnd2016Measures()
    {
        var options = new TemplateOptions();

        Assert.Same(MunicipalityCatalog.Gyeonggi, options.Units);
        Assert.Same(MeasureCatalog.Gyeonggi2016, options.Measures);
        Assert.Null(options.Period);
        Assert.Null(options.Values);
        Assert.Throws<ArgumentNullException>(() => options with { Units = null! });
    }

    /// <summary>The 2016 table with Gwacheon's private-staff measures not applicable (it has none, p.42), its integrated
    /// case managers in regular employment too (a count with a share), and one count given without its share: cells the
    /// printed report does not have.</summary>
    private static MeasurementTable WithNotApplicableCells()
    {
        var source = Evaluation2016.Measurements;
        var builder = MeasurementTable.CreateBuilder(source.Units, source.Measures).WithName("2016 with n/a").WithPeriod(source.Period);
        foreach (var row in source.Rows)
        {
            foreach (var measure in source.Measures)
            {
                if (row.Unit == Municipality.Gwacheon && (measure.Id.StartsWith("PrivateCaseManager", StringComparison.Ordinal) || measure == Measure.IntegratedCaseManagersRegular))
                {
                    builder.SetNotApplicable(row.Unit, measure);
                }
                else if (row.Unit == Municipality.Seongnam && measure == Measure.TeamLeadersCertified)
                {
                    builder.Set(row.Unit, measure, 3);
                }
                else if (row[measure] is { } value)
                {
                    builder.Set(row.Unit, measure, value.Value, value.Percent);
                }
                else
                {
                    builder.SetMissing(row.Unit, measure);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Checks a filled template's grid against its table, cell by cell: present values in the count column and given
    /// shares in the share column, <c>해당없음</c> where not applicable (share column blank), blank where missing.
    /// </summary>
    private static void AssertFilledFrom(MeasurementTable table, SheetGrid grid, IReadOnlyList<Measure> measures)
    {
        var columns = measures.SelectMany(m => m.HasShare ? new[] { (m, false), (m, true) } : [(m, false)]).ToList();
        Assert.Equal(4 + table.Units.Count, grid.RowCount);
        for (var u = 0; u < table.Units.Count; u++)
        {
            var unit = table.Units[u];
            var r = 5 + u;
            Assert.Equal(unit.Code, grid[$"A{r}"]);
            Assert.Equal(unit.KoreanName, grid[$"B{r}"]);
            for (var c = 0; c < columns.Count; c++)
            {
                var (measure, share) = columns[c];
                var cell = grid[$"{TemplateFiles.Column(c + 2)}{r}"];
                var where = $"{unit.Code} {measure.Id}{(share ? "%" : string.Empty)}";
                switch (table.StatusOf(unit, measure))
                {
                    case CellStatus.NotApplicable:
                        Assert.True((share ? null : "해당없음") == cell, $"{where}: expected {(share ? "blank" : "해당없음")}, found '{cell}'");
                        break;
                    case CellStatus.Missing:
                        Assert.True(cell is null, $"{where}: expected blank, found '{cell}'");
                        break;
                    default:
                        var given = table[unit, measure]!;
                        var expected = share ? given.Percent : given.Value;
                        Assert.True(expected is null ? cell is null : cell is not null && decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) == expected,
                            $"{where}: expected {expected?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank"}, found '{cell}'");
                        break;
                }
            }
        }
    }
}
