using System.Text;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reading;
using MuhanRubric.Statistics;

namespace MuhanRubric.Rubrics;

/// <summary>
/// Reads the rubric JSON (<c>docs/rubric-format.md</c>) through the strict reading pipeline (<see cref="StrictJson"/>)
/// into a <see cref="RubricDocument"/>, then builds the rubric through the public DSL only, so a file can say
/// nothing code cannot. Every format problem is a <see cref="RubricFormatProblem"/>; the definition's own problems
/// (<see cref="RubricBuilder.Build"/>) come back as a <see cref="RubricValidationException"/> naming the file and the
/// JSON path of each.
/// </summary>
internal static class RubricJsonReader
{
    public static Rubric Read(string json, string source) => Read(Encoding.UTF8.GetBytes(json), source);

    public static Rubric Read(Stream stream, string source)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Read(copy.GetBuffer().AsMemory(0, (int)copy.Length), source);
    }

    public static Rubric Read(ReadOnlyMemory<byte> utf8, string source)
    {
        var problems = new JsonProblems();
        var document = StrictJson.Read(utf8, RubricJsonContext.Default.RubricDocument, problems, FormatAndVersion);
        if (document is null)
        {
            var found = problems.InFileOrder();
            throw found.Count == 1
                ? new RubricFormatException(source, ToProblem(source, found[0]), found[0].Inner)
                : new RubricFormatException(source, [.. found.Select(p => ToProblem(source, p))]);
        }

        var mapping = new RubricMapping();
        var builder = mapping.ToBuilder(document);
        try
        {
            return builder.Build();
        }
        catch (RubricValidationException ex)
        {
            throw new RubricValidationException(ex.RubricName, [.. ex.Problems.Select(p => mapping.Locate(p, source, problems))], source, ex);
        }
    }

    private static RubricFormatProblem ToProblem(string source, ReadProblem problem) =>
        new(source, problem.Path ?? "$", problem.Message) { Line = problem.Position.Line, Column = problem.Position.Column };

    // A file of another format or version cannot be read field by field: that problem is reported alone.
    private static bool FormatAndVersion(SourceNode root, JsonProblems problems)
    {
        if (root["format"] is { } format && format.Kind != NodeKind.Null && !(format.Kind == NodeKind.String && format.Text == RubricJson.FormatName))
        {
            problems.Add("format", $"expected \"{RubricJson.FormatName}\", found {format.Describe()}");
            return false;
        }

        return StrictJson.SchemaVersion(root, problems, "version");
    }

    /// <summary>
    /// The one place a rubric document meets the DSL: each field of the format is one builder call. The paths of
    /// areas, indicators and group overrides are kept to place the definition's validation problems in the file.
    /// </summary>
    private sealed class RubricMapping
    {
        private readonly Dictionary<string, string> _areas = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _indicators = new(StringComparer.Ordinal);

        public RubricBuilder ToBuilder(RubricDocument document)
        {
            var builder = Rubric.Create(document.Name)
                .WithDescription(document.Description)
                .WithDeclaredTotal(document.DeclaredTotal);
            if (document.MissingData is { } missingData)
            {
                builder.WithMissingData(missingData);
            }

            if (document.PointsDecimals is { } decimals)
            {
                builder.WithPointsDecimals(decimals);
            }

            foreach (var group in document.Groups ?? [])
            {
                builder.AddGroup(group.Name, group.Members);
            }

            builder.AcceptAsWarnings([.. document.AcceptedWarnings ?? []]);
            for (var a = 0; a < document.Areas.Count; a++)
            {
                var area = document.Areas[a];
                var areaPath = SourceNode.Index("areas", a);
                _areas[area.Code] = areaPath;
                builder.AddArea(area.Code, area.KoreanName, area.EnglishName, areaBuilder =>
                {
                    areaBuilder.WithDeclaredPoints(area.DeclaredPoints);
                    for (var i = 0; i < area.Indicators.Count; i++)
                    {
                        Indicator(areaBuilder, area.Indicators[i], SourceNode.Index(areaPath + ".indicators", i));
                    }
                });
            }

            return builder;
        }

        private void Indicator(AreaBuilder area, RubricIndicatorDocument indicator, string path)
        {
            _indicators[indicator.Code] = path;
            area.AddIndicator(indicator.Code, indicator.KoreanName, indicator.EnglishName, indicator.MaximumPoints, i =>
            {
                if (indicator.PointsProvenance is { } points)
                {
                    i.WithPointsProvenance(Provenance.Parse(points));
                }

                if (indicator.Measure is { } measure)
                {
                    i.Reads(Expression(measure));
                }

                if (indicator.MissingData is { } policy)
                {
                    i.WithMissingData(policy);
                }

                if (indicator.NotApplicable is { } notApplicable)
                {
                    i.NotApplicableFor(notApplicable.Reason, notApplicable.Municipalities);
                }

                if (indicator.Excluded is { } reason)
                {
                    i.Excluded(reason);
                }

                if (indicator.Scale is { } scale)
                {
                    Scale(i, scale);
                }

                for (var o = 0; o < (indicator.GroupOverrides?.Count ?? 0); o++)
                {
                    var groupOverride = indicator.GroupOverrides![o];
                    _indicators[$"{indicator.Code} [{groupOverride.Group}]"] = SourceNode.Index(path + ".groupOverrides", o);
                    i.ForGroup(groupOverride.Group, g =>
                    {
                        g.WithMaximumPoints(groupOverride.MaximumPoints);
                        if (groupOverride.Scale is { } overrideScale)
                        {
                            Scale(g, overrideScale);
                        }
                    });
                }
            });
        }

        private static void Scale<TSelf>(ScaleChoice<TSelf> choice, ScaleDocument scale)
            where TSelf : ScaleChoice<TSelf>
        {
            switch (scale)
            {
                case BandScaleDocument bands:
                    void Configure(BandScaleBuilder builder)
                    {
                        foreach (var band in bands.Bands)
                        {
                            var ranges = band.Intervals.Select(Range).ToArray();
                            if (band.Label is null)
                            {
                                builder.Band(band.Points, ranges);
                            }
                            else
                            {
                                builder.Category(band.Label, band.Points, ranges);
                            }
                        }

                        if (bands.Otherwise is { } otherwise)
                        {
                            builder.Otherwise(otherwise);
                        }
                    }

                    if (bands is OrdinalScaleDocument)
                    {
                        choice.WithCategories(Configure);
                    }
                    else
                    {
                        choice.WithBands(Configure);
                    }

                    break;

                case ChecklistScaleDocument checklist:
                    choice.WithChecklist(c =>
                    {
                        foreach (var criterion in checklist.Criteria)
                        {
                            c.Criterion(criterion.Label, Expression(criterion.Expression), Range(criterion.Condition));
                        }

                        c.PointsByCriteriaMet([.. checklist.PointsByCount]);
                    });
                    break;

                case ProportionalScaleDocument proportional:
                    choice.Proportional(proportional.ZeroAt, proportional.FullAt);
                    break;

                case PopulationScaleDocument population:
                    choice.WithPopulationBands(b =>
                    {
                        b.WithQuantileDefinition(population.QuantileDefinition ?? QuantileConventions.Spss);
                        foreach (var band in population.Bands)
                        {
                            b.Band(band.Points, Cutoff(band.Lower), Cutoff(band.Upper), band.LowerInclusive ?? true, band.UpperInclusive ?? false, band.Label);
                        }

                        if (population.Otherwise is { } otherwise)
                        {
                            b.Otherwise(otherwise);
                        }
                    });
                    break;

                case UnspecifiedScaleDocument unspecified:
                    choice.Unspecified(unspecified.Printed);
                    break;
            }

            if (scale.Provenance is { } provenance)
            {
                choice.WithProvenance(Provenance.Parse(provenance));
            }
        }

        private static Cutoff? Cutoff(CutoffDocument? cutoff) => cutoff is null ? null : new Cutoff(cutoff.Kind, cutoff.Parameter);

        // An open side includes nothing; the bounds go to the DSL's BandRange, which Build checks.
        private static BandRange Range(IntervalDocument interval) => new(
            (double?)interval.Lower,
            interval.Lower is not null && (interval.LowerInclusive ?? true),
            (double?)interval.Upper,
            interval.Upper is not null && (interval.UpperInclusive ?? false));

        private static MeasureExpression Expression(ExpressionDocument expression)
        {
            if (expression.Field is { } field)
            {
                return MeasureExpression.Field(field, expression.Target ?? ValuePart.Value);
            }

            if (expression.Constant is { } constant)
            {
                return MeasureExpression.Constant(constant);
            }

            var terms = expression.Terms!.Select(Expression).ToArray();
            return expression.Op switch
            {
                ExpressionOperator.Ratio => MeasureExpression.Ratio(terms[0], terms[1]),
                ExpressionOperator.Difference => MeasureExpression.Difference(terms[0], terms[1]),
                ExpressionOperator.Sum => MeasureExpression.Sum(terms),
                _ => MeasureExpression.Average(terms),
            };
        }

        /// <summary>Where in the file a validation problem is: the field of the indicator, area or rubric it is about.</summary>
        public RubricProblem Locate(RubricProblem problem, string source, JsonProblems positions)
        {
            string path;
            if (problem.Kind == RubricProblemKind.RubricTotalMismatch)
            {
                path = "declaredTotal";
            }
            else if (problem.Kind == RubricProblemKind.AreaTotalMismatch && _areas.TryGetValue(problem.Code, out var area))
            {
                path = area + ".declaredPoints";
            }
            else if (problem.Kind == RubricProblemKind.DuplicateCode)
            {
                path = problem.Message.StartsWith("area", StringComparison.Ordinal) && _areas.TryGetValue(problem.Code, out var duplicateArea)
                    ? duplicateArea + ".code"
                    : _indicators.TryGetValue(problem.Code, out var duplicate) ? duplicate + ".code" : "$";
            }
            else if (problem.Kind == RubricProblemKind.InvalidScale && problem.Message.StartsWith("reads no measure", StringComparison.Ordinal)
                && _indicators.TryGetValue(problem.Code.Split(" [")[0], out var reader))
            {
                // A group override reads its indicator's measure.
                path = reader + ".measure";
            }
            else if (_indicators.TryGetValue(problem.Code, out var indicator))
            {
                path = indicator + (problem.Kind switch
                {
                    RubricProblemKind.UnknownMeasure => ".measure",
                    RubricProblemKind.NegativePoints when problem.Message.StartsWith("maximum", StringComparison.Ordinal) => ".maximumPoints",
                    _ => ".scale",
                });
            }
            else
            {
                path = _areas.TryGetValue(problem.Code, out var other) ? other : "$";
            }

            var position = positions.PositionOf(path);
            return problem with { Source = source, Path = path, Line = position.Line, Column = position.Column };
        }
    }
}
