using System.Runtime.CompilerServices;

namespace MuhanRubric.Tests.Samples;

/// <summary>
/// The sample tests run one at a time and never beside other tests: the scripts build the library project (parallel
/// builds of one project collide). The notebooks are run by tests/MuhanRubric.Notebooks.Tests, in the real kernel.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SamplesCollection
{
    public const string Name = "Samples";
}

/// <summary>Where the samples are: found from this file's path, so the tests run the files in the working tree.</summary>
internal static class SamplePaths
{
    /// <summary>The folder holding <c>MuhanRubric.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Scripts => Path.Combine(RepositoryRoot, "samples", "Scripts");

    /// <summary>The names of the files with an extension (for example <c>.cs</c>) in a folder, sorted, for <c>MemberData</c>.</summary>
    public static TheoryData<string> FileNames(string folder, string extension)
    {
        var data = new TheoryData<string>();
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*" + extension) : [];
        var exact = files.Where(f => string.Equals(Path.GetExtension(f), extension, StringComparison.OrdinalIgnoreCase));   // "*.cs" also matches .csx on Windows
        foreach (var name in exact.Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(name!);
        }

        return data;
    }

    private static string FindRoot([CallerFilePath] string path = "")
    {
        for (var directory = Path.GetDirectoryName(path); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "MuhanRubric.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No folder above {path} holds MuhanRubric.sln.");
    }
}
