using AccountingPlatform.Images;
using System.Security.Cryptography;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>
/// Draws a captcha answer as a 120×40 RGB PNG: each <see cref="CaptchaFont"/> glyph scaled, sheared, rotated and
/// offset at random, the whole line bent by a wave, in dark random colours on a light background, with noise curves
/// in the same dark colours and scattered dots drawn over it.
/// </summary>
public static class CaptchaImage
{
    public const int Width = 120;
    public const int Height = 40;
    public const int MaxCharacters = 6;
    private const int SamplesPerAxis = 3; // 3×3 samples per pixel give anti-aliased edges

    public static byte[] Render(string text) =>
        PngEncoder.Encode(Width, Height, DrawPixels(text, new Random(RandomNumberGenerator.GetInt32(int.MaxValue)), drawNoise: true));

    /// <summary>The RGB pixels, row by row. Tests pass a seeded <see cref="Random"/> and may leave the noise out.</summary>
    internal static byte[] DrawPixels(string text, Random random, bool drawNoise)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (text.Length > MaxCharacters) throw new ArgumentException($"A captcha has at most {MaxCharacters} characters.", nameof(text));
        var glyphs = text.Select(CaptchaFont.Glyph).ToArray();

        var pixels = new byte[Width * Height * 3];
        var background = LightColour(random);
        for (var i = 0; i < pixels.Length; i += 3) (pixels[i], pixels[i + 1], pixels[i + 2]) = background;

        var waveAmplitude = Between(random, 1.0, 2.5);
        var wavePeriod = Between(random, 45, 80);
        var wavePhase = Between(random, 0, 2 * Math.PI);
        var inkColours = new (byte R, byte G, byte B)[glyphs.Length];
        var slot = (double)Width / glyphs.Length;
        for (var i = 0; i < glyphs.Length; i++)
        {
            inkColours[i] = DarkColour(random);
            var scale = Between(random, 2.9, 3.5); // pixels per font cell
            var stretchY = Between(random, 1.0, 1.12);
            var shear = Between(random, -0.25, 0.25);
            var angle = Between(random, -0.3, 0.3); // about ±17°
            var dotRadius = Between(random, 0.64, 0.76); // in cells; about √2/2 so diagonal dots (nearly) join

            // Font cell (u, v) maps to the image by rotate · shear · scale about the glyph centre (2.5, 3.5).
            double cos = Math.Cos(angle), sin = Math.Sin(angle);
            double a = cos, b = (cos * shear - sin) * stretchY, c = sin, d = (sin * shear + cos) * stretchY;

            // Shrink the glyph if its inked box would not fit, then place it at random where it does fit whole.
            double halfU = CaptchaFont.Columns / 2.0 + dotRadius, halfV = CaptchaFont.Rows / 2.0 + dotRadius;
            var extentX = (Math.Abs(a) * halfU + Math.Abs(b) * halfV) * scale;
            var extentY = (Math.Abs(c) * halfU + Math.Abs(d) * halfV) * scale;
            var roomY = Height / 2.0 - 1 - waveAmplitude;
            if (extentY > roomY)
            {
                extentX *= roomY / extentY;
                scale *= roomY / extentY;
                extentY = roomY;
            }
            var centreX = Math.Clamp(slot * (i + Between(random, 0.38, 0.62)), extentX + 1, Width - 1 - extentX);
            var centreY = Height / 2.0 + Between(random, -1, 1) * Math.Min(2, roomY - extentY);
            a *= scale; b *= scale; c *= scale; d *= scale;
            var det = a * d - b * c;
            double ia = d / det, ib = -b / det, ic = -c / det, id = a / det;

            var glyph = glyphs[i];
            for (var y = 0; y < Height; y++)
            {
                for (var x = (int)Math.Max(0, centreX - extentX - 1); x < Math.Min(Width, centreX + extentX + 1); x++)
                {
                    var hits = 0;
                    for (var sy = 0; sy < SamplesPerAxis; sy++)
                    {
                        for (var sx = 0; sx < SamplesPerAxis; sx++)
                        {
                            var px = x + (sx + 0.5) / SamplesPerAxis;
                            var py = y + (sy + 0.5) / SamplesPerAxis - waveAmplitude * Math.Sin(2 * Math.PI * px / wavePeriod + wavePhase);
                            double dx = px - centreX, dy = py - centreY;
                            if (IsInk(glyph, ia * dx + ib * dy + 2.5, ic * dx + id * dy + 3.5, dotRadius)) hits++;
                        }
                    }
                    if (hits > 0) Blend(pixels, x, y, inkColours[i], (double)hits / (SamplesPerAxis * SamplesPerAxis));
                }
            }
        }

