namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// The answer to 申请二维码: <c>qrCode</c> (the text to render as the QR image, e.g. <c>https://qr.95516.com/…</c>), with
/// the <c>orderId</c> and <c>txnTime</c> the order was made with (both name it in query and refund).
/// Response fields as in jifuwei/lol …/product/qrcode/model/QRCodeMasterImgSyncResp.java.
/// </summary>
public sealed record UnionPayQrCode(string OrderId, string TxnTime, string QrCode, DateTimeOffset ExpiresAt);
