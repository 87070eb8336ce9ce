using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using MuhanRubric.Analysis;
using MuhanRubric.Editions.Y2016;
using MuhanRubric.Import;
using MuhanRubric.Measurements;
using MuhanRubric.Measures;
using MuhanRubric.Reporting;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;
using MuhanRubric.Statistics;
using MuhanRubric.Templates;
using MuhanRubric.Tests.Rubrics;
using MuhanRubric.Units;

namespace MuhanRubric.Tests.Domain;

/// <summary>
/// After NodaTime's MutabilityTest (<c>src/NodaTime.Test/Annotations/MutabilityTest.cs</c>): every public class and
/// struct of the shipped assemblies declares itself <c>[Immutable]</c> or <c>[Mutable]</c>, and an immutable one keeps
/// its word: no public setter or writable field, no mutable collection type in its members, and no collection a cast can
/// change in the instances the built-in data give (the 2016 rubrics and proposals, the dataset and its catalogues, a
/// scoring result, a comparison, a Monte Carlo run, a year comparison, a report, the exceptions' problems).
/// </summary>
public class MutabilityTests
{
    private const string ImmutableAttributeName = "MuhanRubric.Annotations.ImmutableAttribute";
    private const string MutableAttributeName = "MuhanRubric.Annotations.MutableAttribute";

    private static readonly Assembly[] _shipped = [typeof(Rubric).Assembly, typeof(ScoringReport).Assembly, typeof(MuhanRubric.Optimization.BenefitOfTheDoubt).Assembly];

    private static IEnumerable<Type> PublicTypes() => _shipped.SelectMany(a => a.GetExportedTypes())
        .Where(t => (t.IsClass || (t.IsValueType && !t.IsEnum)) && !(t.IsAbstract && t.IsSealed) && !t.IsSubclassOf(typeof(Delegate)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static IEnumerable<Type> ImmutableTypes() => PublicTypes().Where(t => Has(t, ImmutableAttributeName));

    [Fact]
    public void PublicTypes_DeclareThemselvesImmutableOrMutable()
    {
        Assert.NotEmpty(ImmutableTypes());
        var undeclared = PublicTypes().Where(t => Has(t, ImmutableAttributeName) == Has(t, MutableAttributeName)).Select(t => t.FullName);
        Assert.Empty(undeclared);
    }

    [Fact]
    public void ImmutableClasses_CannotBeDerivedOutsideTheLibrary()
    {
        // A class a caller can derive from could be given mutable state; abstract bases are checked through their
        // subclasses, and have no public or protected constructor (a record's copy constructor aside).
        Assert.Empty(ImmutableTypes().Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));
        var open = ImmutableTypes().Where(t => t.IsClass && t.IsAbstract)
            .SelectMany(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Where(c => (c.IsPublic || c.IsFamily) && !(c.GetParameters() is [var only] && only.ParameterType == t))
                .Select(c => $"{t.FullName}({string.Join(", ", c.GetParameters().Select(p => p.ParameterType.Name))})"));
        Assert.Empty(open);
    }

    [Fact]
    public void ImmutableTypes_HaveNoPublicSettersOrWritableFields()
    {
        var writable = ImmutableTypes().SelectMany(t => OwnProperties(t, BindingFlags.Static)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name} has a public setter")
            .Concat(OwnFields(t, BindingFlags.Static).Where(f => !f.IsInitOnly && !f.IsLiteral).Select(f => $"{t.FullName}.{f.Name} is a writable field")));
        Assert.Empty(writable);
    }

    [Fact]
    public void ImmutableTypes_DeclareNoMutableCollections()
    {
        var mutable = ImmutableTypes().SelectMany(t => OwnProperties(t, BindingFlags.Static).Select(p => (Member: (MemberInfo)p, Type: p.PropertyType))
                .Concat(OwnFields(t, BindingFlags.Static).Select(f => (Member: (MemberInfo)f, Type: f.FieldType)))
                .Where(m => IsMutableCollectionType(m.Type))
                .Select(m => $"{t.FullName}.{m.Member.Name} is a {Name(m.Type)}"));
        Assert.Empty(mutable);
    }

