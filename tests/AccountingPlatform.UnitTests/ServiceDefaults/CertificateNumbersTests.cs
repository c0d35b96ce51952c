using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class CertificateNumbersTests
{
    [Theory]
    [InlineData(" 11010519491231002x ", "11010519491231002X")]
    [InlineData("e12345678", "E12345678")]
    [InlineData("110105194912310021", "110105194912310021")]
    public void A_number_is_kept_without_blanks_and_upper_case(string typed, string kept) => Assert.Equal(kept, CertificateNumbers.Normalize(typed));
}
