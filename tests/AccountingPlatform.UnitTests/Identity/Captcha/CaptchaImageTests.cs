using AccountingPlatform.Identity.Captcha;

namespace AccountingPlatform.UnitTests.Identity.Captcha;

public sealed class CaptchaImageTests
{
    [Fact]
    public void Renders_a_valid_120_by_40_png()
    {
        var (width, height, _) = PngReader.Decode(CaptchaImage.Render("K7WQ3"));

        Assert.Equal((120, 40), (width, height));
        Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), (width, height));
    }

    [Fact]
    public void Two_renders_of_the_same_text_differ_and_both_are_valid()
    {
        var first = CaptchaImage.Render("K7WQ");
        var second = CaptchaImage.Render("K7WQ");

        Assert.NotEqual(first, second);
        Assert.NotEqual(PngReader.Decode(first).Rgb, PngReader.Decode(second).Rgb);
    }

    [Theory]
    [InlineData("K7WQ")]
    [InlineData("2B8S5")]
    [InlineData("MWNHE")]
    public void Is_mostly_background_with_a_fair_share_of_contrasting_ink(string text)
    {
        for (var i = 0; i < 5; i++)
        {
            var (_, _, rgb) = PngReader.Decode(CaptchaImage.Render(text));
            var background = MostCommonColour(rgb);

            Assert.InRange(Share(rgb, p => p == background), 0.4, 0.9);
            Assert.InRange(Share(rgb, p => Luminance(background) - Luminance(p) >= 100), 0.08, 0.5);
        }
    }

    [Theory]
    [InlineData("7777")]
    [InlineData("K7WQ3")]
    [InlineData("TJ7VY")]
    [InlineData("23456")]
    public void Every_glyph_puts_contrasting_ink_in_its_own_part_of_the_image(string text)
    {
        // Without noise curves, which cross every part, ink in a part can only come from glyphs.
        for (var seed = 0; seed < 50; seed++)
        {
            var rgb = CaptchaImage.DrawPixels(text, new Random(seed), drawNoise: false);
            var background = MostCommonColour(rgb);
            var slot = CaptchaImage.Width / text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                var ink = 0;
                for (var y = 0; y < CaptchaImage.Height; y++)
                    for (var x = i * slot; x < (i + 1) * slot; x++)
                        if (Luminance(background) - Luminance(Pixel(rgb, y * CaptchaImage.Width + x)) >= 100) ink++;
                Assert.True(ink >= 60, $"'{text[i]}' of {text} (seed {seed}) has only {ink} inked pixels in its part");
            }
        }
    }

    [Fact]
    public void Without_glyphs_in_a_part_that_part_stays_background()
    {
        // A one-character text is drawn near the middle; the outer quarters stay plain without noise.
        var rgb = CaptchaImage.DrawPixels("M", new Random(7), drawNoise: false);
        var background = MostCommonColour(rgb);
        for (var y = 0; y < CaptchaImage.Height; y++)
            for (var x = 0; x < 30; x++)
                Assert.Equal(background, Pixel(rgb, y * CaptchaImage.Width + x));
    }

    [Fact]
    public void Renders_every_character_of_the_alphabet()
    {
        foreach (var chunk in CaptchaText.Alphabet.Chunk(5))
        {
            var (width, height, rgb) = PngReader.Decode(CaptchaImage.Render(new string(chunk)));
            Assert.Equal((CaptchaImage.Width, CaptchaImage.Height), (width, height));
            Assert.True(Share(rgb, p => Luminance(MostCommonColour(rgb)) - Luminance(p) >= 100) > 0.05, new string(chunk));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("K0WQ")]
    [InlineData("k7wq")]
    [InlineData("K7WQ23A")]
    public void Refuses_text_it_cannot_draw(string text) =>
        Assert.ThrowsAny<ArgumentException>(() => CaptchaImage.Render(text));

    private static (byte R, byte G, byte B) Pixel(byte[] rgb, int index) => (rgb[index * 3], rgb[index * 3 + 1], rgb[index * 3 + 2]);

    private static double Luminance((byte R, byte G, byte B) p) => 0.299 * p.R + 0.587 * p.G + 0.114 * p.B;

    private static (byte R, byte G, byte B) MostCommonColour(byte[] rgb) =>
        Enumerable.Range(0, rgb.Length / 3).Select(i => Pixel(rgb, i)).GroupBy(p => p).MaxBy(g => g.Count())!.Key;

    private static double Share(byte[] rgb, Func<(byte R, byte G, byte B), bool> predicate) =>
        Enumerable.Range(0, rgb.Length / 3).Count(i => predicate(Pixel(rgb, i))) / (rgb.Length / 3.0);
}
