namespace AccountingPlatform.Web.Platform;

/// <summary>The certificate types Identity accepts, by their Chinese names.</summary>
public static class CertificateTypes
{
    public static readonly IReadOnlyList<(string Value, string Text)> All =
    [
        ("ResidentIdCard", "居民身份证"),
        ("HongKongMacaoPass", "港澳居民来往内地通行证"),
        ("TaiwanPass", "台湾居民来往大陆通行证"),
        ("Passport", "护照"),
        ("ForeignPermanentResidentCard", "外国人永久居留身份证"),
    ];
}
