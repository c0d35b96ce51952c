using System.Text.RegularExpressions;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>Format checks for every certificate type; 居民身份证 is checked in full by <see cref="ResidentIdNumber"/>.</summary>
public static partial class CertificateNumberRules
{
    public static bool IsValid(CertificateType type, string number, DateOnly today) => type switch
    {
        CertificateType.ResidentIdCard => ResidentIdNumber.TryParse(number, today, out _),
        CertificateType.HongKongMacaoPass => HongKongMacaoPass().IsMatch(number),
        CertificateType.TaiwanPass => TaiwanPass().IsMatch(number),
        CertificateType.Passport => Passport().IsMatch(number),
        CertificateType.ForeignPermanentResidentCard => ForeignPermanentResident().IsMatch(number),
        _ => false,
    };

    [GeneratedRegex("^[HM][0-9]{8,10}$")]
    private static partial Regex HongKongMacaoPass();

    [GeneratedRegex("^[0-9]{8}$")]
    private static partial Regex TaiwanPass();

    [GeneratedRegex("^[A-Z0-9]{5,17}$")]
    private static partial Regex Passport();

    // 2017 version: 15 characters (3 letters + 12 digits); 2023 version: 18 characters starting with 9.
    [GeneratedRegex("^([A-Z]{3}[0-9]{12}|9[0-9]{16}[0-9X])$")]
    private static partial Regex ForeignPermanentResident();
}
