using System.Security.Cryptography;
using AccountingPlatform.Images;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>
/// Draws the answer as a 120×40 PNG a person reads easily: each character scaled from the bitmap font, sheared and
/// shifted at random in its own dark colour on a light background, crossed by random lines and speckled with dots.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 120;
    public const int Height = 40;
    private const int Scale = 4;   // a glyph is 20×28 pixels

    public static byte[] Render(string text)
    {
        var random = new Random(RandomNumberGenerator.GetInt32(int.MaxValue));
        var pixels = new byte[Width * Height * 3];
        var background = (R: (byte)random.Next(225, 256), G: (byte)random.Next(225, 256), B: (byte)random.Next(225, 256));
        for (var i = 0; i < pixels.Length; i += 3) (pixels[i], pixels[i + 1], pixels[i + 2]) = background;

        var slot = Width / Math.Max(1, text.Length);
        for (var n = 0; n < text.Length; n++)
        {
            var ink = DarkColour(random);
            var left = n * slot + (slot - CaptchaFont.Width * Scale) / 2 + random.Next(-3, 4);
            var top = (Height - CaptchaFont.Height * Scale) / 2 + random.Next(-4, 5);
            var shear = (random.NextDouble() - 0.5) * 0.6;   // up to ±0.3 pixel per row: a slant either way
            for (var gy = 0; gy < CaptchaFont.Height * Scale; gy++)
            for (var gx = 0; gx < CaptchaFont.Width * Scale; gx++)
            {
                if (!CaptchaFont.IsInk(text[n], gx / Scale, gy / Scale)) continue;
                var x = left + gx + (int)Math.Round((CaptchaFont.Height * Scale / 2 - gy) * shear);
                Plot(pixels, x, top + gy, ink);
            }
        }

        for (var line = 0; line < 4; line++)
            DrawLine(pixels, random.Next(0, Width), random.Next(0, Height), random.Next(0, Width), random.Next(0, Height), DarkColour(random));
        for (var dot = 0; dot < 120; dot++)
            Plot(pixels, random.Next(0, Width), random.Next(0, Height), DarkColour(random));

        return PngEncoder.Encode(Width, Height, pixels);
    }

    private static (byte R, byte G, byte B) DarkColour(Random random) =>
        ((byte)random.Next(0, 140), (byte)random.Next(0, 140), (byte)random.Next(0, 140));

    private static void Plot(byte[] pixels, int x, int y, (byte R, byte G, byte B) colour)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height) return;
        var i = (y * Width + x) * 3;
        (pixels[i], pixels[i + 1], pixels[i + 2]) = colour;
    }

    private static void DrawLine(byte[] pixels, int x0, int y0, int x1, int y1, (byte R, byte G, byte B) colour)
    {
        int dx = Math.Abs(x1 - x0), dy = -Math.Abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, error = dx + dy;
        while (true)
        {
            Plot(pixels, x0, y0, colour);
            if (x0 == x1 && y0 == y1) return;
            var e2 = 2 * error;
            if (e2 >= dy) { error += dy; x0 += sx; }
            if (e2 <= dx) { error += dx; y0 += sy; }
        }
    }
}
