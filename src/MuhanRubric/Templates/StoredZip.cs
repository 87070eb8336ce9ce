using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MuhanRubric.Templates;

/// <summary>
/// Rewrites a ZIP package (an XLSX) so its bytes depend on its content only: entries stored uncompressed, every
/// timestamp 1980-01-01, no attributes, "made by" fixed.
/// </summary>
/// <remarks>
/// System.IO.Packaging stamps each entry with the current time, and <see cref="ZipArchive"/> records the operating
/// system and, on Unix, file permissions; deflate output may change with the runtime's zlib. Storing entries avoids
/// all three, so a committed template stays byte-identical on any machine.
/// </remarks>
internal static class StoredZip
{
    private const ushort Version = 20;          // 2.0: what a stored entry needs.
    private const ushort DosDate1980 = 0x0021;  // 1980-01-01, the earliest DOS date; time 00:00:00 is 0.

    private static readonly uint[] _crcTable = CreateCrcTable();

    /// <summary>Copies the entries of <paramref name="package"/> to <paramref name="output"/>, <c>[Content_Types].xml</c> first.</summary>
    public static void Repack(Stream package, Stream output)
    {
        using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = archive.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .Select(e => (Name: Encoding.UTF8.GetBytes(e.FullName), Data: ReadAll(e)))
            .ToList();

        var offsets = new List<uint>(entries.Count);
        var position = 0u;
        Span<byte> header = stackalloc byte[46];
        foreach (var (name, data) in entries)
        {
            offsets.Add(position);
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            WriteCommon(header[4..], name.Length, data);
            output.Write(header[..30]);
            output.Write(name);
            output.Write(data);
            position = checked(position + 30u + (uint)name.Length + (uint)data.Length);
        }

        var directoryStart = position;
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, data) = entries[i];
            header.Clear();
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version); // made by: 2.0, MS-DOS (no attributes)
            WriteCommon(header[6..], name.Length, data);
            // Comment length, disk, internal and external attributes stay 0.
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offsets[i]);
            output.Write(header);
            output.Write(name);
            position = checked(position + 46u + (uint)name.Length);
        }

        Span<byte> end = stackalloc byte[22];
        end.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], checked((ushort)entries.Count));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], position - directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], directoryStart);
        output.Write(end);
    }

    /// <summary>The fields local and central headers share, from "version needed" to "extra field length".</summary>
    private static void WriteCommon(Span<byte> span, int nameLength, byte[] data)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span, Version);
        // Flags 0, method 0 (stored), time 0.
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(span[10..], Crc32(data));
        BinaryPrimitives.WriteUInt32LittleEndian(span[14..], (uint)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(span[18..], (uint)data.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], checked((ushort)nameLength));
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    internal static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = _crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] CreateCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
