using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MuhanRubric.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the README compiles as shown, each on its own, as the Program.cs of a new console app
/// (<c>dotnet new console</c>: top-level statements, nullable on, the SDK's implicit usings of System, System.IO,
/// System.Linq, System.Collections.Generic, System.Net.Http, System.Threading and System.Threading.Tasks) that
/// references MuhanRubric and MuhanRubric.Reporting. So each block shows the <c>using</c> lines it needs. The blocks
/// are found in the README when the tests are discovered: a block added or changed anywhere in it is checked too.
/// (<see cref="ReadmeExamplesTests"/> also runs the main examples.)
/// </summary>
public partial class ReadmeCodeBlockTests
{
    private const string ImplicitUsings =
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    public static TheoryData<int, string> Blocks()
    {
        var data = new TheoryData<int, string>();
        foreach (var (line, heading, _) in ReadBlocks())
        {
            data.Add(line, heading);
        }

        return data;
    }

    [Fact]
    public void Readme_HasCSharpBlocks() => Assert.True(ReadBlocks().Count >= 5, "the README's C# blocks were not found");

    [Theory]
    [MemberData(nameof(Blocks))]
    public void ReadmeCSharpBlock_CompilesAsShown(int line, string heading)
    {
        var code = ReadBlocks().Single(b => b.Line == line).Code;
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{line}",
            [
                CSharpSyntaxTree.ParseText(ImplicitUsings, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), "GlobalUsings.g.cs"),
                CSharpSyntaxTree.ParseText(code, CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest), $"README.md (block at line {line})"),
            ],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);

        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(d, line)).ToList();
        Assert.True(emitted.Success && errors.Count == 0, $"The README's C# block at line {line} (under '{heading}') does not compile as shown:\n{string.Join("\n", errors)}");

        // And shows no using it does not need (CS8019, as IDE0005 in the projects).
        var unused = compilation.GetDiagnostics().Where(d => d.Id == "CS8019" && d.Location.SourceTree?.FilePath != "GlobalUsings.g.cs").Select(d => Describe(d, line)).ToList();
        Assert.True(unused.Count == 0, $"The README's C# block at line {line} (under '{heading}') has usings it does not need:\n{string.Join("\n", unused)}");
    }

    /// <summary>A diagnostic with its README line: the block's line 1 is the README line after the fence.</summary>
    private static string Describe(Diagnostic diagnostic, int fenceLine)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"README.md line {fenceLine + 1 + span.StartLinePosition.Line}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Each <c>```csharp</c> block: the README line of its opening fence, the heading above it, and its code.</summary>
    private static List<(int Line, string Heading, string Code)> ReadBlocks()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md"));
        var blocks = new List<(int, string, string)>();
        var heading = "(top)";
        var inOtherBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal) && !FenceRegex().IsMatch(lines[i]))
            {
                inOtherBlock = !inOtherBlock;
            }
            else if (inOtherBlock)
            {
                continue;
            }
            else if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
            }
            else if (FenceRegex().IsMatch(lines[i]))
            {
                var start = i;
                var code = new List<string>();
                for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
                {
                    code.Add(lines[i]);
                }

                blocks.Add((start + 1, heading, string.Join("\n", code)));
            }
        }

        return blocks;
    }

    /// <summary>The framework's assemblies and the two libraries with every assembly they reference, as a consumer's build sees them.</summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = Directory.GetFiles(framework, "*.dll").Where(IsManaged).ToHashSet(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(MuhanRubric.Scoring.ScoringResult).Assembly, typeof(MuhanRubric.Reporting.ScoringReport).Assembly]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var assembly))
        {
            if (!seen.Add(assembly.GetName().Name!))
            {
                continue;
            }

            if (!assembly.Location.StartsWith(framework, StringComparison.Ordinal))
            {
                paths.Add(assembly.Location);
            }

            foreach (var name in assembly.GetReferencedAssemblies().Where(n => !seen.Contains(n.Name!)))
            {
                if (TryLoad(name) is { } referenced)
                {
                    pending.Enqueue(referenced);
                }
            }
        }

        return [.. paths.Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static bool IsManaged(string path)
    {
        try
        {
            _ = AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```csharp\s*$")]
    private static partial Regex FenceRegex();
}
