namespace AccountingPlatform.RealName.Online;

/// <summary>The three photos of an online application.</summary>
public enum CertificatePhotoKind
{
    /// <summary>证件人像面.</summary>
    PortraitSide,
    /// <summary>证件非人像面 (国徽面).</summary>
    OtherSide,
    /// <summary>手持证件照.</summary>
    Handheld,
}
