using System.Collections;
using Ardalis.GuardClauses;
using MuhanRubric.Units;

namespace MuhanRubric.Statistics;

/// <summary>One municipality's value of a measure; <see cref="Value"/> is null when missing.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Value">The value, or null when the report prints no value.</param>
[Immutable]
public sealed record Observation(Municipality Municipality, decimal? Value);

/// <summary>
/// A measure's values across municipalities, in the report's order, with missing values kept as missing.
/// The input to every statistic in this namespace.
/// </summary>
/// <remarks>
/// Statistics exclude missing values and report how many were excluded; a missing value is never taken as zero.
/// Immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class MeasureSeries : IReadOnlyList<Observation>
{
    private readonly Observation[] _observations;

    /// <summary>Creates a series.</summary>
    /// <param name="name">A name for reports, usually the measure id.</param>
    /// <param name="observations">One observation per municipality; each municipality at most once.</param>
    /// <param name="valuesAreExact">Whether the values are exact (whole counts) rather than rounded for print.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A municipality appears twice.</exception>
    public MeasureSeries(string name, IEnumerable<Observation> observations, bool valuesAreExact = false)
    {
        ValuesAreExact = valuesAreExact;
        Name = Guard.Against.Null(name);
        _observations = [.. Guard.Against.Null(observations)];
        var duplicate = _observations.GroupBy(o => o.Municipality).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"{duplicate.Key} appears {duplicate.Count()} times in series '{name}'.", nameof(observations));
        }
    }

    /// <summary>The series name.</summary>
    public string Name { get; }

    /// <summary>
    /// Whether the values are exact (whole counts); when false, each value is taken as rounded to its printed
    /// decimals, which matters when a recomputed statistic is compared with a printed one.
    /// </summary>
    public bool ValuesAreExact { get; }

    /// <summary>The number of municipalities, missing ones included.</summary>
    public int Count => _observations.Length;

    /// <summary>The observation at an index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The observation.</returns>
    public Observation this[int index] => _observations[index];

    /// <summary>The observations that have a value.</summary>
    public IReadOnlyList<Observation> Present => [.. _observations.Where(o => o.Value is not null)];

    /// <summary>The municipalities whose value is missing.</summary>
    public IReadOnlyList<Municipality> Missing => [.. _observations.Where(o => o.Value is null).Select(o => o.Municipality)];

    /// <summary>The present values as doubles, in series order (for MathNet.Numerics).</summary>
    /// <returns>A new array.</returns>
    public double[] ToDoubleArray() => [.. _observations.Where(o => o.Value is not null).Select(o => (double)o.Value!.Value)];

    /// <summary>The value of one municipality.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>Its value, or null when missing or not in the series.</returns>
    public decimal? ValueOf(Municipality municipality) => _observations.FirstOrDefault(o => o.Municipality == municipality)?.Value;

    /// <inheritdoc/>
    public IEnumerator<Observation> GetEnumerator() => ((IEnumerable<Observation>)_observations).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"{Name} (n={Count - Missing.Count}, missing={Missing.Count})";
}
