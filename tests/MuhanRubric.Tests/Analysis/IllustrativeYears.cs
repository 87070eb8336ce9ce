using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Analysis;

/// <summary>
/// Further years made from the 2016 measurements, through the public builder: every cell copied as given (value, share,
/// text, source), some replaced. Illustrative data, not a real 2017 evaluation.
/// </summary>
internal static class IllustrativeYears
{
    /// <summary>A unit new in the later year: 수원시's 2016 values under another code.</summary>
    public static Municipality NewTown { get; } = new("NewTown", "새도시시", "Saedosi-si", MunicipalityKind.City, "Southern");

    /// <summary>
    /// 2017: 연천군 dropped, <see cref="NewTown"/> added; 수원시's caseload enters C1's top band (13.8 → 35); the training
    /// hours of B4 rise to 60 for the first eight 시군 (so B4's quartiles move); 성남시's private training hours are
    /// blank (so B10 leaves its maximum).
    /// </summary>
    public static MeasurementTable Year2017() => Copy(
        Evaluation2016.Measurements,
        EvaluationPeriod.Year(2017),
        "illustrative 2017",
        units: [.. MunicipalityCatalog.Gyeonggi.Where(u => u != Municipality.Yeoncheon), NewTown],
        changes: new Dictionary<(string, string), decimal?>
        {
            [("Suwon", Measure.CasesPerCaseManager.Id)] = 35m,
            [("Seongnam", Measure.PrivateCaseManagerTrainingHours.Id)] = null,
            [("Suwon", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Seongnam", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Bucheon", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Yongin", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Ansan", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Anyang", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Pyeongtaek", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
            [("Siheung", Measure.OfficialTrainingHoursPerCapita.Id)] = 60m,
        });

    /// <summary>
    /// Copies a table into a new one of these units and period: units the source lacks take 수원시's cells; a change
    /// replaces a cell's value (null: blank).
    /// </summary>
    public static MeasurementTable Copy(
        MeasurementTable source,
        EvaluationPeriod? period,
        string name,
        IReadOnlyList<Municipality>? units = null,
        IReadOnlyDictionary<(string Unit, string Measure), decimal?>? changes = null,
        bool allowUnitsWithoutData = false,
        IReadOnlyCollection<Municipality>? withoutData = null)
    {
        var catalogue = new MunicipalityCatalog(units ?? source.Units);
        var builder = MeasurementTable.CreateBuilder(catalogue, source.Measures).WithName(name).WithPeriod(period);
        foreach (var unit in catalogue.Where(u => withoutData?.Contains(u) != true))
        {
            var from = source.Units.Contains(unit) ? unit : Municipality.Suwon;
            foreach (var measure in source.Measures)
            {
                if (changes?.TryGetValue((unit.Code, measure.Id), out var changed) == true)
                {
                    _ = changed is { } value ? builder.Set(unit, measure, value) : builder.SetMissing(unit, measure);
                    continue;
                }

                _ = source.StatusOf(from, measure) switch
                {
                    CellStatus.Present when source[from, measure] is { } given => builder.Set(unit, measure, given.Value, given.Percent, given.Text, given.Source),
                    CellStatus.NotApplicable => builder.SetNotApplicable(unit, measure),
                    _ => builder.SetMissing(unit, measure),
                };
            }
        }

        return builder.Build(allowUnitsWithoutData);
    }
}
