using System.Security;

namespace MuhanRubric.Tests.Shared.Packaging;

/// <summary>
/// The packages, packed once per test run (by default the four of <c>MuhanRubric.Packages.slnf</c>, with
/// <c>dotnet pack … -c Release</c>) into a fresh temporary folder, with a version of their own (<c>0.1.0-test.…</c>) so that
/// nothing a run installs can be mistaken for another build of 0.1.0. Whatever installs them uses <see cref="NuGetConfig"/>
/// or <see cref="Environment"/>: the pack folder and the public source, a package cache inside the temporary folder (the
/// user's cache untouched, read as a fallback for the dependencies), so a run leaves nothing behind and downloads nothing
/// the repository's own restore did not. Shared (linked) by the test projects that use the packages as a user does: the
/// command-line tool's packaging tests and the notebook tests.
/// </summary>
public class PackedPackages : IAsyncLifetime
{
    private readonly string _packable;

    /// <summary>The four packages of <c>MuhanRubric.Packages.slnf</c>.</summary>
    public PackedPackages()
        : this("MuhanRubric.Packages.slnf")
    {
    }

    /// <summary>The packages of one project, solution or solution filter (a path relative to the repository root).</summary>
    /// <remarks>Protected: an xunit fixture has one public constructor; a fixture that packs less derives from this class.</remarks>
    protected PackedPackages(string packable) => _packable = packable;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"muhan-pack-{Guid.NewGuid():N}");

    public string Version { get; } = $"0.1.0-test.g{Guid.NewGuid():N}"[..24];

    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>A nuget.config for anything that installs the packages: the pack folder, the public source, a private cache.</summary>
    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>The package cache of this run (every restore that installs the packages writes here, never to the user's).</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>The user's package cache, read (never written) as a fallback for the packages' dependencies.</summary>
    public static string UserPackagesFolder =>
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>The environment of every process that restores or runs the packages.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        // An installed tool's launcher finds the runtime here, wherever the SDK is installed.
        ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(DotnetHost))!,
    };

    public static string DotnetHost
    {
        get
        {
            var host = DotnetProcess.DotnetHost();
            if (Path.IsPathRooted(host))
            {
                return host;
            }

            // "dotnet" on the PATH: the real file behind it (a symbolic link in /usr/bin on Debian).
            var found = (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")).FirstOrDefault(File.Exists) ?? host;
            return new FileInfo(found).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? found;
        }
    }

    internal DotnetRun Pack { get; private set; } = new(-1, string.Empty, string.Empty);

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        var userCache = UserPackagesFolder;
        await File.WriteAllTextAsync(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(PackagesFolder)}" />
              </config>
              <packageSources>
                <clear />
                <add key="local-pack" value="{SecurityElement.Escape(Artifacts)}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user-cache" value="{SecurityElement.Escape(userCache)}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        // The build goes to a folder of its own (--artifacts-path: bin and obj, restore output included), never to the
        // projects' obj folders: test assemblies run side by side under `dotnet test`, and another pack, a sample's build
        // or the next `dotnet build` would otherwise meet this run's version in the same files. It runs on MSBuild nodes
        // of its own (no node reuse), which no other build on the machine can take or shut down.
        Pack = await DotnetProcess.RunAsync(
            TimeSpan.FromMinutes(10), "pack", _packable, "-c", "Release", "-o", Artifacts, "--artifacts-path", Path.Combine(Root, "build"),
            $"-p:Version={Version}", "-nodeReuse:false", "-nologo");
    }

    public virtual Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left to the temporary folder's own cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }

        return Task.CompletedTask;
    }

    /// <summary>The pack folder's file for a package of this run.</summary>
    public string Package(string id, string extension = "nupkg") => Path.Combine(Artifacts, $"{id}.{Version}.{extension}");

    /// <summary>Fails with the pack's output unless the pack succeeded.</summary>
    public void AssertPacked() => Assert.True(Pack.ExitCode == 0, $"dotnet pack failed:\n{Pack.Output}");
}
