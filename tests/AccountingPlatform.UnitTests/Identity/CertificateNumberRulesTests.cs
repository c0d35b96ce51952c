using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.UnitTests.Identity;

public sealed class CertificateNumberRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData(CertificateType.HongKongMacaoPass, "H12345678", true)]
    [InlineData(CertificateType.HongKongMacaoPass, "X12345678", false)]
    [InlineData(CertificateType.TaiwanPass, "12345678", true)]
    [InlineData(CertificateType.TaiwanPass, "1234567", false)]
    [InlineData(CertificateType.Passport, "E12345678", true)]
    [InlineData(CertificateType.Passport, "E1234-678", false)]
    [InlineData(CertificateType.ForeignPermanentResidentCard, "USA123456789012", true)]
    [InlineData(CertificateType.ForeignPermanentResidentCard, "93384019870101123X", true)]
    [InlineData(CertificateType.ForeignPermanentResidentCard, "USA12345678901", false)]
    [InlineData(CertificateType.ResidentIdCard, "11010519491231002X", true)]
    [InlineData(CertificateType.ResidentIdCard, "H12345678", false)]
    public void Each_certificate_type_has_its_own_format(CertificateType type, string number, bool valid) =>
        Assert.Equal(valid, CertificateNumberRules.IsValid(type, number, Today));
}
