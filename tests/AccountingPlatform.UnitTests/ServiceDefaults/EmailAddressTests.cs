using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("zhangsan@example.cn")]
    [InlineData("pay-0f8e@mail.example.com.cn")]
    [InlineData("a.b+c@qq.com")]
    public void Accepts_ordinary_addresses(string email) => Assert.True(EmailAddress.IsValid(email));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("zhangsan")]
    [InlineData("zhangsan@example")]
    [InlineData("@example.cn")]
    [InlineData("zhang san@example.cn")]
    [InlineData(" zhangsan@example.cn")]
    [InlineData("zhangsan@example.cn ")]
    [InlineData("zhang@san@example.cn")]
    public void Refuses_what_is_not_an_address(string? email) => Assert.False(EmailAddress.IsValid(email));

    [Fact]
    public void Takes_at_most_100_characters()
    {
        var domain = "@example.cn";
        Assert.True(EmailAddress.IsValid(new string('a', 100 - domain.Length) + domain));
        Assert.False(EmailAddress.IsValid(new string('a', 101 - domain.Length) + domain));
    }
}
