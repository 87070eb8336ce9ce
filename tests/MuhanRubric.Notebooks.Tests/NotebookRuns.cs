using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MuhanRubric.Tests.Shared;
using MuhanRubric.Tests.Shared.Packaging;

namespace MuhanRubric.Notebooks.Tests;

/// <summary>
/// The notebooks of <c>samples/Notebooks</c>, each run once per test run in the .NET Interactive C# kernel (see
/// <see cref="NotebookKernel"/>) against the MuhanRubric packages packed for this run: the packages of
/// <c>MuhanRubric.Packages.slnf</c> are packed into a temporary folder with a version of their own
/// (<see cref="PackedPackages"/>); the first cell's <c>#r "nuget: MuhanRubric, 0.1.0"</c> (and
/// <c>MuhanRubric.Optimization</c>'s, where a notebook needs it) is submitted as an <c>#i</c> of that folder and a <c>#r</c> of that version; the
/// kernel's restore writes to the run's own package cache (the user's cache only read, as a fallback for the
/// dependencies). What the cells print is kept as a reader's kernel shows it: the run's version as the version the notebook
/// names, and no "Restore sources" line for the temporary folder.
/// </summary>
public sealed partial class NotebookRuns() : PackedPackages()
{
    private readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> _runs = new(StringComparer.Ordinal);

    /// <summary>The user's package cache when the run started, which the kernel's restore reads and never writes.</summary>
    public string UserPackages { get; } = UserPackagesFolder;

    /// <summary>The folder of the notebooks.</summary>
    public static string Folder => Path.Combine(DotnetProcess.RepositoryRoot, "samples", "Notebooks");

    /// <summary>The version the library's project declares, which the notebooks' <c>#r "nuget:"</c> lines name.</summary>
    public static string LibraryVersion { get; } =
        XDocument.Load(Path.Combine(DotnetProcess.RepositoryRoot, "src", "MuhanRubric", "MuhanRubric.csproj")).Descendants("Version").Single().Value;

    /// <summary>The notebook files' names, sorted.</summary>
    public static IReadOnlyList<string> FileNames =>
        [.. Directory.GetFiles(Folder, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    /// <summary>The notebook files' names, for <c>MemberData</c>.</summary>
    public static TheoryData<string> Names => new(FileNames);

    /// <summary>
    /// Where the kernel's package restore (the F# dependency manager of .NET Interactive) keeps its restore projects and
    /// results: <c>~/.packagemanagement/nuget</c>, with no setting to move it. The fixture removes what this run left
    /// there (Polyglot Notebooks itself leaves it).
    /// </summary>
    private static string PackageManagement =>
        Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".packagemanagement");

    private readonly bool _packageManagementExisted = Directory.Exists(PackageManagement);

    /// <summary>The notebook's run in the kernel (started by the first test that asks for it).</summary>
    public Task<NotebookRun> RunAsync(string name) => _runs.GetOrAdd(name, n => new Lazy<Task<NotebookRun>>(() => StartAsync(n))).Value;

    private async Task<NotebookRun> StartAsync(string name)
    {
        AssertPacked();
        // The kernel restores in a child `dotnet` process, which reads these from this process's environment.
        System.Environment.SetEnvironmentVariable("NUGET_PACKAGES", PackagesFolder);
        System.Environment.SetEnvironmentVariable("NUGET_FALLBACK_PACKAGES", UserPackages);
        var document = NotebookKernel.Read(Path.Combine(Folder, name));
        // Polyglot Notebooks starts the kernel in the notebook's folder, so a notebook reads files relative to it; and the
        // committed outputs are the invariant culture's (a cell's "{x:0.00}" prints 62.90 on every machine).
        // (Process-wide: the notebooks run one at a time, in one test collection.)
        var directory = Directory.GetCurrentDirectory();
        var (culture, uiCulture) = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        Directory.SetCurrentDirectory(Folder);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return await NotebookKernel.RunAsync(document, Submit, Normalize);
        }
        finally
        {
            Directory.SetCurrentDirectory(directory);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (culture, uiCulture);
        }
    }

    /// <summary>Removes the restore projects of this process and the cached results that name this run's folder, then the package folder.</summary>
    public override Task DisposeAsync()
    {
        var nuget = Path.Combine(PackageManagement, "nuget");
        var projects = Path.Combine(nuget, "Projects");
        var cache = Path.Combine(nuget, "Cache");
        try
        {
            if (Directory.Exists(projects))
            {
                foreach (var project in Directory.GetDirectories(projects, $"{System.Environment.ProcessId}--*"))
                {
                    Directory.Delete(project, recursive: true);
                }
            }

            if (Directory.Exists(cache))
            {
                foreach (var result in Directory.GetFiles(cache).Where(f => File.ReadAllText(f).Contains(Root, StringComparison.Ordinal)))
                {
                    File.Delete(result);
                }
            }

            if (!_packageManagementExisted && Directory.Exists(PackageManagement) && Directory.GetFiles(PackageManagement, "*", SearchOption.AllDirectories).Length == 0)
            {
                Directory.Delete(PackageManagement, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, as Polyglot Notebooks leaves it (a file still held open).
        }

        return base.DisposeAsync();
    }

    /// <summary>A cell as submitted: its <c>#r "nuget: MuhanRubric, …"</c> line after an <c>#i</c> of the pack folder, at this run's version.</summary>
    private string Submit(string cell)
    {
        var submitted = PackageReference().Replace(cell, m => $"#r \"nuget: {m.Groups["id"].Value}, {Version}\"");
        return submitted == cell ? cell : $"#i \"nuget: {Artifacts}\"\n{submitted}";
    }

    /// <summary>
    /// What a cell printed, as a reader's kernel (restoring version <see cref="LibraryVersion"/> from NuGet, with no
    /// <c>#i</c>) shows it: the run's version as that version, and the restore sources that name the pack folder as the
    /// kernel's display of no restore sources (an empty <c>div</c>).
    /// </summary>
    private string Normalize(string output) =>
        RestoreSources().Replace(output.Replace(Version, LibraryVersion, StringComparison.Ordinal), m => m.Value.Contains(Artifacts, StringComparison.Ordinal) ? "<div></div>" : m.Value);

    [GeneratedRegex(@"#r ""nuget: *(?<id>MuhanRubric(\.Reporting|\.Optimization)?) *, *[^""]+""")]
    private static partial Regex PackageReference();

    /// <summary>The "Restore sources" part of the kernel's package-installation display (HTML).</summary>
    [GeneratedRegex("<div><strong>Restore sources</strong><ul>.*?</ul></div>")]
    private static partial Regex RestoreSources();
}

[CollectionDefinition(Name)]
public sealed class NotebooksCollection : ICollectionFixture<NotebookRuns>
{
    public const string Name = "Notebooks";
}
