namespace MuhanRubric.Notebooks.Tests;

/// <summary>
/// Every notebook of <c>samples/Notebooks</c> runs in the .NET Interactive C# kernel against the package packed for this
/// run, and the notebook file is committed with exactly the outputs the kernel produces now, so a reader sees them before
/// running anything and they cannot go stale. To refresh the committed outputs after a change, run
/// <c>eng/update-notebooks.sh</c> (the tests with <c>MUHAN_UPDATE_NOTEBOOKS=true</c>, which rewrites each notebook whose
/// outputs changed; never in CI) and review the diff.
/// </summary>
[Collection(NotebooksCollection.Name)]
public sealed class NotebookTests(NotebookRuns runs)
{
    public static TheoryData<string> Notebooks => NotebookRuns.Names;

    private static bool UpdateMode =>
        string.Equals(Environment.GetEnvironmentVariable("MUHAN_UPDATE_NOTEBOOKS"), "true", StringComparison.OrdinalIgnoreCase)
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Folder_HasTheExplorationVariantsSensitivityYearlyWorkflowAndCompositeNotebooks() =>
        Assert.Equal(
            ["01-explore-2016.ipynb", "02-rubric-variants.ipynb", "03-sensitivity.ipynb", "04-yearly-workflow.ipynb", "05-composite-indicators.ipynb"],
            NotebookRuns.FileNames);

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_FirstCodeCellReferencesThePackageAtTheLibrarysVersion(string notebook)
    {
        var code = NotebookKernel.Read(Path.Combine(NotebookRuns.Folder, notebook)).Elements.Where(e => e.KernelName != "markdown").ToList();

        Assert.Equal($"#r \"nuget: MuhanRubric, {NotebookRuns.LibraryVersion}\"", code[0].Contents.Split('\n')[0]);
        Assert.All(code, cell => Assert.Equal("csharp", cell.KernelName));
        Assert.All(code.Skip(1), cell => Assert.DoesNotContain("#r \"nuget:", cell.Contents, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Notebook_IsCommittedWithTheOutputsTheKernelProducesNow(string notebook)
    {
        var run = await runs.RunAsync(notebook);
        Assert.True(run.Failure is null, $"{notebook}: {run.Failure}");
        Assert.All(run.Document.Elements.Where(e => e.KernelName != "markdown"), cell => Assert.NotEmpty(cell.Outputs));

        var path = Path.Combine(NotebookRuns.Folder, notebook);
        var produced = NotebookKernel.ToJson(run.Document);
        var committed = File.ReadAllText(path);
        if (committed == produced)
        {
            return;
        }

        if (UpdateMode)
        {
            await File.WriteAllTextAsync(path, produced);
            return;
        }

        Assert.Fail($"{notebook} is not committed with the outputs the kernel produces now; run eng/update-notebooks.sh and review the diff.\n{FirstDifference(committed, produced)}");
    }

    /// <summary>The first line where two texts differ, with a little context from each.</summary>
    private static string FirstDifference(string committed, string produced)
    {
        var a = committed.Split('\n');
        var b = produced.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        string Around(string[] lines) => string.Join('\n', lines.Skip(Math.Max(0, line - 2)).Take(5));
        return $"line {line + 1}:\n--- committed ---\n{Around(a)}\n--- produced by the kernel ---\n{Around(b)}";
    }
}
