using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MuhanRubric.Tests.Shared;

namespace MuhanRubric.Cli.Tests.Packaging;

/// <summary>
/// What <c>dotnet pack</c> makes, used as a user uses it: the tool installed from the pack folder into a tool path and
/// run; a fresh console app that references MuhanRubric and MuhanRubric.Reporting from the pack folder, built and run;
/// and the packages' metadata as nuget.org will show it.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageTests(PackedPackages packages)
{
    private static readonly TimeSpan Minutes5 = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Tool_InstalledFromThePackFolder_ShowsHelpAndScores()
    {
        packages.AssertPacked();
        var tools = Path.Combine(packages.Root, "tools");
        var install = await DotnetProcess.RunProgramAsync(
            PackedPackages.DotnetHost, packages.Root, packages.Environment, Minutes5,
            "tool", "install", "--tool-path", tools, "--add-source", packages.Artifacts, "--configfile", packages.NuGetConfig, "MuhanRubric.Cli", "--version", packages.Version);
        Assert.True(install.ExitCode == 0, install.Output);

        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "muhan-rubric.exe" : "muhan-rubric");
        var help = await DotnetProcess.RunProgramAsync(tool, packages.Root, packages.Environment, Minutes5, "--help");
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("muhan-rubric: score the Gyeonggi 무한돌봄센터 evaluation.", help.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("  sensitivity ", help.StandardOutput, StringComparison.Ordinal);

        var score = await DotnetProcess.RunProgramAsync(tool, packages.Root, packages.Environment, Minutes5, "score", "--data", "2016", "--rubric", "reference-2016", "--lang", "en");
        Assert.True(score.ExitCode == 0, score.Output);
        Assert.Contains("   1  Gunpo           군포시          21.00    17.90    24.00    62.90   82.00       62.90", score.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleApp_ReferencingThePackages_BuildsAndRuns()
    {
        packages.AssertPacked();
        var app = Path.Combine(packages.Root, "consumer");
        Directory.CreateDirectory(app);
        File.Copy(packages.NuGetConfig, Path.Combine(app, "nuget.config"));
        await File.WriteAllTextAsync(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="MuhanRubric" Version="{packages.Version}" />
                <PackageReference Include="MuhanRubric.Reporting" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using MuhanRubric.Editions.Y2016;
            using MuhanRubric.Reporting;
            using MuhanRubric.Reporting.Exports;
            using MuhanRubric.Scoring;

            var result = Rubrics2016.Reference.Score(Evaluation2016.Measurements);
            var first = result.Ranked[0];
            Console.WriteLine($"first: {first.Municipality.KoreanName} {first.Total:0.00}");
            var report = ScoringReport.Create(result, new ReportOptions { Language = ReportLanguage.English });
            File.WriteAllText("report.html", report.ToHtml());
            Console.WriteLine($"html: {new FileInfo("report.html").Length > 10_000}");
            Console.WriteLine($"json schema: {ResultJson.SchemaVersion}");
            """);

        var run = await DotnetProcess.RunProgramAsync(PackedPackages.DotnetHost, app, packages.Environment, Minutes5, "run", "-c", "Release");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("first: 군포시 62.90", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("html: True", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("json schema: 1", run.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MuhanRubric")]
    [InlineData("MuhanRubric.Reporting")]
    [InlineData("MuhanRubric.Cli")]
    public void Package_HasItsMetadataSymbolsAndAReadmeWithAbsoluteLinks(string id)
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.Package(id));
        var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName == $"{id}.nuspec").Open());
        var ns = nuspec.Root!.GetDefaultNamespace();
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("MuhanRubric contributors", metadata.Element(ns + "authors")!.Value);
        Assert.Equal("https://github.com/muhanrubric/muhanrubric", metadata.Element(ns + "projectUrl")!.Value);
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("https://github.com/muhanrubric/muhanrubric", repository.Attribute("url")!.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
        Assert.True(metadata.Element(ns + "description")!.Value.Length > 100, "a description that says what the package does");
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);

        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        var readme = reader.ReadToEnd();
        var relative = Regex.Matches(readme, @"\]\((?!https://)[^)]*\)").Select(m => m.Value).ToList();
        Assert.True(relative.Count == 0, "relative links in the package README: " + string.Join(", ", relative));
        Assert.Contains("](https://github.com/muhanrubric/muhanrubric/blob/main/docs/rubric-format.md)", readme, StringComparison.Ordinal);

        using var symbols = ZipFile.OpenRead(packages.Package(id, "snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [Fact]
    public void Repository_HasTheMitLicense()
    {
        var license = File.ReadAllText(Path.Combine(DotnetProcess.RepositoryRoot, "LICENSE"));

        Assert.StartsWith("MIT License", license, StringComparison.Ordinal);
        Assert.Contains("Copyright (c) 2026 MuhanRubric contributors", license, StringComparison.Ordinal);
    }
}
