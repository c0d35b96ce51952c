using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AccountingPlatform.TestSupport;

/// <summary>
/// Reads back an 8-bit RGB PNG for the tests, asserting its structure on the way: signature, IHDR first, IEND last,
/// every chunk's CRC (by a bitwise CRC-32 independent of the encoder's table), IDAT inflating to exactly one filter
/// byte (0) plus one row of pixels per row.
/// </summary>
internal static class PngReader
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height, byte[] Rgb) Decode(byte[] png)
    {
        var chunks = Chunks(png);
        Assert.Equal("IHDR", chunks[0].Type);
        Assert.Equal("IEND", chunks[^1].Type);
        Assert.Empty(chunks[^1].Data);
        Assert.Single(chunks, c => c.Type == "IHDR");

        var header = chunks[0].Data;
        Assert.Equal(13, header.Length);
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        Assert.Equal([8, 2, 0, 0, 0], header[8..]); // 8-bit, RGB, deflate, adaptive filtering, no interlace

        var idat = chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
        Assert.NotEmpty(idat);
        var raw = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress)) zlib.CopyTo(raw);
        var rowBytes = width * 3;
        Assert.Equal(height * (1 + rowBytes), raw.Length);

        var inflated = raw.ToArray();
        var rgb = new byte[height * rowBytes];
        for (var row = 0; row < height; row++)
        {
            Assert.Equal(0, inflated[row * (1 + rowBytes)]);
            Array.Copy(inflated, row * (1 + rowBytes) + 1, rgb, row * rowBytes, rowBytes);
        }
        return (width, height, rgb);
    }

    public static List<(string Type, byte[] Data)> Chunks(byte[] png)
    {
        Assert.Equal(Signature, png[..8]);
        var chunks = new List<(string, byte[])>();
        var at = 8;
        while (at < png.Length)
        {
            Assert.True(at + 12 <= png.Length, "truncated chunk");
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            Assert.InRange(length, 0, png.Length - at - 12);
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var storedCrc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            Assert.True(BitwiseCrc32(typeAndData) == storedCrc, $"CRC of chunk {type} does not verify");
            chunks.Add((type, typeAndData[4..].ToArray()));
            at += 12 + length;
        }
        return chunks;
    }

    /// <summary>CRC-32 (reflected 0xEDB88320) one bit at a time, without a table.</summary>
    public static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
        }
        return ~crc;
    }
}
