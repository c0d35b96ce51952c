using System.Text;
using AccountingPlatform.Images;

namespace AccountingPlatform.UnitTests.Images;

public sealed class ImageInspectorTests
{
    [Fact]
    public void A_png_is_recognised_with_its_real_dimensions()
    {
        var result = ImageInspector.Inspect(TestImages.NoisePng(413, 295));
        Assert.True(result.IsImage, result.Problem);
        Assert.Equal((ImageFormat.Png, 413, 295), (result.Format!.Value, result.Width, result.Height));
        Assert.Equal("image/png", result.ContentType);
    }

    [Fact]
    public void A_jpeg_is_recognised_with_its_real_dimensions()
    {
        var result = ImageInspector.Inspect(TestImages.Jpeg(640, 480));
        Assert.True(result.IsImage, result.Problem);
        Assert.Equal((ImageFormat.Jpeg, 640, 480), (result.Format!.Value, result.Width, result.Height));
    }

    [Fact]
    public void A_pdf_renamed_to_jpg_is_not_an_image()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF");
        Assert.False(ImageInspector.Inspect(pdf).IsImage);
    }

    [Fact]
    public void A_truncated_png_or_jpeg_is_refused()
    {
        var png = TestImages.NoisePng(100, 100);
        Assert.False(ImageInspector.Inspect(png.AsSpan(0, png.Length - 20)).IsImage);
        var jpeg = TestImages.Jpeg(100, 100);
        Assert.False(ImageInspector.Inspect(jpeg.AsSpan(0, jpeg.Length - 2)).IsImage);
    }

    [Fact]
    public void A_png_with_a_corrupted_byte_fails_its_checksum()
    {
        var png = TestImages.NoisePng(64, 64);
        png[png.Length / 2] ^= 0x55;
        Assert.False(ImageInspector.Inspect(png).IsImage);
    }

    [Fact]
    public void A_png_whose_header_claims_more_pixels_than_its_data_holds_is_refused()
    {
        var png = TestImages.NoisePng(64, 64);
        png[16 + 3] = 65;   // IHDR width 64 → 65, CRC made right again: only the data can tell
        var crc = Crc32.Of(png.AsSpan(12, 17));
        png[29] = (byte)(crc >> 24); png[30] = (byte)(crc >> 16); png[31] = (byte)(crc >> 8); png[32] = (byte)crc;
        Assert.False(ImageInspector.Inspect(png).IsImage);
    }

    [Fact]
    public void A_jpeg_without_a_frame_header_or_scan_is_refused()
    {
        byte[] onlyMarkers = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xD9];
        Assert.False(ImageInspector.Inspect(onlyMarkers).IsImage);
    }
}
