using System.Globalization;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;
using MuhanRubric.Units;

namespace MuhanRubric.Import;

/// <summary>A unit as a units file or a JSON <c>units</c> entry declares it, before it is checked.</summary>
internal sealed record UnitFields(string? Code, string? KoreanName, string? RomanizedName, string? Kind, string? Region, IReadOnlyList<string> Groups, IReadOnlyList<string> Aliases);

/// <summary>A measure as a measures file or a JSON <c>measures</c> entry declares it, before it is checked.</summary>
internal sealed record MeasureFields(
    string? Id, string? KoreanLabel, string? EnglishName, string? Unit, bool WholeCount, bool HasShare, string? ShareOf, decimal? Minimum, decimal? Maximum);

/// <summary>
/// Declared units and measures, checked field by field and as a whole catalogue, for the units and measures files and
/// a JSON file's <c>units</c> and <c>measures</c>: one set of rules and messages for both formats.
/// </summary>
internal static class CatalogueEntries
{
    // In the order the contract lists them.
    private static readonly string[] _kinds = ["City", "County", "District", "Other"];
    private static readonly string[] _measureUnits = Enum.GetNames<MeasureUnit>();

    /// <summary>Reports a problem of one field of an entry (by the field's name in the file).</summary>
    public delegate void Report(string field, string message);

    public static Municipality? ToUnit(UnitFields fields, Report report)
    {
        var ok = Required(fields.Code, "code", "a unit code", report) & Required(fields.KoreanName, "koreanName", "a Korean name", report);
        if (fields.Code is { Length: > 0 } code && !string.Equals(code, code.Trim(), StringComparison.Ordinal))
        {
            report("code", $"expected a code without surrounding spaces, found '{code}'");
            ok = false;
        }

        var kind = MunicipalityKind.Other;
        if (!string.IsNullOrWhiteSpace(fields.Kind))
        {
            var index = Array.IndexOf(_kinds, fields.Kind.Trim());
            if (index < 0)
            {
                report("kind", $"expected {Alternatives(_kinds)}, found '{fields.Kind}'");
                ok = false;
            }
            else
            {
                kind = Enum.Parse<MunicipalityKind>(_kinds[index]);
            }
        }

        ok &= NoBlank(fields.Groups, "groups", report) & NoBlank(fields.Aliases, "aliases", report);
        if (!ok)
        {
            return null;
        }

        try
        {
            return new Municipality(fields.Code!, fields.KoreanName!, fields.RomanizedName, kind, fields.Region, fields.Groups, fields.Aliases);
        }
        catch (ArgumentException ex)
        {
            report("code", ex.Message);
            return null;
        }
    }

    /// <summary>The catalogue of the declared units; a code given twice is reported where it is repeated.</summary>
    public static MunicipalityCatalog? ToUnitCatalogue(IReadOnlyList<(Municipality? Unit, string? Code, Place Place, Report Report)> entries, int declared)
    {
        var first = new Dictionary<string, Place>(StringComparer.Ordinal);
        var ok = entries.Count == declared;
        foreach (var (_, code, place, report) in entries)
        {
            if (!string.IsNullOrWhiteSpace(code) && !first.TryAdd(code, place))
            {
                report("code", $"expected each unit code once, found '{code}' again (first on {first[code]})");
                ok = false;
            }
        }

        ok &= entries.All(e => e.Unit is not null);
        return ok ? new MunicipalityCatalog(entries.Select(e => e.Unit!)) : null;
    }

    public static Measure? ToMeasure(MeasureFields fields, Report report)
    {
        var ok = Required(fields.Id, "id", "a measure id", report)
            & Required(fields.KoreanLabel, "koreanLabel", "a Korean label", report)
            & Required(fields.EnglishName, "englishName", "an English name", report);
        if (fields.Id is { Length: > 0 } id && !Measure.IsValidId(id))
        {
            report("id", $"expected a measure id (a letter, then letters, digits, '_', '-' or '.'), found '{id}'");
            ok = false;
        }

        var unit = Array.IndexOf(_measureUnits, fields.Unit?.Trim());
        if (unit < 0)
        {
            report("unit", $"expected a measure unit ({Alternatives(_measureUnits)}), found {(string.IsNullOrWhiteSpace(fields.Unit) ? "none" : $"'{fields.Unit}'")}");
            ok = false;
        }

        var shareOf = string.IsNullOrWhiteSpace(fields.ShareOf) ? null : fields.ShareOf.Trim();
        if (shareOf is not null && !fields.HasShare)
        {
            report("shareOf", $"expected shareOf only for a measure with a share (hasShare: true), found '{shareOf}'");
            ok = false;
        }

        if (fields.Minimum is { } min && fields.Maximum is { } max && min > max)
        {
            report("maximum", string.Create(CultureInfo.InvariantCulture, $"expected minimum ≤ maximum, found {min} and {max}"));
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var range = (fields.Minimum, fields.Maximum) switch
        {
            (null, null) => null,
            (var lower, var upper) => new Interval(lower, lower is not null, upper, upper is not null),
        };
        try
        {
            return new Measure(fields.Id!, fields.KoreanLabel!, fields.EnglishName!, Enum.GetValues<MeasureUnit>()[unit], fields.WholeCount, fields.HasShare, shareOf, range);
        }
        catch (ArgumentException ex)
        {
            report("id", ex.Message);
            return null;
        }
    }

    /// <summary>The catalogue of the declared measures: ids and Korean labels once each, share denominators among them.</summary>
    public static MeasureCatalog? ToMeasureCatalogue(IReadOnlyList<(Measure? Measure, MeasureFields Fields, Place Place, Report Report)> entries, int declared)
    {
        var ids = new Dictionary<string, Place>(StringComparer.Ordinal);
        var labels = new Dictionary<string, (Place Place, string? Id)>(StringComparer.Ordinal);
        var ok = entries.Count == declared && entries.All(e => e.Measure is not null);
        foreach (var (_, fields, place, report) in entries)
        {
            if (!string.IsNullOrWhiteSpace(fields.Id) && !ids.TryAdd(fields.Id, place))
            {
                report("id", $"expected each measure id once, found '{fields.Id}' again (first on {ids[fields.Id]})");
                ok = false;
            }

            var label = string.IsNullOrWhiteSpace(fields.KoreanLabel) ? null : MeasureCatalog.LabelKey(fields.KoreanLabel);
            if (label is not null && !labels.TryAdd(label, (place, fields.Id)))
            {
                report("koreanLabel", $"expected each Korean label once, found '{fields.KoreanLabel}' again (first on {labels[label].Place}, measure {labels[label].Id})");
                ok = false;
            }
        }

        foreach (var (measure, _, _, report) in entries.Where(e => e.Measure?.ShareDenominator is not null))
        {
            if (!ids.ContainsKey(measure!.ShareDenominator!))
            {
                report("shareOf", $"expected the id of another measure of the catalogue, found '{measure.ShareDenominator}'");
                ok = false;
            }
        }

        return ok ? new MeasureCatalog(entries.Select(e => e.Measure!)) : null;
    }

    private static bool Required(string? value, string field, string what, Report report)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        report(field, $"expected {what}, found {(value is null ? "none" : "a blank value")}");
        return false;
    }

    private static bool NoBlank(IReadOnlyList<string> names, string field, Report report)
    {
        if (names.All(n => !string.IsNullOrWhiteSpace(n)))
        {
            return true;
        }

        report(field, $"expected names without blanks in {field}, found a blank one");
        return false;
    }

    private static string Alternatives(string[] names) => string.Join(", ", names[..^1]) + " or " + names[^1];
}
