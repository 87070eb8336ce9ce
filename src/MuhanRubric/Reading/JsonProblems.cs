using MuhanRubric.Measurements;

namespace MuhanRubric.Reading;

/// <summary>
/// One problem of a JSON file, before a reader turns it into its public problem type
/// (<see cref="Measurements.DatasetProblem"/>, <see cref="Rubrics.RubricFormatProblem"/>).
/// </summary>
/// <param name="Path">The JSON path, or null for the document as text (malformed JSON).</param>
/// <param name="Position">Where in the file.</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Unit">The unit the problem is about, as the file names it, or null.</param>
/// <param name="Measure">The measure the problem is about, as the file names it, or null.</param>
/// <param name="Inner">The parser's exception, for malformed JSON.</param>
internal sealed record ReadProblem(string? Path, TextPosition Position, string Message, string? Unit, string? Measure, Exception? Inner);

/// <summary>
/// Collects every problem of one JSON file, each with its path and its line and column: the one problem model of the
/// JSON readers. Positions come from the parsed document; a problem about a missing property is placed at the object
/// that lacks it.
/// </summary>
internal sealed class JsonProblems
{
    private readonly List<ReadProblem> _problems = [];
    private SourceNode? _root;
    private Dictionary<string, SourceNode>? _byPath;

    public bool Any => _problems.Count > 0;

    public int Count => _problems.Count;

    /// <summary>The parsed document, whose values give problems their positions.</summary>
    public void Attach(SourceNode root)
    {
        _root = root;
        _byPath = null;
    }

    /// <summary>The position of a path, or of its nearest ancestor that the file has.</summary>
    public TextPosition PositionOf(string path)
    {
        if (_root is null)
        {
            return new TextPosition(1, 1);
        }

        _byPath ??= Index(_root);
        for (var current = path; ;)
        {
            if (_byPath.TryGetValue(current, out var node))
            {
                return node.Position;
            }

            var cut = Math.Max(current.LastIndexOf('.'), current.LastIndexOf('['));
            if (cut <= 0)
            {
                return _root.Position;
            }

            current = current[..cut];
        }
    }

    // Every value by its path, built the first time a position is asked for.
    private static Dictionary<string, SourceNode> Index(SourceNode root)
    {
        var index = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        var pending = new Stack<SourceNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            index[node.Path] = node;
            foreach (var property in node.Properties)
            {
                pending.Push(property.Value);
            }

            foreach (var item in node.Items)
            {
                pending.Push(item);
            }
        }

        return index;
    }

    public void Add(SourceNode node, string message, string? unit = null, string? measure = null) =>
        _problems.Add(new ReadProblem(node.Path, node.Position, message, unit, measure, null));

    public void Add(string path, string message, string? unit = null, string? measure = null) =>
        _problems.Add(new ReadProblem(path, PositionOf(path), message, unit, measure, null));

    public void AddAt(TextPosition position, string? path, string message, Exception? inner = null) =>
        _problems.Add(new ReadProblem(path, position, message, null, null, inner));

    /// <summary>The problems of a data file as the one exception data readers throw, in file order.</summary>
    public DatasetFormatException ToDatasetException(string file)
    {
        var found = InFileOrder();
        var list = found.Select(p => new DatasetProblem(file, p.Unit, p.Path, p.Message)
        {
            Line = p.Position.Line,
            Column = p.Position.Column,
            Measure = p.Measure,
        }).ToList();
        return list.Count == 1 ? new DatasetFormatException(file, list[0], found[0].Inner) : new DatasetFormatException(file, list);
    }

    /// <summary>Every problem in file order (by line and column; problems at one place in the order found).</summary>
    public IReadOnlyList<ReadProblem> InFileOrder() =>
        [.. _problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Position.Line).ThenBy(x => x.p.Position.Column).ThenBy(x => x.i).Select(x => x.p)];
}
