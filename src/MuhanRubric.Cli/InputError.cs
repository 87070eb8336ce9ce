namespace MuhanRubric.Cli;

/// <summary>An input the tool cannot use, with every problem as one printable line.</summary>
internal sealed class InputError : Exception
{
    public InputError(string message, IReadOnlyList<string>? problems = null)
        : base(message)
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<string> Problems { get; }
}
