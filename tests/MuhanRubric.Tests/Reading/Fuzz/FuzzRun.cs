using System.Diagnostics;
using MuhanRubric.Measurements;
using MuhanRubric.Rubrics;
using MuhanRubric.Scoring;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// Runs seeded mutations through a reader: only the documented exceptions may leave it; what it loads must compute
/// (scoring and statistics throw nothing undocumented); and what it loads may differ from the original only where
/// the mutation changed the file.
/// </summary>
internal sealed class FuzzRun<T>(string reader, Func<byte[], T> read, Func<T, Dictionary<string, string>> fingerprint, Action<T>? compute = null)
    where T : class
{
    /// <summary>The exceptions a reader documents (scoring's <see cref="ScoringException"/> for data that lacks a measure).</summary>
    public static bool IsDocumented(Exception ex) =>
        ex is DatasetFormatException or RubricFormatException or RubricValidationException or ScoringException;

    public int Loaded { get; private set; }

    public int Rejected { get; private set; }

    public int Runs { get; private set; }

    public List<string> Failures { get; } = [];

    /// <summary>
    /// Runs up to <paramref name="count"/> mutations, stopping early at <paramref name="budget"/> so that a slow
    /// machine keeps the suite bounded (the mutations are the same, in the same order; fewer may run).
    /// </summary>
    public FuzzRun<T> Run(byte[] original, Func<Random, Mutation> next, int seed, int count, TimeSpan budget)
    {
        var baseline = fingerprint(read(original));
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && clock.Elapsed < budget; i++)
        {
            Runs++;
            var mutation = next(random);
            T loaded;
            try
            {
                loaded = read(mutation.Bytes);
            }
            catch (Exception ex) when (IsDocumented(ex))
            {
                Rejected++;
                if (ex.Message.Length == 0)
                {
                    Failures.Add($"{reader} #{i} (seed {seed}), {mutation.Description}: {ex.GetType().Name} without a message");
                }

                continue;
            }
            catch (Exception ex)
            {
                Failures.Add($"{reader} #{i} (seed {seed}), {mutation.Description}: {ex.GetType().Name} escaped: {ex.Message}");
                continue;
            }

            Loaded++;
            try
            {
                compute?.Invoke(loaded);
            }
            catch (Exception ex) when (!IsDocumented(ex))
            {
                Failures.Add($"{reader} #{i} (seed {seed}), {mutation.Description}: loaded, then {ex.GetType().Name} computing with it: {ex.Message}");
            }
            catch (Exception)
            {
                // A documented failure of scoring (a measure the data lacks) is an answer, not a crash.
            }

            if (mutation.Regions is { } regions)
            {
                var repaired = Fingerprints.Differences(baseline, fingerprint(loaded)).Where(d => !regions.Any(r => Fingerprints.Within(d, r))).Take(3).ToList();
                if (repaired.Count > 0)
                {
                    Failures.Add($"{reader} #{i} (seed {seed}), {mutation.Description}: loaded with values the mutation did not change: {string.Join(", ", repaired)}");
                }
            }
        }

        return this;
    }
}
