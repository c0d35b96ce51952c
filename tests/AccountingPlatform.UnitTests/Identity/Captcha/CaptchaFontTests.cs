using AccountingPlatform.Identity.Captcha;

namespace AccountingPlatform.UnitTests.Identity.Captcha;

public sealed class CaptchaFontTests
{
    [Fact]
    public void Draws_exactly_the_alphabet_with_distinct_inked_glyphs()
    {
        Assert.Equal(CaptchaText.Alphabet.Order(), CaptchaFont.Characters.Order());

        var shapes = CaptchaText.Alphabet.Select(c => CaptchaFont.Glyph(c)).ToList();
        Assert.All(shapes, g => Assert.Equal((CaptchaFont.Rows, CaptchaFont.Columns), (g.GetLength(0), g.GetLength(1))));
        Assert.All(shapes, g => Assert.InRange(g.Cast<bool>().Count(ink => ink), 8, 30));
        var distinct = shapes.Select(g => string.Concat(g.Cast<bool>().Select(ink => ink ? '#' : '.'))).Distinct();
        Assert.Equal(shapes.Count, distinct.Count());
    }

    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('L')]
    [InlineData('a')]
    [InlineData(' ')]
    public void Has_no_glyph_outside_the_alphabet(char c) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaptchaFont.Glyph(c));

    [Fact]
    public void A_glyph_is_a_copy_so_callers_cannot_change_the_font()
    {
        CaptchaFont.Glyph('T')[0, 0] = false;

        Assert.True(CaptchaFont.Glyph('T')[0, 0]);
    }
}
