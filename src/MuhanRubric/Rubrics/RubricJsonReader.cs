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
            // The problems a file accepts as warnings name their place in it too.
            var rubric = builder.Build();
            return rubric.Warnings.Count == 0 ? rubric : rubric.WithWarnings([.. rubric.Warnings.Select(p => mapping.Locate(p, source, problems))]);
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

        // Each kind is one choice of the DSL, which returns the step that takes the scale's provenance; a scale the file
        // gives no provenance is left without one, and Build reports it (MissingProvenance) unless the file accepts that.
        private static void Scale<TSelf>(ScaleChoice<TSelf> choice, ScaleDocument scale)
            where TSelf : ScaleChoice<TSelf>
        {
            var step = scale switch
            {
                OrdinalScaleDocument categories => choice.WithCategories(c =>
                {
                    foreach (var category in categories.Bands)
                    {
                        c.Category(category.Label!, category.Points, Range(category.Intervals[0]));
                    }

                    if (categories.Otherwise is { } otherwise)
                    {
                        c.Otherwise(otherwise);
                    }
                }),
                BandScaleDocument bands => choice.WithBands(b =>
                {
                    foreach (var band in bands.Bands)
                    {
                        b.Band(band.Points, [.. band.Intervals.Select(Range)]);
                    }

                    if (bands.Otherwise is { } otherwise)
                    {
                        b.Otherwise(otherwise);
                    }
                }),
                ChecklistScaleDocument checklist => choice.WithChecklist(c =>
                {
                    foreach (var criterion in checklist.Criteria)
                    {
                        c.Criterion(criterion.Label, Expression(criterion.Expression), Range(criterion.Condition));
                    }

                    c.PointsByCriteriaMet([.. checklist.PointsByCount]);
                }),
                ProportionalScaleDocument proportional => choice.Proportional(proportional.ZeroAt, proportional.FullAt),
                PopulationScaleDocument population => choice.WithPopulationBands(b =>
                {
                    b.WithQuantileDefinition(population.QuantileDefinition ?? QuantileConventions.Spss);
                    foreach (var band in population.Bands)
                    {
                        b.Band(band.Points, new CutoffRange(
                            Cutoff(band.Lower), band.Lower is not null && (band.LowerInclusive ?? true),
                            Cutoff(band.Upper), band.Upper is not null && (band.UpperInclusive ?? false)));
                    }

                    if (population.Otherwise is { } otherwise)
                    {
                        b.Otherwise(otherwise);
                    }
                }),
                _ => choice.Unspecified(((UnspecifiedScaleDocument)scale).Printed),
            };

            if (scale.Provenance is { } provenance)
            {
                step.WithProvenance(Provenance.Parse(provenance));
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
                ExpressionOperator.Minimum => MeasureExpression.Minimum(terms),
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
