using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class PersonalDataAccountTests
{
    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("11010519491231002X", "110105********002X")]
    [InlineData("H12345678", "H1***5678")]
    public void A_login_account_is_masked_as_the_phone_or_certificate_number_it_is(string account, string masked) =>
        Assert.Equal(masked, PersonalData.MaskAccount(account));
}
