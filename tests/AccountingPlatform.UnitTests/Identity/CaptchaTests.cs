using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using AccountingPlatform.Identity.Captcha;
using AccountingPlatform.Images;

namespace AccountingPlatform.UnitTests.Identity;

public sealed class CaptchaTests
{
    [Fact]
    public void The_answer_has_four_characters_without_look_alikes()
    {
        for (var i = 0; i < 200; i++)
        {
            var text = CaptchaText.Generate();
            Assert.Equal(4, text.Length);
            Assert.All(text, c => Assert.DoesNotContain(c, "0O1IL"));
            Assert.All(text, c => Assert.Contains(c, CaptchaText.Alphabet));
        }
    }

    [Theory]
    [InlineData("AB3K", "ab3k", true)]
    [InlineData("AB3K", " AB3K ", true)]
    [InlineData("AB3K", "AB3X", false)]
    [InlineData("AB3K", "AB3", false)]
    [InlineData("AB3K", "", false)]
    [InlineData("AB3K", null, false)]
    public void An_answer_matches_regardless_of_case_and_surrounding_spaces(string expected, string? given, bool matches) =>
        Assert.Equal(matches, CaptchaText.Matches(expected, given));

    [Fact]
    public void The_image_is_a_valid_png_of_the_stated_size()
    {
        var png = CaptchaImage.Render("AB3K");
        var (width, height, pixels) = DecodePng(png);
        Assert.Equal(CaptchaImage.Width, width);
        Assert.Equal(CaptchaImage.Height, height);
        Assert.Equal(width * height * 3, pixels.Length);
    }

    [Fact]
    public void Each_character_is_drawn_as_ink_on_a_light_background()
    {
        var (width, height, pixels) = DecodePng(CaptchaImage.Render("W7MZ"));
        var dark = new int[4];
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
        {
            var i = (y * width + x) * 3;
            if (pixels[i] < 140 && pixels[i + 1] < 140 && pixels[i + 2] < 140) dark[x / (width / 4)]++;
        }
        var total = width * height;
        Assert.All(dark, d => Assert.InRange(d, 80, total / 4 / 2));   // every quarter has a glyph's ink, none is filled
    }

    [Fact]
    public void Two_images_of_the_same_answer_differ()
    {
        Assert.NotEqual(DecodePng(CaptchaImage.Render("AB3K")).Pixels, DecodePng(CaptchaImage.Render("AB3K")).Pixels);
    }

    [Fact]
    public void The_font_covers_the_whole_alphabet()
    {
        foreach (var c in CaptchaText.Alphabet)
        {
            var ink = 0;
            for (var y = 0; y < CaptchaFont.Height; y++)
            for (var x = 0; x < CaptchaFont.Width; x++)
                if (CaptchaFont.IsInk(c, x, y)) ink++;
            Assert.True(ink >= 7, $"'{c}' has a glyph");
        }
        Assert.Throws<ArgumentException>(() => CaptchaFont.IsInk('0', 0, 0));
    }

    /// <summary>An independent reading of the PNG: chunk CRCs (bitwise CRC-32), IHDR, zlib IDAT, filter-0 rows, IEND last.</summary>
    private static (int Width, int Height, byte[] Pixels) DecodePng(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        int width = 0, height = 0, offset = 8;
        using var idat = new MemoryStream();
        string type;
        do
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(BitwiseCrc32(png.AsSpan(offset + 4, 4 + length)), crc);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                Assert.Equal(2, data[9]);
            }
            if (type == "IDAT") idat.Write(data);
            offset += 12 + length;
        } while (type != "IEND");
        Assert.Equal(png.Length, offset);

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress)) zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        Assert.Equal(height * (1 + width * 3), raw.Length);
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (1 + width * 3)]);
            Array.Copy(raw, y * (1 + width * 3) + 1, pixels, y * width * 3, width * 3);
        }
        return (width, height, pixels);
    }

    private static uint BitwiseCrc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
        }
        return ~crc;
    }
}