    [Fact]
    public void BuiltInInstances_HandOutNoCollectionThatACastCanChange()
    {
        var walk = new InstanceWalk();
        foreach (var (name, value) in Roots())
        {
            walk.Visit(value, name);
        }

        Assert.True(walk.Collections > 1000, $"Only {walk.Collections} collections were checked; the walk did not reach the data.");
        // One line per member: the same problem at every element of a list is reported once, with [] for the positions.
        var problems = walk.Problems.Select(p => Regex.Replace(p, @"\[\d+\]", "[]")).Distinct().ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problem(s):\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void ReferenceAreas_CastToListAndRemoveAt_ThrowsAndTheMaximumStays()
    {
        var maximum = Rubrics2016.Reference.MaximumPoints;
        var count = Rubrics2016.Reference.Areas.Count;

        Assert.Throws<NotSupportedException>(() => ((IList<Area>)Rubrics2016.Reference.Areas).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<Indicator>)Rubrics2016.Reference.Areas[0].Indicators).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<Rubric>)Proposals2016.All())[0] = Rubrics2016.Reference);

        Assert.Equal(82m, Rubrics2016.Reference.MaximumPoints);
        Assert.Equal(maximum, Rubrics2016.Reference.MaximumPoints);
        Assert.Equal(count, Rubrics2016.Reference.Areas.Count);
    }

    [Fact]
    public void CollectionsGivenToPublicConstructorsAndInit_AreCopied()
    {
        List<string> codes = ["41110"];
        var group = new MunicipalityGroup("Coastal", codes);
        var rule = new NotApplicableRule(codes, "none");
        Dictionary<string, decimal> averages = new() { ["x"] = 1m };
        var options = new ReportOptions { PrintedProvinceAverages = averages };
        List<(string, decimal)> thresholds = [("A", 80m)];
        var grades = new GradeScale(thresholds, "B");

        codes.Add("41130");
        averages["y"] = 2m;
        thresholds.Add(("B", 70m));

        Assert.Equal(["41110"], group.MemberCodes);
        Assert.Equal(["41110"], rule.UnitCodes);
        Assert.Equal(["x"], options.PrintedProvinceAverages!.Keys);
        Assert.Single(grades.Thresholds);
        var copied = group with { MemberCodes = codes };   // init copies too
        codes.Add("41150");
        Assert.Equal(["41110", "41130"], copied.MemberCodes);
    }

    // Where the walk starts: every public static property of the shipped assemblies, and the built-in data put to use.
    private static IEnumerable<(string Name, object? Value)> Roots()
    {
        foreach (var type in _shipped.SelectMany(a => a.GetExportedTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(p => p.GetIndexParameters().Length == 0))
            {
                yield return ($"{type.Name}.{property.Name}", property.GetValue(null));
            }
        }

        var dataset = Evaluation2016.Measurements;
        var result = Rubrics2016.Reference.Score(dataset);
        yield return ("Proposals2016.All()", Proposals2016.All());
        yield return ("RubricSamples.Everything()", RubricSamples.Everything());
        yield return ("Evaluation2016.Report", Evaluation2016.Report);
        yield return ("CareCenterStatus(2016)", Evaluation2016.Report.CareCenterStatus(2016));
        yield return ("Reproducer.Reproduce", Reproducer.Reproduce(Evaluation2016.Report));
        yield return ("Score(Reference)", result);
        yield return ("Score(Everything)", RubricSamples.Everything().Score(dataset));
        yield return ("Compile(Reference)", Rubrics2016.Reference.Compile());
        yield return ("RubricComparison.Compare", RubricComparison.Compare(dataset, Rubrics2016.Reference, [.. Proposals2016.All()]));
        yield return ("RubricDiff.Compare", RubricDiff.Compare(RubricSamples.DiffBase(), RubricSamples.Everything()));
        yield return ("SensitivityAnalysis.Run", SensitivityAnalysis.Run(Rubrics2016.Reference, dataset, SensitivityOptions.Default with { Samples = 20 }));
        var year2017 = MeasurementImport.ReadFile("samples/NextYear/illustrative-2017-filled.csv", new ImportOptions { Period = EvaluationPeriod.Year(2017) });
        yield return ("YearComparison.Compare", YearComparison.Compare(Rubrics2016.Reference, [dataset, year2017]));
        yield return ("Series.Describe", dataset.Series(Measure.CasesPerCaseManager).Describe());
        yield return ("Series.Rank", dataset.Series(Measure.CasesPerCaseManager).Rank());
        yield return ("Series.Top", dataset.Series(Measure.CasesPerCaseManager).Top(5));
        yield return ("Series.ZScores", dataset.Series(Measure.CasesPerCaseManager).ZScores());
        yield return ("Series.In", dataset.Series(Measure.CasesPerCaseManager).In(Interval.AtLeast(30)));
        yield return ("InGroup(Southern)", MunicipalityCatalog.Gyeonggi.InGroup("Southern"));
        yield return ("MunicipalitiesIn(Northern)", MuhanRubric.Domain.Province.Gyeonggi.MunicipalitiesIn("Northern"));
        yield return ("SubmissionTemplate.MeasuresFor", SubmissionTemplate.MeasuresFor(Rubrics2016.Reference, MeasureCatalog.Gyeonggi2016));
        var asemFolder = Path.Combine(MuhanRubric.Tests.Composite.CoinrExampleTests.RepositoryRoot(), "samples", "CompositeIndicators");
        var asem = MuhanRubric.Import.CoinrImport.ReadFiles(Path.Combine(asemFolder, "iData.csv"), Path.Combine(asemFolder, "iMeta.csv"));
        var asemIndex = MuhanRubric.Composite.CompositeJson.ReadFile(Path.Combine(asemFolder, "asem-example.json"));
        var asemResult = asemIndex.Evaluate(asem.Measurements);
        yield return ("CoinrImport.ReadFiles", asem);
        yield return ("CompositeJson.ReadFile(asem-example)", asemIndex);
        yield return ("CompositeIndex.Evaluate(asem)", asemResult);
        yield return ("RubricComposite.AsWeightedMeans", MuhanRubric.Composite.RubricComposite.AsWeightedMeans(Rubrics2016.Reference, result));
        yield return ("BenefitOfTheDoubt.Evaluate", MuhanRubric.Optimization.BenefitOfTheDoubt.Evaluate(asemResult, new MuhanRubric.Optimization.BenefitOfDoubtBounds(0, 0.1)));
        yield return ("MethodUncertainty.Run", MethodUncertainty.Run(Rubrics2016.Reference, result, new MethodSpace { Runs = 10, Seed = 7 }));
        yield return ("ScoringReport", ScoringReport.Create(result, ReportOptions.Default.WithPrintedAverages(Evaluation2016.Report)));
        yield return ("DatasetFormatException", Assert.ThrowsAny<DatasetFormatException>(() => MeasurementImport.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes("unit,nothing\nnowhere,1\n")), "bad.csv")));
        yield return ("RubricFormatException", Assert.Throws<RubricFormatException>(() => RubricJson.Deserialize("{}")));
        yield return ("RubricValidationException", Assert.Throws<RubricValidationException>(() => Rubric.Create("gap")
            .AddArea("C", "통합사례관리", "Case management", a => a.AddIndicator("C1", "실적", "Caseload", 10, i => i.Reads(Measure.CasesPerCaseManager)
                .WithBands(b => b.Band(10, BandRange.From(30).To(50)).Band(8, BandRange.From(55).To(60))).WithProvenance(Provenance.FromAssumption("test"))))
            .Build()));
    }

    private sealed class InstanceWalk
    {
        private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

        public List<string> Problems { get; } = [];

        public int Collections { get; private set; }

        public void Visit(object? value, string path)
        {
            if (value is null or string or decimal or Enum || value.GetType().IsPrimitive)
            {
                return;
            }

            var type = value.GetType();
            if (!type.IsValueType && !_seen.Add(value))
            {
                return;
            }

            if (value is IEnumerable items)
            {
                Collections++;
                CheckCollection(value, path);
                var index = 0;
                foreach (var item in items)
                {
                    Visit(item, $"{path}[{index++}]");
                }
            }

            if (!_shipped.Contains(type.Assembly) || !Has(type, ImmutableAttributeName))
            {
                return;
            }

            foreach (var property in OwnProperties(type, 0).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }))
            {
                Visit(Read(() => property.GetValue(value), $"{path}.{property.Name}"), $"{path}.{property.Name}");
            }

            foreach (var field in OwnFields(type, 0))
            {
                Visit(field.GetValue(value), $"{path}.{field.Name}");
            }
        }

        private object? Read(Func<object?> get, string path)
        {
            try
            {
                return get();
            }
            catch (TargetInvocationException e)
            {
                Problems.Add($"{path}: the getter threw {e.InnerException?.GetType().Name}: {e.InnerException?.Message}");
                return null;
            }
        }

        private void CheckCollection(object value, string path)
        {
            var type = value.GetType();
            // An empty array has nothing to change (what `[]` gives an IEnumerable<T>); any other can be written through IList<T>.
            if (type.IsArray && ((Array)value).Length > 0)
            {
                Problems.Add($"{path} is an array ({Name(type)}), which a cast to IList<T> can write to.");
                return;
            }

            foreach (var collection in GenericInterfaces(type, typeof(ICollection<>)))
            {
                if (!(bool)collection.GetProperty("IsReadOnly")!.GetValue(value)!)
                {
                    Problems.Add($"{path} is a writable {Name(type)}.");
                    return;
                }

                Expect(() => collection.GetMethod("Clear")!.Invoke(value, null), $"{path} ({Name(type)}) says it is read-only, but Clear() did not throw.");
            }

            // An array's ICollection<T>.IsReadOnly is true, yet its indexer writes: try the indexers too.
            var any = ((IEnumerable)value).Cast<object?>().Any();
            foreach (var list in GenericInterfaces(type, typeof(IList<>)).Where(_ => any))
            {
                var indexer = list.GetProperty("Item")!;
                var first = indexer.GetValue(value, [0]);
                Expect(() => indexer.SetValue(value, first, [0]), $"{path} ({Name(type)}): IList<T>[0] can be set.");
            }

            foreach (var dictionary in GenericInterfaces(type, typeof(IDictionary<,>)))
            {
                var pair = ((IEnumerable)value).Cast<object>().FirstOrDefault();
                if (pair is not null)
                {
                    var key = pair.GetType().GetProperty("Key")!.GetValue(pair);
                    var item = pair.GetType().GetProperty("Value")!.GetValue(pair);
                    Expect(() => dictionary.GetProperty("Item")!.SetValue(value, item, [key]), $"{path} ({Name(type)}): IDictionary<TKey, TValue>[key] can be set.");
                }
            }

            // A dictionary's keys and values are collections too (and may be a private type's own lists).
            foreach (var readOnlyDictionary in GenericInterfaces(type, typeof(IReadOnlyDictionary<,>)))
            {
                Visit(readOnlyDictionary.GetProperty("Keys")!.GetValue(value), $"{path}.Keys");
                Visit(readOnlyDictionary.GetProperty("Values")!.GetValue(value), $"{path}.Values");
            }

            if (value is IList nonGeneric && !nonGeneric.IsReadOnly && !type.IsArray)
            {
                Problems.Add($"{path} is a writable {Name(type)} (IList.IsReadOnly is false).");
            }

            if (value is IDictionary nonGenericDictionary && !nonGenericDictionary.IsReadOnly)
            {
                Problems.Add($"{path} is a writable {Name(type)} (IDictionary.IsReadOnly is false).");
            }
        }

        private void Expect(Action change, string problem)
        {
            try
            {
                change();
                Problems.Add(problem);
            }
            catch (Exception e) when (e is NotSupportedException || e.InnerException is NotSupportedException)
            {
            }
        }
    }

    private static bool IsMutableCollectionType(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(Memory<>) || definition == typeof(ArraySegment<>) || definition == typeof(IList<>)
                || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>)))
        {
            return true;
        }

        var collection = GenericInterfaces(type, typeof(ICollection<>)).Any() || typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type);
        var readOnly = type.Namespace is "System.Collections.Immutable" or "System.Collections.Frozen" or "System.Collections.ObjectModel"
            || (_shipped.Contains(type.Assembly) && Has(type, ImmutableAttributeName));
        return collection && !readOnly;
    }

    private static IEnumerable<Type> GenericInterfaces(Type type, Type definition) =>
        type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);

    // Members the shipped assemblies declare (an exception's Data, HelpLink and Source are the runtime's).
    private static IEnumerable<PropertyInfo> OwnProperties(Type type, BindingFlags extra) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | extra).Where(p => _shipped.Contains(p.DeclaringType!.Assembly));

    private static IEnumerable<FieldInfo> OwnFields(Type type, BindingFlags extra) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Instance | extra).Where(f => _shipped.Contains(f.DeclaringType!.Assembly));

    private static bool Has(Type type, string attribute) => type.CustomAttributes.Any(a => a.AttributeType.FullName == attribute);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;
}
