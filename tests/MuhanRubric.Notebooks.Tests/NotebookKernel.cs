using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace MuhanRubric.Notebooks.Tests;

/// <summary>
/// Runs a notebook in the .NET Interactive C# kernel, hosted in the test process as Polyglot Notebooks hosts it: a
/// <see cref="CompositeKernel"/> with a <see cref="CSharpKernel"/> that has the kernel helpers and the <c>#r "nuget:"</c>
/// and <c>#i</c> directives, every code cell submitted in order, and each cell's events turned into its Jupyter outputs.
/// </summary>
internal static class NotebookKernel
{
    /// <summary>The notebooks' one kernel, as their metadata names it.</summary>
    public static KernelInfoCollection KernelInfos { get; } = [new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"])];

    /// <summary>Reads a notebook file (.ipynb).</summary>
    public static InteractiveDocument Read(string path) => Notebook.Parse(File.ReadAllText(path), KernelInfos);

    /// <summary>A notebook as the file Polyglot Notebooks saves (UTF-8, no byte-order mark, LF line ends).</summary>
    public static string ToJson(InteractiveDocument document) => document.ToJupyterJson().ReplaceLineEndings("\n") + "\n";

    /// <summary>
    /// Runs every code cell of <paramref name="document"/>, in order, in a new kernel, and returns the notebook with the
    /// outputs the kernel produced (the cells' text as in <paramref name="document"/>). <paramref name="submit"/> turns a
    /// cell's text into what is submitted (the tests point <c>#r "nuget:"</c> at the packages they packed);
    /// <paramref name="normalize"/> turns what a cell printed into what is kept (the tests map their package version and
    /// folder back to what a reader's kernel shows). The run stops at the first cell that fails; that cell's outputs end
    /// with an error output.
    /// </summary>
    public static async Task<NotebookRun> RunAsync(InteractiveDocument document, Func<string, string> submit, Func<string, string> normalize)
    {
        using var kernel = CreateKernel();
        var cells = new List<InteractiveDocumentElement>();
        var executionCount = 0;
        string? failure = null;
        foreach (var element in document.Elements)
        {
            var cell = new InteractiveDocumentElement(element.Contents, element.KernelName) { Metadata = element.Metadata };
            cells.Add(cell);
            if (element.KernelName is "markdown" || failure is not null)
            {
                continue;
            }

            cell.ExecutionOrder = ++executionCount;
            var result = await kernel.SendAsync(new SubmitCode(submit(element.Contents), element.KernelName ?? "csharp"));
            foreach (var output in Outputs(result.Events, executionCount, normalize))
            {
                cell.Outputs.Add(output);
            }

            if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
            {
                failure = $"cell {cells.Count - 1} (0-based, markdown cells counted) failed: {failed.Message}\n--- cell ---\n{element.Contents}";
            }
        }

        var run = new InteractiveDocument(cells);
        foreach (var (key, value) in document.Metadata)
        {
            run.Metadata[key] = value;
        }

        return new NotebookRun(run, failure);
    }

    private static CompositeKernel CreateKernel()
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseNugetDirective((kernel, references) =>
            {
                // Without this the package restores but the code cannot see it.
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            });
        var composite = new CompositeKernel { DefaultKernelName = csharp.Name };
        composite.Add(csharp, ["c#", "C#"]);
        return composite;
    }

    /// <summary>
    /// A cell's events as Jupyter outputs, as Polyglot Notebooks shows them: printed text as one stream (consecutive
    /// lines together), a displayed value as its latest update, the value of a last expression, a failure as an error.
    /// </summary>
    private static List<InteractiveDocumentOutputElement> Outputs(IReadOnlyList<KernelEvent> events, int executionCount, Func<string, string> normalize)
    {
        var outputs = new List<InteractiveDocumentOutputElement>();
        var displays = new Dictionary<string, DisplayElement>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            switch (@event)
            {
                case StandardOutputValueProduced or StandardErrorValueProduced:
                    var stream = @event is StandardOutputValueProduced ? "stdout" : "stderr";
                    var text = normalize(Text((DisplayEvent)@event));
                    if (outputs.Count > 0 && outputs[^1] is TextElement previous && previous.Name == stream)
                    {
                        outputs[^1] = new TextElement(previous.Text + text, stream);
                    }
                    else
                    {
                        outputs.Add(new TextElement(text, stream));
                    }

                    break;
                case ReturnValueProduced value:
                    var returned = new ReturnValueElement { ExecutionOrder = executionCount };
                    Fill(returned.Data, value, normalize);
                    outputs.Add(returned);
                    break;
                case DisplayedValueProduced displayed:
                    var display = new DisplayElement(new Dictionary<string, object>());
                    Fill(display.Data, displayed, normalize);
                    outputs.Add(display);
                    if (displayed.ValueId is { } valueId)
                    {
                        displays[valueId] = display;
                    }

                    break;
                case DisplayedValueUpdated updated when updated.ValueId is { } id && displays.TryGetValue(id, out var shown):
                    shown.Data.Clear();
                    Fill(shown.Data, updated, normalize);
                    break;
                case CommandFailed failed:
                    outputs.Add(new ErrorElement(normalize(failed.Message), failed.Exception?.GetType().Name ?? "Error"));
                    break;
            }
        }

        return outputs;
    }

    private static void Fill(IDictionary<string, object> data, DisplayEvent @event, Func<string, string> normalize)
    {
        foreach (var formatted in @event.FormattedValues)
        {
            data[formatted.MimeType] = normalize(formatted.Value);
        }
    }

    private static string Text(DisplayEvent @event) =>
        @event.FormattedValues.FirstOrDefault(f => f.MimeType == "text/plain")?.Value ?? @event.Value?.ToString() ?? string.Empty;
}

/// <summary>A notebook after a run: its cells with the outputs the kernel produced, and the first failure if a cell failed.</summary>
public sealed record NotebookRun(InteractiveDocument Document, string? Failure)
{
    /// <summary>Everything the code cells printed, displayed or returned as text, in order.</summary>
    public string Text => string.Concat(Document.Elements.SelectMany(c => c.Outputs).Select(o => o switch
    {
        TextElement text => text.Text,
        DisplayElement display => Plain(display.Data),
        ReturnValueElement value => Plain(value.Data),
        ErrorElement error => error.ErrorValue + "\n",
        _ => string.Empty,
    }));

    private static string Plain(IDictionary<string, object> data) => data.TryGetValue("text/plain", out var plain) ? plain + "\n" : string.Empty;
}
