namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// Fixed values of the 全渠道 back-end protocol used for QR payments. Sources: yansongda/pay
/// src/Plugin/Unipay/Open/Pay/QrCode/{ScanPlugin,QueryPlugin,RefundPlugin,CancelPlugin}.php (version 5.1.0, signMethod 01,
/// encoding utf-8, bizType 000000, accessType 0, channelType 08, the txnType/txnSubType pairs) which cite
/// open.unionpay.com/tjweb/acproduct/APIList?apiservId=468 (acpAPIId 793 申请二维码, 792 查询, 799 退货, 800 撤销);
/// hyperbolaa/Unionpay README (txnType and respCode ranges).
/// </summary>
public static class UnionPayProtocol
{
    public const string Version = "5.1.0";
    public const string Encoding = "utf-8";
    /// <summary>01: RSA certificate signature (SHA-256 under version 5.1.0); 11/12 are SHA-256/SM3 with a shared key.</summary>
    public const string SignMethodRsa = "01";
    public const string BizTypeQrCode = "000000";
    /// <summary>0: the merchant connects directly (1: an acquirer, 2: a platform).</summary>
    public const string AccessTypeMerchant = "0";
    /// <summary>08: mobile (07: internet/PC).</summary>
    public const string ChannelTypeMobile = "08";
    /// <summary>156: CNY, the only currency of a domestic merchant.</summary>
    public const string CurrencyCny = "156";
    /// <summary>yyyyMMddHHmmss in Beijing time (txnTime, payTimeout).</summary>
    public const string TimePattern = "yyyyMMddHHmmss";

    public const string BackTransPath = "/gateway/api/backTransReq.do";
    public const string QueryTransPath = "/gateway/api/queryTrans.do";

    public const string TxnTypeQuery = "00";
    public const string TxnTypeConsume = "01";
    public const string TxnTypeRefund = "04";
    public const string TxnTypeConsumeUndo = "31";
    public const string TxnSubTypeDefault = "00";
    /// <summary>07 with txnType 01: 申请二维码 (the merchant shows a QR code; the payer scans it, 主扫).</summary>
    public const string TxnSubTypeApplyQrCode = "07";

    /// <summary>respCode/origRespCode 00: success.</summary>
    public const string SuccessCode = "00";

    /// <summary>
    /// 03, 04, 05: the outcome is not known yet; query again. The acp demo Form_6_4_Refund.php (hectorqin/lpays
    /// src/libs/upacp_apple_pay/demo/api_05_app/) treats them so and suggests querying at 1, 2, 4, 8, 16, 32 s.
    /// </summary>
    public static bool IsPending(string? code) => code is "03" or "04" or "05";
}
