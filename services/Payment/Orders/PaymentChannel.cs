namespace AccountingPlatform.Payment.Orders;

public enum PaymentChannel
{
    Alipay,
}
