namespace MuhanRubric.Composite;

/// <summary>A composite index definition is inconsistent: every problem found at <see cref="CompositeIndexBuilder.Build"/>, one per line.</summary>
[Immutable]
public sealed class CompositeDefinitionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CompositeDefinitionException()
        : this("The composite index definition is invalid.", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CompositeDefinitionException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CompositeDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    /// <summary>Creates the exception for a composite's problems.</summary>
    /// <param name="name">The composite's name.</param>
    /// <param name="problems">The problems, one line each.</param>
    public CompositeDefinitionException(string name, IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? name : $"Composite '{name}' has {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
    {
        Problems = problems;
    }

    /// <summary>The problems, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
