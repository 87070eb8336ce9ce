using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace MuhanRubric.Import;

/// <summary>
/// The text of a CSV file: the caller's encoding, or a byte-order mark, else UTF-8 when the bytes are valid UTF-8,
/// else CP949 (Korean Excel's "CSV (쉼표로 분리)"). Bytes the encoding cannot decode are an error, never replaced.
/// </summary>
internal static class TextDecoding
{
    private static readonly Lazy<Encoding> _cp949 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Cp949 => _cp949.Value;

    /// <summary>A reader over the text of a whole file.</summary>
    /// <exception cref="Measurements.DatasetFormatException">The bytes are not text in the encoding.</exception>
    public static TextReader Open(ArraySegment<byte> file, Encoding? encoding, ImportProblems problems)
    {
        ReadOnlyMemory<byte> bytes = file;
        var span = bytes.Span;
        if (encoding is not null)
        {
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            return new StringReader(Decode(bytes, strict, problems, $"text in {encoding.WebName}"));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8.IsValid(span[3..])
                ? Stream(file[3..])
                : new StringReader(Decode(bytes[3..], _strictUtf8, problems, "UTF-8 text after the UTF-8 byte-order mark", 3));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = new UnicodeEncoding(bigEndian: span[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true);
            return new StringReader(Decode(bytes[2..], utf16, problems, "UTF-16 text after the UTF-16 byte-order mark", 2));
        }

        if (Utf8.IsValid(span))
        {
            return Stream(file);
        }

        string text;
        int cp949Offset;
        DecoderFallbackException? cause = null;
        try
        {
            text = Cp949.GetString(span);
            cp949Offset = FirstUnassigned(text);
            if (cp949Offset < 0)
            {
                return new StringReader(text);
            }
        }
        catch (DecoderFallbackException ex)
        {
            cause = ex;
            cp949Offset = Math.Clamp(ex.Index, 0, span.Length - 1);
        }

        var utf8 = FirstInvalid(span, _strictUtf8);
        throw problems.Fatal(new Place(LineOf(span, utf8), null), string.Create(CultureInfo.InvariantCulture,
            $"expected UTF-8 or CP949 text, found bytes that are neither (byte 0x{span[utf8]:X2} at offset {utf8} is not UTF-8, byte 0x{span[cp949Offset]:X2} at offset {cp949Offset} is not CP949); save the file as CSV UTF-8"), cause);
    }

    // Windows' code page 949 decodes 0x80 and 0xFF (and some unassigned pairs) to C1 controls or private-use characters,
    // which no Korean text holds: such bytes are not taken for CP949. Returns the byte offset of the first, or −1.
    private static int FirstUnassigned(string text)
    {
        var index = text.AsSpan().IndexOfAnyInRange('\u0080', '\u009F');
        var privateUse = text.AsSpan().IndexOfAnyInRange('\uE000', '\uF8FF');
        index = index < 0 ? privateUse : privateUse < 0 ? index : Math.Min(index, privateUse);
        return index < 0 ? -1 : Cp949.GetByteCount(text.AsSpan(0, index));
    }

    // Valid UTF-8 is streamed rather than decoded into one string, so memory stays near the file's size.
    private static StreamReader Stream(ArraySegment<byte> bytes) =>
        new(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), _strictUtf8, detectEncodingFromByteOrderMarks: false);

    private static string Decode(ReadOnlyMemory<byte> bytes, Encoding encoding, ImportProblems problems, string expected, int skipped = 0)
    {
        try
        {
            return encoding.GetString(bytes.Span);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Max(ex.Index, 0);
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes.Span[Math.Min(offset, bytes.Length - 1)];
            throw problems.Fatal(new Place(LineOf(bytes.Span, offset), null), string.Create(CultureInfo.InvariantCulture,
                $"expected {expected}, found byte 0x{bad:X2} at offset {offset + skipped}, which it cannot decode"), ex);
        }
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return 0;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Clamp(ex.Index, 0, bytes.Length - 1);
        }
    }

    // Line breaks are the same byte in UTF-8 and CP949 (no CP949 trail byte is 0x0A).
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
