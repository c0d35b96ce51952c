namespace AccountingPlatform.Payment.Orders;

/// <summary>How the candidate pays: the app that scans the order's QR code.</summary>
public enum PaymentChannel
{
    Alipay,
    WeChatPay,
    /// <summary>云闪付 and bank apps, through UnionPay's QR payments.</summary>
    UnionPay,
}
