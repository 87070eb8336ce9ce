using System.Reflection;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Domain;

/// <summary>After NodaTime's MutabilityTest: the library's public types expose no way to change them.</summary>
public class MutabilityTests
{
    private static readonly Assembly _library = typeof(EvaluationReport).Assembly;

    public static TheoryData<string> PublicClasses()
    {
        var data = new TheoryData<string>();
        // Abstract bases (Scale, MeasureExpression, ScaleChoice) are checked through their sealed subclasses.
        foreach (var type in _library.GetExportedTypes().Where(t => t.IsClass && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void PublicClass_HasNoPublicSettersOrWritableFields(string typeName)
    {
        var type = _library.GetType(typeName)!;
        Assert.True(type.IsSealed, $"{typeName} should be sealed.");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        Assert.Empty(setters);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => f.Name);
        Assert.Empty(fields);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
