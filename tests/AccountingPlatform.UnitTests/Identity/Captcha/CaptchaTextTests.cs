using AccountingPlatform.Identity.Captcha;

namespace AccountingPlatform.UnitTests.Identity.Captcha;

public sealed class CaptchaTextTests
{
    [Fact]
    public void Answers_are_4_or_5_characters_from_the_alphabet_without_look_alikes()
    {
        var answers = Enumerable.Range(0, 2000).Select(_ => CaptchaText.Generate()).ToList();

        Assert.All(answers, a => Assert.InRange(a.Length, 4, 5));
        Assert.All(answers, a => Assert.True(a.All(CaptchaText.Alphabet.Contains), a));
        Assert.DoesNotContain(answers, a => a.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0 || a.Any(char.IsLower));
        Assert.Contains(answers, a => a.Length == 4);
        Assert.Contains(answers, a => a.Length == 5);
        Assert.Equal(CaptchaText.Alphabet.Order(), answers.SelectMany(a => a).Distinct().Order());
        Assert.True(answers.Distinct().Count() > 1990, "answers repeat far more than chance");
    }

    [Theory]
    [InlineData("K7WQ", "K7WQ")]
    [InlineData("K7WQ", "k7wq")]
    [InlineData("K7WQ", "  k7Wq \t\n")]
    [InlineData("ab2cd", "AB2CD")]
    public void Matches_the_answer_ignoring_case_and_surrounding_whitespace(string expected, string given) =>
        Assert.True(CaptchaText.Matches(expected, given));

    [Theory]
    [InlineData("K7WQ", "K7WR")]
    [InlineData("K7WQ", "K7W")]
    [InlineData("K7WQ", "K7WQQ")]
    [InlineData("K7WQ", "K7 WQ")]
    [InlineData("K7WQ", "")]
    [InlineData("K7WQ", "   ")]
    [InlineData("K7WQ", null)]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Rejects_wrong_and_empty_answers(string? expected, string? given) =>
        Assert.False(CaptchaText.Matches(expected, given));
}
