using AccountingPlatform.Images;

namespace AccountingPlatform.TestSupport;

/// <summary>Real image files made in memory: PNGs of noise (so they do not compress below a size) and minimal baseline JPEG structures.</summary>
public static class TestImages
{
    /// <summary>A PNG of noise (noise does not compress: about width × height × 3 bytes), different each time.</summary>
    public static byte[] NoisePng(int width, int height)
    {
        var pixels = new byte[width * height * 3];
        Random.Shared.NextBytes(pixels);
        return PngEncoder.Encode(width, height, pixels);
    }

    /// <summary>SOI, APP0, DQT, SOF0 (the dimensions), DHT, SOS with entropy-coded bytes (a stuffed FF00 and a restart marker), EOI.</summary>
    public static byte[] Jpeg(int width, int height, int entropyBytes = 64)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        Segment(bytes, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(bytes, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(bytes, 0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);
        Segment(bytes, 0xC4, [0, 0, 1, .. new byte[15], 0]);
        Segment(bytes, 0xDA, [1, 1, 0, 0, 63, 0]);
        for (var i = 0; i < entropyBytes; i++) bytes.Add((byte)Random.Shared.Next(0, 0xFF));
        bytes.AddRange([0xFF, 0x00, 0x12, 0xFF, 0xD0, 0x34]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    private static void Segment(List<byte> bytes, byte marker, byte[] payload)
    {
        bytes.AddRange([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        bytes.AddRange(payload);
    }
}
