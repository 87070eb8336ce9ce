using System.Globalization;
using System.Text.Json;
using MathNet.Numerics.Statistics;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>
/// Reads the rubric JSON (<c>docs/rubric-format.md</c>) into a <see cref="RubricBuilder"/> through its public DSL,
/// collecting every format problem before failing; only a file without format problems is built (and validated).
/// </summary>
internal sealed class RubricJsonReader
{
    private static readonly string[] _rootFields =
        ["format", "version", "name", "description", "declaredTotal", "missingData", "pointsDecimals", "groups", "acceptedWarnings", "areas"];

    private static readonly string[] _groupFields = ["name", "members"];
    private static readonly string[] _areaFields = ["code", "koreanName", "englishName", "declaredPoints", "indicators"];

    private static readonly string[] _indicatorFields =
        ["code", "koreanName", "englishName", "maximumPoints", "pointsProvenance", "measure", "missingData", "notApplicable", "excluded", "scale", "groupOverrides"];

    private static readonly string[] _notApplicableFields = ["reason", "municipalities"];
    private static readonly string[] _overrideFields = ["group", "maximumPoints", "scale"];
    private static readonly string[] _bandScaleFields = ["kind", "provenance", "bands", "otherwise"];
    private static readonly string[] _bandFields = ["points", "label", "intervals"];
    private static readonly string[] _checklistFields = ["kind", "provenance", "criteria", "pointsByCount"];
    private static readonly string[] _criterionFields = ["label", "expression", "condition"];
    private static readonly string[] _proportionalFields = ["kind", "provenance", "zeroAt", "fullAt"];
    private static readonly string[] _populationFields = ["kind", "provenance", "quantileDefinition", "bands", "otherwise"];
    private static readonly string[] _populationBandFields = ["points", "lower", "lowerInclusive", "upper", "upperInclusive", "label"];
    private static readonly string[] _cutoffFields = ["kind", "parameter"];
    private static readonly string[] _unspecifiedFields = ["kind", "provenance", "printed"];
    private static readonly string[] _intervalFields = ["lower", "lowerInclusive", "upper", "upperInclusive"];
    private static readonly string[] _fieldExpressionFields = ["field", "target"];
    private static readonly string[] _constantFields = ["constant"];
    private static readonly string[] _combinedFields = ["op", "terms"];

    private const string ExpressionShapes = "{\"field\": …}, {\"constant\": …} or {\"op\": …, \"terms\": […]}";

    private readonly string _source;
    private readonly List<RubricFormatProblem> _problems = [];

    private RubricJsonReader(string source) => _source = source;

