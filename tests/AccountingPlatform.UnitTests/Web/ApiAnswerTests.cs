using System.Text.Json;
using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Sessions;

namespace AccountingPlatform.UnitTests.Web;

public sealed class ApiAnswerTests
{
    private static ApiAnswer Refusal(string code, string detail, Dictionary<string, string[]>? errors = null) =>
        new(400, default(JsonElement), new ApiProblemView(code, null, detail, errors ?? []), null);

    [Fact]
    public void A_fields_own_messages_come_first_then_a_problem_about_it_that_names_no_field()
    {
        var wrongCaptcha = Refusal("IDENTITY_CAPTCHA_INVALID", "图形验证码错误，请刷新后重新输入");
        Assert.Equal(["图形验证码错误，请刷新后重新输入"], wrongCaptcha.ErrorsFor("captchaCode", "IDENTITY_CAPTCHA_INVALID"));
        Assert.Empty(wrongCaptcha.ErrorsFor("password", "IDENTITY_CREDENTIALS_INVALID"));

        var invalid = Refusal("IDENTITY_REGISTRATION_INVALID", "提交的信息有误", new() { ["phone"] = ["请输入正确的11位手机号码"] });
        Assert.Equal(["请输入正确的11位手机号码"], invalid.ErrorsFor("phone"));
    }

    [Fact]
    public void Only_a_503_with_retry_after_is_retried_by_the_page()
    {
        Assert.True(new ApiAnswer(503, default, null, TimeSpan.FromSeconds(1)).ShouldRetry);
        Assert.False(new ApiAnswer(503, default, null, null).ShouldRetry);
        Assert.False(new ApiAnswer(429, default, null, TimeSpan.FromSeconds(30)).ShouldRetry);
        Assert.True(ApiAnswer.Unreachable.ShouldRetry);
    }

    [Theory]
    [InlineData("/exam?x=1", "/exam?x=1")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData(null, "/")]
    public void After_login_only_a_path_of_this_site(string? returnUrl, string expected) => Assert.Equal(expected, ReturnUrls.LocalOrHome(returnUrl));
}
