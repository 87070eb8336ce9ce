using System.Security;
using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Cli.Tests.Packaging;

/// <summary>
/// The three packages, packed once per test run (<c>dotnet pack MuhanRubric.Packages.slnf -c Release</c>) into a fresh
/// temporary folder, with a version of their own (<c>0.1.0-test.…</c>) so that nothing a run installs can be mistaken for
/// another build of 0.1.0. Whatever installs them uses <see cref="NuGetConfig"/>: the pack folder and the public source,
/// a package cache inside the temporary folder (the user's cache untouched, read as a fallback for the dependencies),
/// so a run leaves nothing behind and downloads nothing the repository's own restore did not.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"muhan-pack-{Guid.NewGuid():N}");

    public string Version { get; } = $"0.1.0-test.g{Guid.NewGuid():N}"[..24];

    public string Artifacts => Path.Combine(Root, "artifacts");

    /// <summary>A nuget.config for anything that installs the packages: the pack folder, the public source, a private cache.</summary>
    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>The environment of every process that restores or runs the packages.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "packages"),
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
        var userCache = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        await File.WriteAllTextAsync(NuGetConfig, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(Path.Combine(Root, "packages"))}" />
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
        Pack = await DotnetProcess.RunAsync(
            TimeSpan.FromMinutes(10), "pack", "MuhanRubric.Packages.slnf", "-c", "Release", "-o", Artifacts, $"-p:Version={Version}", "-nologo");
    }

    public Task DisposeAsync()
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

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}
