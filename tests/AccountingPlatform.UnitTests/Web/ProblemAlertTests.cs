using System.Text.Json;
using AccountingPlatform.Web.Components.Shared;
using AccountingPlatform.Web.Platform;
using Bunit;

namespace AccountingPlatform.UnitTests.Web;

/// <summary>What a refused request looks like on a portal page: busy answers retried, others said once.</summary>
public sealed class ProblemAlertTests : BunitContext
{
    private static ApiAnswer Refusal(int status, string code, string detail, TimeSpan? retryAfter = null, Dictionary<string, string[]>? errors = null) =>
        new(status, default(JsonElement), new ApiProblemView(code, null, detail, errors ?? []), retryAfter);

    [Fact]
    public void A_busy_gateway_is_said_in_plain_words_with_the_seconds_until_the_form_is_sent_again()
    {
        var alert = Render<ProblemAlert>(p => p
            .Add(a => a.Answer, Refusal(503, "GATEWAY_BUSY", "当前访问人数较多，请稍后再试", TimeSpan.FromSeconds(2.2)))
            .Add(a => a.RetryAction, "login").Add(a => a.ActionName, "Form.Action"));

        var notice = alert.Find(".alert-busy");
        Assert.Equal("alert", notice.GetAttribute("role"));
        Assert.Equal("3", notice.GetAttribute("data-retry-after"));   // rounded up: never before the gateway said
        Assert.Contains("您填写的内容已保留", notice.TextContent);
        var retry = alert.Find("button[data-retry-now]");
        Assert.Equal("Form.Action", retry.GetAttribute("name"));
        Assert.Equal("login", retry.GetAttribute("value"));
    }

    [Fact]
    public void A_refusal_without_retry_after_is_an_error_not_a_retry()
    {
        var alert = Render<ProblemAlert>(p => p.Add(a => a.Answer, Refusal(401, "IDENTITY_CREDENTIALS_INVALID", "账号或密码错误")));
        Assert.Empty(alert.FindAll("[data-retry-after]"));
        Assert.Contains("账号或密码错误", alert.Find(".alert-error").TextContent);
    }

    [Fact]
    public void Field_errors_are_pointed_to_not_repeated_in_the_summary()
    {
        var alert = Render<ProblemAlert>(p => p.Add(a => a.Answer, Refusal(400, "IDENTITY_REGISTRATION_INVALID", "提交的信息有误，请检查后重试",
            errors: new() { ["phone"] = ["请输入正确的11位手机号码"] })));
        Assert.Contains("请查看下方标注的项目", alert.Markup);
        Assert.DoesNotContain("请输入正确的11位手机号码", alert.Markup);
    }

    [Fact]
    public void Nothing_is_shown_when_nothing_was_refused() =>
        Assert.Equal("", Render<ProblemAlert>(p => p.Add(a => a.Answer, null)).Markup.Trim());
}
