using AccountingPlatform.Channels.WeChatPay;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Orders;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.WeChatPay;

/// <summary>
/// WeChat Pay API v3 Native (the buyer scans): Native下单, 查询订单, 关闭订单, 申请退款
/// (https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_4_1.shtml and the pages beside it).
/// </summary>
public sealed class WeChatPayPaymentChannel(WeChatPayClient wechat, IOptions<WeChatPayOptions> options) : IPaymentChannel
{
    public PaymentChannel Channel => PaymentChannel.WeChatPay;

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.MchId);

    public bool ClosesTrades => true;

    /// <summary>The same out_trade_no with the same order answers the same code_url; <c>time_expire</c> is the order's expiry.</summary>
    public Task<string> CreateQrCodeAsync(PaymentOrder order, string subject, CancellationToken cancellationToken) =>
        wechat.CreateNativeOrderAsync(order.OutTradeNo, subject, order.AmountFen, order.ExpiresAt, cancellationToken);

    /// <summary>trade_state SUCCESS paid (REFUND: paid, then refunded); CLOSED/REVOKED/PAYERROR closed; ORDER_NOT_EXIST unpaid.</summary>
    public async Task<ChannelTrade> QueryAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        WeChatPayTransaction transaction;
        try
        {
            transaction = await wechat.QueryByOutTradeNoAsync(order.OutTradeNo, cancellationToken);
        }
        catch (WeChatPayException ex) when (ex.Code == "ORDER_NOT_EXIST")
        {
            return ChannelTrade.Unpaid;
        }
        return transaction.TradeState switch
        {
            WeChatPayTradeState.Success or WeChatPayTradeState.Refund =>
                new ChannelTrade(ChannelTradeStatus.Paid, transaction.TransactionId, transaction.Amount?.Total, transaction.SuccessTime),
            WeChatPayTradeState.Closed or WeChatPayTradeState.PayError or "REVOKED" => ChannelTrade.Closed,
            _ => ChannelTrade.Unpaid,
        };
    }

    /// <summary>关闭订单 answers 204; ORDERPAID when the buyer paid first; ORDER_NOT_EXIST is as good as closed.</summary>
    public async Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        try
        {
            await wechat.CloseAsync(order.OutTradeNo, cancellationToken);
            return true;
        }
        catch (WeChatPayException ex) when (ex.Code == "ORDERPAID")
        {
            return false;
        }
        catch (WeChatPayException ex) when (ex.Code == "ORDER_NOT_EXIST")
        {
            return true;
        }
    }

    /// <summary>
    /// 申请退款 under out_refund_no (the same one again answers the same refund). SUCCESS refunded; PROCESSING (the real
    /// channel's usual first answer) is asked again by the next attempt with the same number.
    /// </summary>
    public async Task<ChannelRefund> RefundAsync(PaymentOrder order, string reasonShownToPayer, CancellationToken cancellationToken)
    {
        var refund = await wechat.RefundAsync(order.OutTradeNo, order.RefundNo!, order.AmountFen, order.AmountFen, reasonShownToPayer, cancellationToken);
        return refund.Status == "SUCCESS"
            ? ChannelRefund.Done(refund.SuccessTime)
            : ChannelRefund.NotYet($"refund {refund.OutRefundNo} is {refund.Status}");
    }
}
