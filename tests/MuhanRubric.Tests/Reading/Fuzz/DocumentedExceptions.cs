using System.Linq.Expressions;
using System.Reflection;
using System.Xml.Linq;
using MuhanRubric.Rubrics;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// The exceptions a public method of the library documents (<c>&lt;exception cref&gt;</c> in its XML documentation,
/// read from <c>MuhanRubric.xml</c> beside the assembly): what the fuzz lets leave a reader, so that the tests hold
/// the readers to what their documentation says rather than to a list of their own.
/// </summary>
internal static class DocumentedExceptions
{
    private static readonly Lazy<Dictionary<string, XElement>> _members = new(() =>
        XDocument.Load(Path.ChangeExtension(typeof(Rubric).Assembly.Location, ".xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    /// <summary>The exception types the method a call expression names documents: <c>Of(() =&gt; RubricJson.Load(null!, null!))</c>.</summary>
    public static IReadOnlyList<Type> Of(Expression<Action> call) => Of(((MethodCallExpression)call.Body).Method);

    public static IReadOnlyList<Type> Of(MethodInfo method)
    {
        var id = DocumentationId(method);
        if (!_members.Value.TryGetValue(id, out var member))
        {
            throw new InvalidOperationException($"{id} has no XML documentation.");
        }

        var types = member.Elements("exception")
            .Select(e => ((string)e.Attribute("cref")!)["T:".Length..])
            .Select(name => typeof(Rubric).Assembly.GetType(name) ?? Type.GetType(name) ?? throw new InvalidOperationException($"{id} documents {name}, which is no type."))
            .ToList();
        return types.Count > 0 ? types : throw new InvalidOperationException($"{id} documents no exception.");
    }

    /// <summary>Whether an exception is of a documented type (or derives from one).</summary>
    public static bool Covers(IEnumerable<Type> documented, Exception exception) => documented.Any(t => t.IsInstanceOfType(exception));

    // The ID the C# compiler gives a method in the XML documentation (M:Namespace.Type.Method(Param.Type,…)).
    private static string DocumentationId(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var list = parameters.Length == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => TypeName(p.ParameterType))) + ")";
        return $"M:{method.DeclaringType!.FullName}.{method.Name}{list}";
    }

    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Namespace}.{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}{{{string.Join(",", type.GetGenericArguments().Select(TypeName))}}}"
        : type.FullName!;
}
