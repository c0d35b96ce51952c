namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>
/// The refusals the emulator answers. 00 is confirmed (hyperbolaa/Unionpay README: 00 success, 10–29 message format,
/// 30–59 merchant-side business checks); the exact two-digit codes below are the emulator's stand-ins from UnionPay's
/// response-code table as remembered, not confirmed in the searchable material.
/// </summary>
public static class UnionPayRespCodes
{
    public const string Success = "00";
    public const string FormatError = "10";
    public const string SignatureInvalid = "11";
    public const string Duplicate = "12";
    public const string MerchantUnknown = "31";
    public const string NoSuchTransaction = "34";
    public const string OriginalStateWrong = "35";
    public const string AmountExceeded = "39";
}
