using System.Text;
using MuhanRubric.Tests.Import;

namespace MuhanRubric.Tests.Corpus;

/// <summary>
/// The generator of the corpus's workbooks (<c>submissions/*.xlsx</c>): each is written with DocumentFormat.OpenXml
/// the way Excel stores what a person typed, and committed; the corpus test reads the committed file. A workbook is
/// written only when its file is missing and <c>MUHAN_WRITE_CORPUS=1</c> (a zip holds write times, so writing again
/// would change the bytes without changing the case): delete a file to write it again.
/// </summary>
internal static class CorpusWorkbooks
{
    public static IReadOnlyDictionary<string, Func<MemoryStream>> All { get; } = new Dictionary<string, Func<MemoryStream>>(StringComparer.Ordinal)
    {
        // Excel's error values where numbers go.
        ["error-cell.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesPerCaseManager"], ["Suwon", new X.Error("#DIV/0!")], ["Seongnam", new X.Error("#N/A")]])),

        // A count formatted as a percentage in Excel (0.25 shown as 25%), beside a percentage measure formatted alike.
        ["percent-formatted-count.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "OfficialTransferRate"], ["Suwon", new X.Number(0.25, 1), new X.Number(0.25, 1)]])),

        // A formula saved by a program that does not calculate (no cached value).
        ["uncalculated-formula.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged"], ["Suwon", new X.Formula("B3*2", null)]])),

        // A CSV file renamed to .xlsx.
        ["not-a-zip.xlsx"] = () => new MemoryStream(Encoding.UTF8.GetBytes("unit,CasesManaged\nSuwon,1\n")),

        // The caller names a sheet the workbook does not have (read with Sheet = "Data").
        ["missing-sheet.xlsx"] = () => TestWorkbook.Create(("Sheet1", [["unit", "CasesManaged"]])),

        // A unit by code and again by its Korean name, and a header that is no measure.
        ["duplicate-unit-and-bad-header.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "Caseload"], ["# 시군 코드"], ["Suwon", 1, 2], ["수원시", 3, 4]])),

        // Numbers stored beyond what the library computes with: 5E+28, 1E-20, 10^14.
        ["numbers-beyond-computation.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "CasesPerCaseManager"], ["Suwon", new X.Stored("5E+28"), new X.Stored("1E-20")], ["Seongnam", 100000000000000d, 0.5]])),

        // A TRUE cell where a count goes, and "1,5" typed as text (a decimal comma).
        ["boolean-and-inline-text.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "CenterHeadCertified"], ["Suwon", new X.Bool(true), new X.Inline("1,5")]])),

        // Half a household, typed as a number.
        ["fractional-count.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "PrivateCaseManagersInPost"], ["Suwon", 1005.5, 12], ["Seongnam", 700, 2.25]])),

        // A unit the catalogue does not have, typed in NFD (as a Mac keeps file names): named in NFC in the message.
        ["nfd-unknown-unit.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged"], ["서울시".Normalize(NormalizationForm.FormD), 10], ["Suwon", 1005]])),

        // A negative count, and "N.A." where N/A or 해당없음 is meant.
        ["negative-and-na-text.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "CasesPerCaseManager"], ["Suwon", -3, "N.A."]])),

        // A workbook whose only sheet is empty.
        ["empty-sheet.xlsx"] = () => TestWorkbook.Create(("Data", [])),

        // Two 시군 of the 31 only, read without allowing absent units.
        ["absent-units.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged"], ["Suwon", 1005], ["Seongnam", 700]])),

        // A share in the count cell and a different one in the share column.
        ["share-disagrees.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "TeamLeadersExperienced", "TeamLeadersExperienced%"], ["Suwon", "9(69.2%)", 69.2], ["Seongnam", "9(69.2%)", 70]])),

        // One measure in two columns: by its id and by its Korean label.
        ["duplicate-measure-column.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "CasesManaged", "통합사례관리건수(가구수)"], ["Suwon", 1005, 1005]])),

        // The data on a second sheet that is not named Data: the first sheet (instructions) is read.
        ["data-not-on-first-sheet.xlsx"] = () => TestWorkbook.Create(
            ("안내", [["작성 방법"], ["시군별로 한 행씩 입력하세요."]]),
            ("입력", [["unit", "CasesManaged"], ["Suwon", 1005]])),

        // The long layout with one cell given twice, once by id and once by label.
        ["long-duplicate-cell.xlsx"] = () => TestWorkbook.Create(("Data", [["unit", "measure", "value"], ["Suwon", "CasesManaged", 1], ["수원", "통합사례관리건수(가구수)", 2]])),
    };

    /// <summary>Writes every workbook whose file is missing into <paramref name="folder"/>.</summary>
    public static void WriteMissing(string folder)
    {
        foreach (var (name, create) in All)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                using var workbook = create();
                File.WriteAllBytes(path, workbook.ToArray());
            }
        }
    }
}
