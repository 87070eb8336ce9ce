using System.Diagnostics;
using MuhanRubric.Reading;

namespace MuhanRubric.Tests.Reading.Fuzz;

/// <summary>
/// Runs seeded mutations through a reader: only the exceptions the reader's XML documentation names may leave it;
/// what it loads must compute (only the exceptions the computation documents may leave that); what it loads may differ
/// from the original only where the mutation changed the file; and a number the mutation wrote is either rejected or
/// read back exactly as written.
/// </summary>
/// <param name="reader">The reader's name, for messages.</param>
/// <param name="read">Reads a file's bytes.</param>
/// <param name="throws">What the public method behind <paramref name="read"/> documents.</param>
/// <param name="fingerprint">What was loaded, by the JSON path (or grid cell) it came from.</param>
/// <param name="compute">Computes with what was loaded (scoring, statistics), or null.</param>
/// <param name="computeThrows">What the methods <paramref name="compute"/> calls document.</param>
internal sealed class FuzzRun<T>(
    string reader,
    Func<byte[], T> read,
    IReadOnlyList<Type> throws,
    Func<T, Dictionary<string, string>> fingerprint,
    Action<T>? compute = null,
    IReadOnlyList<Type>? computeThrows = null)
    where T : class
{
    /// <summary>How many mutations run whatever the budget, so that a loaded machine still tests something.</summary>
    public const int Minimum = 20;

    public int Loaded { get; private set; }

    public int Rejected { get; private set; }

    public int Runs { get; private set; }

    /// <summary>Numbers the mutation wrote that loaded and were read back exactly where they were written.</summary>
    public int NumbersReadBack { get; private set; }

    /// <summary>Numbers the mutation wrote that the file rejected.</summary>
    public int NumbersRejected { get; private set; }

    /// <summary>Numbers the mutation wrote that loaded in a field the reader does not load (transcription notes).</summary>
    public int NumbersNotLoaded { get; private set; }

    /// <summary>Numbers of the original file read back exactly where they are written.</summary>
    public int OriginalNumbersReadBack { get; private set; }

    public TimeSpan Elapsed { get; private set; }

    public List<string> Failures { get; } = [];

    /// <summary>
    /// Runs up to <paramref name="count"/> mutations, stopping early at <paramref name="budget"/> (after the first
    /// <see cref="Minimum"/>) so that a slow machine keeps the suite bounded (the mutations are the same, in the same
    /// order; fewer may run).
    /// </summary>
    /// <param name="original">The valid file the mutations start from.</param>
    /// <param name="next">The next mutation.</param>
    /// <param name="seed">The seed (for messages; <paramref name="next"/> is seeded with it).</param>
    /// <param name="count">How many mutations at most.</param>
    /// <param name="budget">How long at most.</param>
    /// <param name="numbers">The numbers of the original file by path: each must be read as written (or not loaded
    /// at all), which also shows that the fingerprint's paths are the file's.</param>
    public FuzzRun<T> Run(byte[] original, Func<Random, Mutation> next, int seed, int count, TimeSpan budget, IEnumerable<(string Path, string Text)>? numbers = null)
    {
        var baseline = fingerprint(read(original));
        foreach (var number in numbers ?? [])
        {
            if (ReadBack(number, baseline) is { } problem)
            {
                Failures.Add($"{reader}, the original file: {problem}");
            }
        }

        (OriginalNumbersReadBack, NumbersReadBack, NumbersNotLoaded) = (NumbersReadBack, 0, 0);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count && (i < Minimum || clock.Elapsed < budget); i++)
        {
            Runs++;
            var mutation = next(random);
            var name = $"{reader} #{i} (seed {seed}), {mutation.Description}";
            T loaded;
            try
            {
                loaded = read(mutation.Bytes);
            }
            catch (Exception ex) when (DocumentedExceptions.Covers(throws, ex))
            {
                Rejected++;
                NumbersRejected += mutation.Number is null ? 0 : 1;
                if (ex.Message.Length == 0)
                {
                    Failures.Add($"{name}: {ex.GetType().Name} without a message");
                }

                continue;
            }
            catch (Exception ex)
            {
                Failures.Add($"{name}: {ex.GetType().Name} escaped, which the reader does not document: {ex.Message}");
                continue;
            }

            Loaded++;
            try
            {
                compute?.Invoke(loaded);
            }
            catch (Exception ex) when (!DocumentedExceptions.Covers(computeThrows ?? [], ex))
            {
                Failures.Add($"{name}: loaded, then {ex.GetType().Name} computing with it, which the computation does not document: {ex.Message}");
            }
            catch (Exception)
            {
                // A documented failure of scoring (a measure the data lacks) is an answer, not a crash.
            }

            var loadedPrint = fingerprint(loaded);
            if (mutation.Regions is { } regions)
            {
                var repaired = Fingerprints.Differences(baseline, loadedPrint).Where(d => !regions.Any(r => Fingerprints.Within(d, r))).Take(3).ToList();
                if (repaired.Count > 0)
                {
                    Failures.Add($"{name}: loaded with values the mutation did not change: {string.Join(", ", repaired)}");
                }
            }

            if (mutation.Number is { } number && ReadBack(number, loadedPrint) is { } problem)
            {
                Failures.Add($"{name}: {problem}");
            }
        }

        Elapsed = clock.Elapsed;
        return this;
    }

    // A number the mutation wrote and the file loaded must be exactly what was loaded at that path: the same text
    // where a field is text, the same number where it is a number.
    private string? ReadBack((string Path, string Text) number, Dictionary<string, string> loaded)
    {
        if (!loaded.TryGetValue(number.Path, out var read))
        {
            NumbersNotLoaded++;
            return null;
        }

        if (read == number.Text)
        {
            NumbersReadBack++;
            return null;
        }

        if (!ComputableNumber.TryRead(number.Text, out var written))
        {
            return $"loaded {number.Text} at {number.Path} as {read}: a number the library cannot hold exactly";
        }

        if (decimal.TryParse(read, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == written)
        {
            NumbersReadBack++;
            return null;
        }

        return $"wrote {number.Text} at {number.Path}, read back {read}";
    }
}
