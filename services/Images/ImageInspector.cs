using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AccountingPlatform.Images;

/// <summary>
/// Judges a file by its bytes, never by its name or declared type: a PNG whose chunks all verify and whose image data
/// inflates to exactly what its header promises, or a JPEG whose markers walk from SOI through a frame header and
/// entropy-coded scans to EOI. Returns the format and real dimensions.
/// </summary>
public static class ImageInspector
{
    private const int MaxDimension = 20_000;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInspection Inspect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature)) return InspectPng(bytes);
        if (bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return InspectJpeg(bytes);
        return ImageInspection.Refused("不是JPG或PNG图片");
    }

    private static ImageInspection InspectPng(ReadOnlySpan<byte> png)
    {
        var offset = PngSignature.Length;
        int width = 0, height = 0, bitDepth = 0, colourType = 0, interlace = 0;
        using var idat = new MemoryStream();
        var first = true;
        while (true)
        {
            if (offset + 12 > png.Length) return Broken();
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12L + length > png.Length) return Broken();
            var typeAndData = png.Slice(offset + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typeAndData[..4]);
            if (BinaryPrimitives.ReadUInt32BigEndian(png[(offset + 8 + length)..]) != Crc32.Of(typeAndData)) return Broken();
            var data = typeAndData[4..];
            if (first)
            {
                if (type != "IHDR" || length != 13) return Broken();
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                first = false;
            }
            else if (type == "IDAT") idat.Write(data);
            offset += 12 + length;
            if (type == "IEND") break;
        }
        if (width is <= 0 or > MaxDimension || height is <= 0 or > MaxDimension || interlace > 1) return Broken();
        var channels = colourType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, 6 => 4, _ => 0 };
        if (channels == 0 || bitDepth is not (1 or 2 or 4 or 8 or 16)) return Broken();

        var expected = interlace == 0 ? RawSize(width, height, channels, bitDepth) : Adam7Size(width, height, channels, bitDepth);
        idat.Position = 0;
        try
        {
            using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = zlib.Read(buffer)) > 0)
            {
                total += read;
                if (total > expected) return Broken();   // more than promised: not this image (or a decompression bomb)
            }
            if (total != expected) return Broken();
        }
        catch (InvalidDataException)
        {
            return Broken();
        }
        return new ImageInspection(ImageFormat.Png, width, height, null);
    }

    private static ImageInspection InspectJpeg(ReadOnlySpan<byte> jpeg)
    {
        var offset = 2;
        int width = 0, height = 0, scans = 0;
        while (true)
        {
            if (offset + 2 > jpeg.Length || jpeg[offset] != 0xFF) return Broken();
            while (offset + 1 < jpeg.Length && jpeg[offset + 1] == 0xFF) offset++;   // fill bytes
            if (offset + 2 > jpeg.Length) return Broken();
            var marker = jpeg[offset + 1];
            offset += 2;
            if (marker == 0xD9) break;                                            // EOI
            if (marker is >= 0xD0 and <= 0xD7 or 0x01) continue;                   // standalone markers
            if (offset + 2 > jpeg.Length) return Broken();
            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[offset..]);
            if (length < 2 || offset + length > jpeg.Length) return Broken();
            var segment = jpeg.Slice(offset + 2, length - 2);
            offset += length;

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))   // SOFn: the frame header
            {
                if (segment.Length < 6) return Broken();
                height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
                if (segment.Length < 6 + 3 * segment[5] || segment[5] == 0) return Broken();
            }
            else if (marker == 0xDA)                                              // SOS: entropy-coded data follows
            {
                if (width == 0) return Broken();
                var start = offset;
                while (offset + 1 < jpeg.Length && !(jpeg[offset] == 0xFF && jpeg[offset + 1] != 0x00 && jpeg[offset + 1] is not (>= 0xD0 and <= 0xD7)))
                    offset++;
                if (offset + 1 >= jpeg.Length || offset == start) return Broken();
                scans++;
            }
        }
        if (width is <= 0 or > MaxDimension || height is <= 0 or > MaxDimension || scans == 0) return Broken();
        return new ImageInspection(ImageFormat.Jpeg, width, height, null);
    }

    private static long RawSize(int width, int height, int channels, int bitDepth) =>
        height * (1 + ((long)width * channels * bitDepth + 7) / 8);

    private static long Adam7Size(int width, int height, int channels, int bitDepth)
    {
        (int X, int Y, int Dx, int Dy)[] passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];
        long total = 0;
        foreach (var (x, y, dx, dy) in passes)
        {
            var w = (width - x + dx - 1) / dx;
            var h = (height - y + dy - 1) / dy;
            if (w > 0 && h > 0) total += RawSize(w, h, channels, bitDepth);
        }
        return total;
    }

    private static ImageInspection Broken() => ImageInspection.Refused("图片文件已损坏或无法识别");
}