    public static Rubric Read(string json, string source)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, source);
    }

    public static Rubric Read(Stream stream, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, ReportReader.StrictOptions);
        }
        catch (JsonException ex)
        {
            throw Malformed(source, ex);
        }

        using (document)
        {
            return Read(document, source);
        }
    }

    private static RubricFormatException Malformed(string source, JsonException ex)
    {
        var field = ex.LineNumber is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"(line {line + 1}, byte {ex.BytePositionInLine + 1})")
            : "(document)";
        return new RubricFormatException(source, new RubricFormatProblem(source, field, "malformed JSON: " + ex.Message), ex);
    }

    private static Rubric Read(JsonDocument document, string source)
    {
        var reader = new RubricJsonReader(source);
        var builder = reader.ReadRubric(document.RootElement);
        if (reader._problems.Count > 0 || builder is null)
        {
            throw new RubricFormatException(source, reader._problems);
        }

        return builder.Build();
    }

    // ----- the rubric -----

    private RubricBuilder? ReadRubric(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("$", $"expected a JSON object, found {Describe(root)}");
            return null;
        }

        // A file of another format or version cannot be read field by field: report that alone.
        if (root.TryGetProperty("format", out var format) && format.ValueKind != JsonValueKind.Null
            && !(format.ValueKind == JsonValueKind.String && format.GetString() == RubricJson.FormatName))
        {
            Problem("format", $"expected \"{RubricJson.FormatName}\", found {Describe(format)}");
            return null;
        }

        if (root.TryGetProperty("version", out var version) && version.ValueKind != JsonValueKind.Null
            && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var number) && number == RubricJson.FormatVersion))
        {
            Problem("version", string.Create(CultureInfo.InvariantCulture, $"expected {RubricJson.FormatVersion} (the only version this library reads), found {Describe(version)}"));
            return null;
        }

        CheckFields(root, null, _rootFields);
        String(root, "format", "format");
        Int(root, "version", "version");
        var name = NonEmptyString(root, "name", "name");
        var builder = Rubric.Create(name ?? "?");
        builder.WithDescription(OptionalString(root, "description", "description"));
        builder.WithDeclaredTotal(OptionalNumber(root, "declaredTotal", "declaredTotal"));
        if (Enum<MissingDataPolicy>(root, "missingData", "missingData", required: false) is { } missingData)
        {
            builder.WithMissingData(missingData);
        }

        if (OptionalValue(root, "pointsDecimals") is not null && Int(root, "pointsDecimals", "pointsDecimals") is { } places)
        {
            if (places is < 0 or > 6)
            {
                Problem("pointsDecimals", string.Create(CultureInfo.InvariantCulture, $"expected a whole number from 0 to 6, found {places}"));
            }
            else
            {
                builder.WithPointsDecimals(places);
            }
        }

        ReadGroups(root, builder);
        builder.AcceptAsWarnings([.. ReadAcceptedWarnings(root)]);
        var areas = Items(root, "areas", "areas", required: true);
        foreach (var (area, path) in areas)
        {
            ReadArea(builder, area, path);
        }

        return builder;
    }

    private void ReadGroups(JsonElement root, RubricBuilder builder)
    {
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (group, path) in Items(root, "groups", "groups", required: false))
        {
            CheckFields(group, path, _groupFields);
            var name = NonEmptyString(group, "name", path + ".name");
            var members = Municipalities(group, "members", path + ".members");
            if (name is null || members is null)
            {
                continue;
            }

            if (MunicipalityGroup.ReservedNames.Contains(name))
            {
                Problem(path + ".name", $"'{name}' is a kind of unit (City, County, District), which units answer to themselves; declare a group under another name");
            }
            else if (declared.TryGetValue(name, out var first))
            {
                Problem(path + ".name", $"duplicate group '{name}'; it is already declared at {first}");
            }
            else
            {
                declared[name] = path;
                builder.AddGroup(name, members);
            }
        }
    }

    private List<RubricProblemKind> ReadAcceptedWarnings(JsonElement root)
    {
        var kinds = new List<RubricProblemKind>();
        if (OptionalArray(root, "acceptedWarnings", "acceptedWarnings") is not { } array)
        {
            return kinds;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var path = Index("acceptedWarnings", index++);
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : null;
            var kind = System.Enum.GetValues<RubricProblemKind>().Select(k => (RubricProblemKind?)k).FirstOrDefault(k => k.ToString() == text);
            if (kind is null)
            {
                Problem(path, $"expected one of {string.Join(", ", System.Enum.GetNames<RubricProblemKind>())}, found {Describe(item)}");
            }
            else
            {
                kinds.Add(kind.Value);
            }
        }

        return kinds;
    }

    private void ReadArea(RubricBuilder builder, JsonElement area, string path)
    {
        CheckFields(area, path, _areaFields);
        var code = NonEmptyString(area, "code", path + ".code");
        var koreanName = String(area, "koreanName", path + ".koreanName");
        var englishName = String(area, "englishName", path + ".englishName");
        var declaredPoints = OptionalNumber(area, "declaredPoints", path + ".declaredPoints");
        var indicators = Items(area, "indicators", path + ".indicators", required: true);
        builder.AddArea(code ?? "?", koreanName ?? string.Empty, englishName ?? string.Empty, a =>
        {
            a.WithDeclaredPoints(declaredPoints);
            foreach (var (indicator, indicatorPath) in indicators)
            {
                ReadIndicator(a, indicator, indicatorPath);
            }
        });
    }

    private void ReadIndicator(AreaBuilder area, JsonElement indicator, string path)
    {
        CheckFields(indicator, path, _indicatorFields);
        var code = NonEmptyString(indicator, "code", path + ".code");
        var koreanName = String(indicator, "koreanName", path + ".koreanName");
        var englishName = String(indicator, "englishName", path + ".englishName");
        var maximum = Number(indicator, "maximumPoints", path + ".maximumPoints");
        area.AddIndicator(code ?? "?", koreanName ?? string.Empty, englishName ?? string.Empty, maximum ?? 0m, i =>
        {
            if (OptionalProvenance(indicator, "pointsProvenance", path + ".pointsProvenance") is { } provenance)
            {
                i.WithPointsProvenance(provenance);
            }

            if (OptionalValue(indicator, "measure") is { } measureElement && Expression(measureElement, path + ".measure") is { } measure)
            {
                i.Reads(measure);
            }

            if (Enum<MissingDataPolicy>(indicator, "missingData", path + ".missingData", required: false) is { } policy)
            {
                i.WithMissingData(policy);
            }

            ReadNotApplicable(i, indicator, path + ".notApplicable");
            if (OptionalValue(indicator, "excluded") is not null && NonEmptyString(indicator, "excluded", path + ".excluded") is { } reason)
            {
                i.Excluded(reason);
            }

            if (OptionalObject(indicator, "scale", path + ".scale") is { } scale)
            {
                ReadScale(i, scale, path + ".scale");
            }

            ReadGroupOverrides(i, indicator, path);
        });
    }

    private void ReadNotApplicable(IndicatorBuilder indicator, JsonElement parent, string path)
    {
        if (OptionalObject(parent, "notApplicable", path) is not { } element)
        {
            return;
        }

        CheckFields(element, path, _notApplicableFields);
        var reason = NonEmptyString(element, "reason", path + ".reason");
        var municipalities = Municipalities(element, "municipalities", path + ".municipalities");
        if (reason is not null && municipalities is not null)
        {
            indicator.NotApplicableFor(reason, municipalities);
        }
    }

    private void ReadGroupOverrides(IndicatorBuilder indicator, JsonElement parent, string path)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (element, itemPath) in Items(parent, "groupOverrides", path + ".groupOverrides", required: false))
        {
            CheckFields(element, itemPath, _overrideFields);
            var group = NonEmptyString(element, "group", itemPath + ".group");
            var maximum = OptionalNumber(element, "maximumPoints", itemPath + ".maximumPoints");
            var scale = OptionalObject(element, "scale", itemPath + ".scale");
            if (group is null)
            {
                continue;
            }

            if (seen.TryGetValue(group, out var first))
            {
                Problem(itemPath + ".group", $"duplicate override for group '{group}'; it already appears at {first}");
                continue;
            }

            seen[group] = itemPath;
            indicator.ForGroup(group, o =>
            {
                o.WithMaximumPoints(maximum);
                if (scale is { } s)
                {
                    ReadScale(o, s, itemPath + ".scale");
                }
            });
        }
    }

    // ----- scales -----

    private void ReadScale<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path)
        where TSelf : ScaleChoice<TSelf>
    {
        var kind = Enum<ScaleKind>(scale, "kind", path + ".kind", required: true);
        if (kind is null)
        {
            return;
        }

        var provenance = OptionalProvenance(scale, "provenance", path + ".provenance");
        var chosen = kind switch
        {
            ScaleKind.Bands or ScaleKind.Ordinal => ReadBands(choice, scale, path, kind == ScaleKind.Ordinal),
            ScaleKind.Checklist => ReadChecklist(choice, scale, path),
            ScaleKind.Proportional => ReadProportional(choice, scale, path),
            ScaleKind.PopulationBands => ReadPopulationBands(choice, scale, path),
            _ => ReadUnspecified(choice, scale, path),
        };
        if (provenance is not null)
        {
            chosen?.WithProvenance(provenance);
        }
    }

    private IScaleProvenance<TSelf>? ReadBands<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path, bool ordinal)
        where TSelf : ScaleChoice<TSelf>
    {
        CheckFields(scale, path, _bandScaleFields);
        var bands = new List<(decimal Points, BandRange[] Ranges, string? Label)>();
        var complete = true;
        foreach (var (band, bandPath) in Items(scale, "bands", path + ".bands", required: true))
        {
            CheckFields(band, bandPath, _bandFields);
            var points = Number(band, "points", bandPath + ".points");
            var label = OptionalString(band, "label", bandPath + ".label");
            var ranges = new List<BandRange>();
            foreach (var (interval, intervalPath) in Items(band, "intervals", bandPath + ".intervals", required: true))
            {
                if (Range(interval, intervalPath) is { } range)
                {
                    ranges.Add(range);
                }
                else
                {
                    complete = false;
                }
            }

            if (points is { } p)
            {
                bands.Add((p, [.. ranges], label));
            }
        }

        var otherwise = OptionalNumber(scale, "otherwise", path + ".otherwise");
        if (!complete)
        {
            return null;
        }

        if (ordinal)
        {
            return choice.WithCategories(builder =>
            {
                foreach (var (points, ranges, label) in bands)
                {
                    if (!string.IsNullOrWhiteSpace(label) && ranges.Length == 1)
                    {
                        builder.Category(label, points, ranges[0]);
                    }
                    else
                    {
                        // The DSL names only single-range, labelled categories; anything else goes in as the builder
                        // keeps it, and Build reports an unlabelled category.
                        builder.Categories.Add((points, ranges, label));
                    }
                }

                if (otherwise is { } o)
                {
                    builder.Otherwise(o);
                }
            });
        }

        return choice.WithBands(builder =>
        {
            foreach (var (points, ranges, label) in bands)
            {
                if (label is null)
                {
                    builder.Band(points, ranges);
                }
                else
                {
                    // The DSL has no label for bands; a labelled band goes in as the builder keeps it.
                    builder.Bands.Add((points, ranges, label));
                }
            }

            if (otherwise is { } o)
            {
                builder.Otherwise(o);
            }
        });
    }

    private IScaleProvenance<TSelf>? ReadChecklist<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path)
        where TSelf : ScaleChoice<TSelf>
    {
        CheckFields(scale, path, _checklistFields);
        var criteria = new List<(string Label, MeasureExpression Expression, BandRange Condition)>();
        foreach (var (criterion, criterionPath) in Items(scale, "criteria", path + ".criteria", required: true))
        {
            CheckFields(criterion, criterionPath, _criterionFields);
            var label = String(criterion, "label", criterionPath + ".label");
            var expression = RequiredValue(criterion, "expression", criterionPath + ".expression", "an expression") is { } e
                ? Expression(e, criterionPath + ".expression")
                : null;
            var condition = Object(criterion, "condition", criterionPath + ".condition") is { } c ? Range(c, criterionPath + ".condition") : null;
            if (label is not null && expression is not null && condition is { } range)
            {
                criteria.Add((label, expression, range));
            }
        }

        var points = NumberList(scale, "pointsByCount", path + ".pointsByCount");
        return choice.WithChecklist(c =>
        {
            foreach (var (label, expression, condition) in criteria)
            {
                c.Criterion(label, expression, condition);
            }

            c.PointsByCriteriaMet([.. points]);
        });
    }

    private IScaleProvenance<TSelf>? ReadProportional<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path)
        where TSelf : ScaleChoice<TSelf>
    {
        CheckFields(scale, path, _proportionalFields);
        var zeroAt = Number(scale, "zeroAt", path + ".zeroAt");
        var fullAt = Number(scale, "fullAt", path + ".fullAt");
        return zeroAt is null || fullAt is null ? null : choice.Proportional(zeroAt.Value, fullAt.Value);
    }

    private IScaleProvenance<TSelf>? ReadPopulationBands<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path)
        where TSelf : ScaleChoice<TSelf>
    {
        CheckFields(scale, path, _populationFields);
        QuantileDefinition? definition = QuantileConventions.Spss;
        if (OptionalValue(scale, "quantileDefinition") is { } quantile)
        {
            definition = Quantile(quantile, path + ".quantileDefinition");
        }

        var bands = new List<PopulationBand>();
        foreach (var (band, bandPath) in Items(scale, "bands", path + ".bands", required: true))
        {
            CheckFields(band, bandPath, _populationBandFields);
            var points = Number(band, "points", bandPath + ".points");
            var lower = Cutoff(band, "lower", bandPath + ".lower", out var lowerValid);
            var lowerInclusive = Bool(band, "lowerInclusive", bandPath + ".lowerInclusive", true);
            var upper = Cutoff(band, "upper", bandPath + ".upper", out var upperValid);
            var upperInclusive = Bool(band, "upperInclusive", bandPath + ".upperInclusive", false);
            var label = OptionalString(band, "label", bandPath + ".label");
            if (points is { } p && lowerValid && upperValid && lowerInclusive is { } li && upperInclusive is { } ui)
            {
                bands.Add(new PopulationBand(p, lower, li, upper, ui, label));
            }
        }

        var otherwise = OptionalNumber(scale, "otherwise", path + ".otherwise");
        if (definition is not { } quantileDefinition)
        {
            return null;
        }

        return choice.WithPopulationBands(b =>
        {
            b.WithQuantileDefinition(quantileDefinition);
            foreach (var band in bands)
            {
                b.Band(band.Points, band.Range);
                if (band.Label is not null)
                {
                    // The DSL has no label for population bands; the builder keeps the band with its label.
                    b.Bands[^1] = band;
                }
            }

            if (otherwise is { } o)
            {
                b.Otherwise(o);
            }
        });
    }

    private IScaleProvenance<TSelf>? ReadUnspecified<TSelf>(ScaleChoice<TSelf> choice, JsonElement scale, string path)
        where TSelf : ScaleChoice<TSelf>
    {
        CheckFields(scale, path, _unspecifiedFields);
        return String(scale, "printed", path + ".printed") is { } printed ? choice.Unspecified(printed) : null;
    }

    private QuantileDefinition? Quantile(JsonElement element, string path)
    {
        var text = element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        for (var r = 1; r <= 9; r++)
        {
            if (text == RubricJson.QuantileText((QuantileDefinition)r))
            {
                return (QuantileDefinition)r;
            }
        }

        Problem(path, $"expected one of R1, R2, R3, R4, R5, R6, R7, R8, R9 (Hyndman–Fan definitions; SPSS is R6), found {Describe(element)}");
        return null;
    }

    private Cutoff? Cutoff(JsonElement parent, string name, string path, out bool valid)
    {
        valid = true;
        if (OptionalValue(parent, name) is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected a cut-off {{\"kind\", \"parameter\"}} or null, found {Describe(element)}");
            valid = false;
            return null;
        }

        CheckFields(element, path, _cutoffFields);
        var kind = Enum<CutoffKind>(element, "kind", path + ".kind", required: true);
        var parameter = Number(element, "parameter", path + ".parameter");
        if (kind is null || parameter is null)
        {
            valid = false;
            return null;
        }

        return new Cutoff(kind.Value, parameter.Value);
    }

    private BandRange? Range(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected an interval {{\"lower\", \"lowerInclusive\", \"upper\", \"upperInclusive\"}}, found {Describe(element)}");
            return null;
        }

        CheckFields(element, path, _intervalFields);
        var lower = OptionalNumber(element, "lower", path + ".lower");
        var lowerValid = OptionalValue(element, "lower") is null || lower is not null;
        var upper = OptionalNumber(element, "upper", path + ".upper");
        var upperValid = OptionalValue(element, "upper") is null || upper is not null;
        var lowerInclusive = Bool(element, "lowerInclusive", path + ".lowerInclusive", true);
        var upperInclusive = Bool(element, "upperInclusive", path + ".upperInclusive", false);
        if (!lowerValid || !upperValid || lowerInclusive is null || upperInclusive is null)
        {
            return null;
        }

        // An open side includes nothing; the bounds go to the DSL's BandRange, which Build checks.
        return new BandRange((double?)lower, lower is not null && lowerInclusive.Value, (double?)upper, upper is not null && upperInclusive.Value);
    }

    // ----- expressions -----

    private MeasureExpression? Expression(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected an expression ({ExpressionShapes}), found {Describe(element)}");
            return null;
        }

        var shapes = new[] { "field", "constant", "op" }.Where(n => element.TryGetProperty(n, out _)).ToList();
        if (shapes.Count != 1)
        {
            Problem(path, shapes.Count == 0
                ? $"expected an expression ({ExpressionShapes}), found an object with none of field, constant, op"
                : $"expected an expression with exactly one of field, constant, op, found {string.Join(" and ", shapes)}");
            return null;
        }

        switch (shapes[0])
        {
            case "field":
            {
                CheckFields(element, path, _fieldExpressionFields);
                var id = String(element, "field", path + ".field");
                var target = Enum<ValuePart>(element, "target", path + ".target", required: false) ?? ValuePart.Value;
                if (id is null)
                {
                    return null;
                }

                if (!Measure.IsValidId(id))
                {
                    Problem(path + ".field", $"'{id}' is not a measure id (a letter, then letters, digits, '_', '-' or '.')");
                    return null;
                }

                return MeasureExpression.Field(id, target);
            }

            case "constant":
            {
                CheckFields(element, path, _constantFields);
                return Number(element, "constant", path + ".constant") is { } value ? MeasureExpression.Constant(value) : null;
            }

            default:
            {
                CheckFields(element, path, _combinedFields);
                var op = Enum<ExpressionOperator>(element, "op", path + ".op", required: true);
                var terms = new List<MeasureExpression>();
                var complete = true;
                var count = 0;
                if (Array(element, "terms", path + ".terms") is { } array)
                {
                    foreach (var term in array.EnumerateArray())
                    {
                        if (Expression(term, Index(path + ".terms", count++)) is { } expression)
                        {
                            terms.Add(expression);
                        }
                        else
                        {
                            complete = false;
                        }
                    }
                }
                else
                {
                    complete = false;
                }

                if (op is null || !complete)
                {
                    return null;
                }

                var binary = op is ExpressionOperator.Ratio or ExpressionOperator.Difference;
                if (binary ? count != 2 : count == 0)
                {
                    Problem(path + ".terms", string.Create(CultureInfo.InvariantCulture,
                        $"{RubricJson.EnumText(op.Value)} takes {(binary ? "exactly two terms" : "at least one term")}, found {count}"));
                    return null;
                }

                return op switch
                {
                    ExpressionOperator.Ratio => MeasureExpression.Ratio(terms[0], terms[1]),
                    ExpressionOperator.Difference => MeasureExpression.Difference(terms[0], terms[1]),
                    ExpressionOperator.Sum => MeasureExpression.Sum([.. terms]),
                    ExpressionOperator.Minimum => MeasureExpression.Minimum([.. terms]),
                    _ => MeasureExpression.Average([.. terms]),
                };
            }
        }
    }

    // ----- field helpers: each reports a problem and returns null when the field is unusable -----

    private void Problem(string path, string message) => _problems.Add(new RubricFormatProblem(_source, path, message));

    private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static string Child(string? path, string name) => path is null ? name : path + "." + name;

    private void CheckFields(JsonElement element, string? path, string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(Child(path, property.Name), $"unknown field; expected one of {string.Join(", ", known)}");
            }
        }
    }

    /// <summary>The property's value, or null when it is absent or JSON <c>null</c>.</summary>
    private static JsonElement? OptionalValue(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var element) && element.ValueKind != JsonValueKind.Null ? element : null;

    private JsonElement? RequiredValue(JsonElement parent, string name, string path, string expected)
    {
        if (OptionalValue(parent, name) is { } element)
        {
            return element;
        }

        Problem(path, $"required field is missing (expected {expected})");
        return null;
    }

    private JsonElement? Object(JsonElement parent, string name, string path) =>
        RequiredValue(parent, name, path, "an object") is { } element ? Expect(element, path, JsonValueKind.Object, "an object") : null;

    private JsonElement? OptionalObject(JsonElement parent, string name, string path) =>
        OptionalValue(parent, name) is { } element ? Expect(element, path, JsonValueKind.Object, "an object or null") : null;

    private JsonElement? Array(JsonElement parent, string name, string path) =>
        RequiredValue(parent, name, path, "an array") is { } element ? Expect(element, path, JsonValueKind.Array, "an array") : null;

    private JsonElement? OptionalArray(JsonElement parent, string name, string path) =>
        OptionalValue(parent, name) is { } element ? Expect(element, path, JsonValueKind.Array, "an array") : null;

    private JsonElement? Expect(JsonElement element, string path, JsonValueKind kind, string expected)
    {
        if (element.ValueKind == kind)
        {
            return element;
        }

        Problem(path, $"expected {expected}, found {Describe(element)}");
        return null;
    }

    /// <summary>The objects of an array property, with their paths; items that are not objects are reported.</summary>
    private List<(JsonElement Element, string Path)> Items(JsonElement parent, string name, string path, bool required)
    {
        var items = new List<(JsonElement, string)>();
        var array = required ? Array(parent, name, path) : OptionalArray(parent, name, path);
        if (array is null)
        {
            return items;
        }

        var index = 0;
        foreach (var item in array.Value.EnumerateArray())
        {
            var itemPath = Index(path, index++);
            if (item.ValueKind == JsonValueKind.Object)
            {
                items.Add((item, itemPath));
            }
            else
            {
                Problem(itemPath, $"expected an object, found {Describe(item)}");
            }
        }

        return items;
    }

    private string? String(JsonElement parent, string name, string path) =>
        RequiredValue(parent, name, path, "text") is { } element ? Text(element, path) : null;

    private string? OptionalString(JsonElement parent, string name, string path) =>
        OptionalValue(parent, name) is { } element ? Text(element, path) : null;

    private string? NonEmptyString(JsonElement parent, string name, string path)
    {
        var text = String(parent, name, path);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Problem(path, $"expected non-empty text, found the text \"{text}\"");
            return null;
        }

        return text;
    }

    private string? Text(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString();
        }

        Problem(path, $"expected text, found {Describe(element)}");
        return null;
    }

    private Provenance? OptionalProvenance(JsonElement parent, string name, string path)
    {
        if (OptionalString(parent, name, path) is not { } text)
        {
            return null;
        }

        try
        {
            return Provenance.Parse(text);
        }
        catch (FormatException)
        {
            Problem(path, $"expected a provenance ('표 Ⅲ-3 p.32', 'p.124' or 'assumption: <reason>'), found the text \"{text}\"");
            return null;
        }
    }

    private decimal? Number(JsonElement parent, string name, string path) =>
        RequiredValue(parent, name, path, "a number") is { } element ? Decimal(element, path) : null;

    private decimal? OptionalNumber(JsonElement parent, string name, string path) =>
        OptionalValue(parent, name) is { } element ? Decimal(element, path) : null;

    private decimal? Decimal(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            Problem(path, $"expected a number, found {Describe(element)}");
            return null;
        }

        if (!element.TryGetDecimal(out var value))
        {
            Problem(path, $"expected a finite number within decimal range, found {element.GetRawText()}");
            return null;
        }

        return value;
    }

    private List<decimal> NumberList(JsonElement parent, string name, string path)
    {
        var list = new List<decimal>();
        if (Array(parent, name, path) is not { } array)
        {
            return list;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (Decimal(item, Index(path, index++)) is { } value)
            {
                list.Add(value);
            }
        }

        return list;
    }

    private int? Int(JsonElement parent, string name, string path)
    {
        if (RequiredValue(parent, name, path, "a whole number") is not { } element)
        {
            return null;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value))
        {
            return value;
        }

        Problem(path, $"expected a whole number, found {Describe(element)}");
        return null;
    }

    private bool? Bool(JsonElement parent, string name, string path, bool absent)
    {
        if (OptionalValue(parent, name) is not { } element)
        {
            return absent;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Problem(path, $"expected true or false, found {Describe(element)}");
        return null;
    }

    // Units are named by code; a rubric does not need to know the data's catalogue.
    private List<string>? Municipalities(JsonElement parent, string name, string path)
    {
        if (Array(parent, name, path) is not { } array)
        {
            return null;
        }

        var list = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemPath = Index(path, index);
            var code = Text(item, itemPath);
            if (code is null)
            {
                index++;
                continue;
            }

            if (string.IsNullOrWhiteSpace(code) || !string.Equals(code, code.Trim(), StringComparison.Ordinal))
            {
                Problem(itemPath, $"expected a unit code without surrounding whitespace, found '{code}'");
            }
            else if (seen.TryGetValue(code, out var first))
            {
                Problem(itemPath, string.Create(CultureInfo.InvariantCulture, $"duplicate unit '{code}'; it already appears at {Index(path, first)}"));
            }
            else
            {
                seen[code] = index;
                list.Add(code);
            }

            index++;
        }

        return list;
    }

    /// <summary>A camelCase enum value (<c>excludeAndRescale</c>), matched exactly.</summary>
    private TEnum? Enum<TEnum>(JsonElement parent, string name, string path, bool required)
        where TEnum : struct, Enum
    {
        var names = string.Join(", ", System.Enum.GetValues<TEnum>().Select(RubricJson.EnumText));
        if (OptionalValue(parent, name) is not { } element)
        {
            if (required)
            {
                Problem(path, $"required field is missing (expected one of {names})");
            }

            return null;
        }

        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString();
            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                if (RubricJson.EnumText(value) == text)
                {
                    return value;
                }
            }
        }

        Problem(path, $"expected one of {names}, found {Describe(element)}");
        return null;
    }

    private static string Describe(JsonElement element) => ReportReader.Describe(element);
}
