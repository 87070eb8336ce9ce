using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using MuhanRubric.Editions.Y2016;

namespace MuhanRubric.Tests.Samples;

/// <summary>
/// Runs every C# cell of every notebook in <c>samples/Notebooks</c>, in order, in one Roslyn scripting session (as a
/// Polyglot Notebooks kernel would), against the library built with the tests instead of the NuGet package.
/// </summary>
[Collection(SamplesCollection.Name)]
public class NotebookTests
{
    /// <summary>Namespaces a C# notebook kernel has without a using (the .NET Interactive kernel imports these and a few more).</summary>
    private static readonly string[] _kernelImports =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks"];

    public static TheoryData<string> Notebooks => SamplePaths.FileNames(SamplePaths.Notebooks, ".ipynb");

    [Fact]
    public void NotebookFolder_IsNotEmpty() => Assert.NotEmpty(Notebooks);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_RunsEveryCSharpCell(string notebook)
    {
        var cells = CSharpCells(Path.Combine(SamplePaths.Notebooks, notebook));
        Assert.True(cells.Count > 0, $"{notebook} has no C# code cell.");
        var library = typeof(EvaluationReport).Assembly;
        var options = ScriptOptions.Default
            .AddReferences(library)
            .AddReferences(library.GetReferencedAssemblies().Select(Assembly.Load))
            .AddImports(_kernelImports);

        var original = Console.Out;
        var output = new StringBuilder();
        ScriptState<object>? state = null;
        for (var n = 0; n < cells.Count; n++)
        {
            var (index, code) = cells[n];
            var where = $"{notebook}, cell {index} (0-based, markdown cells counted; C# cell {n + 1} of {cells.Count})";
            using var cellOutput = new StringWriter();
            Console.SetOut(cellOutput);
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(code, options)
                    : await state.ContinueWithAsync(code, options);
            }
            catch (Exception exception)
            {
                Assert.Fail($"{where}: {exception.GetType().Name}: {exception.Message}\n--- cell ---\n{code}\n--- output ---\n{cellOutput}");
            }
            finally
            {
                Console.SetOut(original);
            }

            Assert.True(state.Exception is null, $"{where}: {state.Exception}");
            output.Append(cellOutput);
        }

        Assert.False(string.IsNullOrWhiteSpace(output.ToString()), $"{notebook}: its {cells.Count} C# cells printed nothing.");
    }

    /// <summary>
    /// The C# code cells with their index among all cells, without the lines only a notebook kernel understands:
    /// <c>#r "nuget: …"</c>, <c>#i "nuget: …"</c> (package sources) and <c>#!</c> magic commands.
    /// </summary>
    private static List<(int Index, string Code)> CSharpCells(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path, Encoding.UTF8));
        var cells = document.RootElement.GetProperty("cells").EnumerateArray().ToList();
        var result = new List<(int, string)>();
        for (var index = 0; index < cells.Count; index++)
        {
            var cell = cells[index];
            if (cell.GetProperty("cell_type").GetString() != "code" || Language(cell) != "csharp")
            {
                continue;
            }

            var source = cell.GetProperty("source");
            var text = source.ValueKind == JsonValueKind.Array ? string.Concat(source.EnumerateArray().Select(s => s.GetString())) : source.GetString() ?? string.Empty;
            var lines = text.Split('\n').Where(line =>
            {
                var trimmed = line.TrimStart();
                return !trimmed.StartsWith("#r \"nuget:", StringComparison.Ordinal)
                    && !trimmed.StartsWith("#i \"nuget:", StringComparison.Ordinal)
                    && !trimmed.StartsWith("#!", StringComparison.Ordinal);
            });
            result.Add((index, string.Join('\n', lines)));
        }

        return result;
    }

    /// <summary>A code cell's kernel: its metadata, or C# (the notebooks' default kernel).</summary>
    private static string Language(JsonElement cell)
    {
        if (cell.TryGetProperty("metadata", out var metadata))
        {
            if (metadata.TryGetProperty("dotnet_interactive", out var interactive) && interactive.TryGetProperty("language", out var language))
            {
                return language.GetString() ?? "csharp";
            }

            if (metadata.TryGetProperty("polyglot_notebook", out var polyglot) && polyglot.TryGetProperty("kernelName", out var kernel))
            {
                return kernel.GetString() ?? "csharp";
            }
        }

        return "csharp";
    }
}
