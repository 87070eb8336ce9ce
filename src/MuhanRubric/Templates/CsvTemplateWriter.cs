using System.Globalization;
using System.Text;
using nietras.SeparatedValues;

namespace MuhanRubric.Templates;

/// <summary>Writes a <see cref="TemplateLayout"/> as CSV: UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting.</summary>
internal static class CsvTemplateWriter
{
    private static readonly UTF8Encoding _utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Write(Stream output, TemplateLayout layout)
    {
        // The mark is written by hand: StreamWriter omits it when the stream is not at position 0.
        output.Write(Encoding.UTF8.Preamble);
        using var text = new StreamWriter(output, _utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        // Sep ends rows with the TextWriter's NewLine and, with Escape, quotes a field holding ',', '"', CR or LF.
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true, WriteHeader = false, CultureInfo = CultureInfo.InvariantCulture }).To(text, leaveOpen: true))
        {
            foreach (var cells in layout.HeaderRows().Concat(layout.UnitRows()))
            {
                using var row = writer.NewRow();
                for (var i = 0; i < cells.Length; i++)
                {
                    row[i].Set(cells[i].ToText());
                }
            }
        }

        text.Flush();
    }
}
