using System.Text;
using AccountingPlatform.Images;

namespace AccountingPlatform.UnitTests.Images;

public sealed class PngEncoderTests
{
    [Fact]
    public void Both_CRC_implementations_give_the_standard_check_value()
    {
        var check = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0xCBF43926u, Crc32.Of(check));
        Assert.Equal(0xCBF43926u, PngReader.BitwiseCrc32(check));
    }

    [Fact]
    public void Pixels_come_back_unchanged_with_the_declared_size()
    {
        byte[] pixels = [255, 0, 0, 0, 255, 0, 0, 0, 255, /* row 2 */ 1, 2, 3, 250, 251, 252, 128, 64, 32];

        var (width, height, rgb) = PngReader.Decode(PngEncoder.Encode(3, 2, pixels));

        Assert.Equal((3, 2), (width, height));
        Assert.Equal(pixels, rgb);
    }

    [Fact]
    public void Ends_with_the_standard_IEND_chunk()
    {
        var png = PngEncoder.Encode(1, 1, [0, 0, 0]);

        Assert.Equal([0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82], png[^12..]);
    }

    [Fact]
    public void A_corrupted_byte_fails_the_chunk_CRC()
    {
        var png = PngEncoder.Encode(2, 2, new byte[12]);
        png[16] ^= 0x01; // inside IHDR's width

        Assert.ThrowsAny<Exception>(() => PngReader.Chunks(png));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(2, 2, 11)]
    [InlineData(2, 2, 13)]
    public void Refuses_a_size_that_does_not_match_the_pixels(int width, int height, int pixelBytes) =>
        Assert.ThrowsAny<ArgumentException>(() => PngEncoder.Encode(width, height, new byte[pixelBytes]));
}
