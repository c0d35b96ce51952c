namespace AccountingPlatform.Identity.Accounts;

/// <summary>证件类型.</summary>
public enum CertificateType
{
    /// <summary>居民身份证</summary>
    ResidentIdCard,
    /// <summary>港澳居民来往内地通行证</summary>
    HongKongMacaoPass,
    /// <summary>台湾居民来往大陆通行证</summary>
    TaiwanPass,
    /// <summary>护照</summary>
    Passport,
    /// <summary>外国人永久居留身份证</summary>
    ForeignPermanentResidentCard,
}