        if (drawNoise)
        {
            var curves = random.Next(2, 4);
            for (var i = 0; i < curves; i++) DrawCurve(pixels, random, inkColours[random.Next(inkColours.Length)]);
            for (var i = Width * Height / 25; i > 0; i--)
            {
                (byte, byte, byte) colour = ((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
                Blend(pixels, random.Next(Width), random.Next(Height), colour, 1);
            }
        }
        return pixels;
    }

    /// <summary>True when the point (u, v), in font cells, lies within a round dot centred on an inked cell.</summary>
    private static bool IsInk(bool[,] glyph, double u, double v, double radius)
    {
        var firstRow = Math.Max(0, (int)Math.Floor(v - 0.5 - radius));
        var lastRow = Math.Min(CaptchaFont.Rows - 1, (int)Math.Ceiling(v - 0.5 + radius));
        var firstColumn = Math.Max(0, (int)Math.Floor(u - 0.5 - radius));
        var lastColumn = Math.Min(CaptchaFont.Columns - 1, (int)Math.Ceiling(u - 0.5 + radius));
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                if (!glyph[row, column]) continue;
                double du = u - (column + 0.5), dv = v - (row + 0.5);
                if (du * du + dv * dv <= radius * radius) return true;
            }
        }
        return false;
    }

    /// <summary>A thin wavy line across the whole width, anti-aliased by its distance from each pixel centre.</summary>
    private static void DrawCurve(byte[] pixels, Random random, (byte R, byte G, byte B) colour)
    {
        var start = Between(random, 8, Height - 8);
        var slope = Between(random, -0.15, 0.15);
        var amplitude = Between(random, 2, 6);
        var period = Between(random, 30, 90);
        var phase = Between(random, 0, 2 * Math.PI);
        var halfThickness = Between(random, 0.35, 0.65);
        for (var x = 0; x < Width; x++)
        {
            var t = 2 * Math.PI * (x + 0.5) / period + phase;
            var centre = start + slope * (x + 0.5 - Width / 2.0) + amplitude * Math.Sin(t);
            var steepness = Math.Sqrt(1 + Math.Pow(slope + amplitude * 2 * Math.PI / period * Math.Cos(t), 2));
            for (var y = 0; y < Height; y++)
            {
                var coverage = Math.Clamp(halfThickness + 0.5 - Math.Abs(y + 0.5 - centre) / steepness, 0, 1);
                if (coverage > 0) Blend(pixels, x, y, colour, coverage);
            }
        }
    }

    private static void Blend(byte[] pixels, int x, int y, (byte R, byte G, byte B) colour, double coverage)
    {
        var i = (y * Width + x) * 3;
        pixels[i] = Mix(pixels[i], colour.R, coverage);
        pixels[i + 1] = Mix(pixels[i + 1], colour.G, coverage);
        pixels[i + 2] = Mix(pixels[i + 2], colour.B, coverage);
    }

    private static byte Mix(byte under, byte over, double coverage) => (byte)Math.Round(under + (over - under) * coverage);

    private static (byte R, byte G, byte B) LightColour(Random random) =>
        ((byte)random.Next(225, 256), (byte)random.Next(225, 256), (byte)random.Next(225, 256));

    /// <summary>A dark colour (luminance at most 90 of 255) so ink stands at least 135 levels below the background.</summary>
    private static (byte R, byte G, byte B) DarkColour(Random random)
    {
        while (true)
        {
            (byte R, byte G, byte B) colour = ((byte)random.Next(0, 150), (byte)random.Next(0, 150), (byte)random.Next(0, 150));
            if (0.299 * colour.R + 0.587 * colour.G + 0.114 * colour.B <= 90) return colour;
        }
    }

    private static double Between(Random random, double low, double high) => low + random.NextDouble() * (high - low);
}
