namespace MuhanRubric.Import;

/// <summary>A whole stream as bytes: the encoding of a text file is judged on all of it, and JSON lines are counted on it.</summary>
internal static class StreamBytes
{
    public static ArraySegment<byte> ReadAll(Stream stream)
    {
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer[(int)memory.Position..];
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.TryGetBuffer(out var copied) ? copied : copy.ToArray();
    }
}
