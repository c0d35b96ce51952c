using AccountingPlatform.Web.Components.Shared;
using Bunit;

namespace AccountingPlatform.UnitTests.Web;

/// <summary>A portal field tells a screen reader its name, its hint and its errors, and marks an error by more than colour.</summary>
public sealed class FieldTests : BunitContext
{
    [Fact]
    public void A_refused_field_is_invalid_and_described_by_its_hint_and_its_error_in_words()
    {
        var field = Render<Field>(p => p.Add(f => f.Id, "phone").Add(f => f.Label, "手机号码").Add(f => f.Name, "Form.Phone")
            .Add(f => f.Value, "12345").Add(f => f.Hint, "用于登录").Add(f => f.Required, true)
            .Add(f => f.Errors, ["请输入正确的11位手机号码"]));

        var input = field.Find("input#phone");
        Assert.Equal("12345", input.GetAttribute("value"));   // what was typed is kept
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("true", input.GetAttribute("aria-required"));
        Assert.Equal("phone-hint phone-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("手机号码", field.Find("label[for=phone]").TextContent);
        var error = field.Find("#phone-error");
        Assert.Contains("请输入正确的11位手机号码", error.TextContent);
        Assert.Equal("✕", error.QuerySelector(".error-mark")!.TextContent);
    }

    [Fact]
    public void A_field_without_errors_claims_none()
    {
        var input = Render<Field>(p => p.Add(f => f.Id, "name").Add(f => f.Label, "姓名").Add(f => f.Name, "Form.Name")).Find("input#name");
        Assert.Null(input.GetAttribute("aria-invalid"));
        Assert.Null(input.GetAttribute("aria-describedby"));
    }
}
