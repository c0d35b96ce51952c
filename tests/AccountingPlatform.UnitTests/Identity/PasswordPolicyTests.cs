using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.UnitTests.Identity;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("Kuaiji@2024")]
    [InlineData("kuaiji2024!")]
    [InlineData("KUAIJI2024k")]
    public void Accepts_passwords_of_8_to_32_characters_with_three_character_classes(string password) =>
        Assert.Null(PasswordPolicy.Check(password, "13800138000", "11010519491231002X"));

    [Theory]
    [InlineData("Kj@2024", "密码长度应为8至32位")]
    [InlineData("kuaijikuaiji", "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类")]
    [InlineData("kuaiji20242024", "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类")]
    [InlineData("Aa13800138000", "密码不能包含手机号码")]
    [InlineData("Aa@11010519491231002x", "密码不能包含证件号码")]
    public void Refuses_weak_passwords_with_the_reason(string password, string reason) =>
        Assert.Equal(reason, PasswordPolicy.Check(password, "13800138000", "11010519491231002X"));
}
