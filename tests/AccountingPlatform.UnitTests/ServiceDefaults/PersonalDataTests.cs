using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class PersonalDataTests
{
    [Fact]
    public void Masks_certificate_numbers_as_the_conventions_show() =>
        Assert.Equal("110105********002X", PersonalData.MaskCertificateNumber("11010519491231002X"));

    [Fact]
    public void Masks_phone_numbers_as_the_conventions_show() => Assert.Equal("138****1234", PersonalData.MaskPhone("13812341234"));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("张", "张*")]
    public void Masks_names_keeping_only_the_first_character(string name, string masked) => Assert.Equal(masked, PersonalData.MaskName(name));

    [Fact]
    public void Short_values_are_masked_whole() => Assert.Equal("***", PersonalData.MaskCertificateNumber("H12"));
}
