namespace MuhanRubric.Reporting.Tests.Browser;

/// <summary>
/// A test that opens a report in headless Chromium. It runs everywhere, and fails when Chromium is missing, except on a
/// developer's machine that opts out with <c>MUHAN_RUBRIC_SKIP_BROWSER_TESTS=1</c>; in CI (<c>CI=true</c>) that variable
/// is ignored, so CI can never skip it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The variable that lets a developer without Chromium skip the browser tests locally.</summary>
    public const string SkipVariable = "MUHAN_RUBRIC_SKIP_BROWSER_TESTS";

    public BrowserFactAttribute()
    {
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!ci && Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            Skip = $"{SkipVariable}=1: the browser tests are skipped on this machine (never in CI).";
        }
    }
}
