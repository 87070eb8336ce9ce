namespace MuhanRubric.Reading;

/// <summary>
/// The one rule of an interval's open sides, for every format that writes intervals: a side without a bound includes
/// no bound, so its inclusiveness may be left out or <c>false</c>; <c>true</c> would be read as <c>false</c> without a
/// word, and is a problem instead.
/// </summary>
internal static class OpenSides
{
    public static void Check(object? lower, bool? lowerInclusive, object? upper, bool? upperInclusive, JsonProblems problems, string path)
    {
        if (lower is null && lowerInclusive == true)
        {
            problems.Add(path + ".lowerInclusive", "expected false or nothing for a side without a bound (an open side includes no bound), found true");
        }

        if (upper is null && upperInclusive == true)
        {
            problems.Add(path + ".upperInclusive", "expected false or nothing for a side without a bound (an open side includes no bound), found true");
        }
    }
}
