using System.Text.Json;
using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Payment.Channels;
using AccountingPlatform.Payment.Orders;
using AccountingPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>
/// Alipay 当面付 (face-to-face, the buyer scans): <c>alipay.trade.precreate</c>, <c>.query</c>, <c>.close</c> and
/// <c>.refund</c> (https://opendocs.alipay.com/open/194/106078, API list https://docs.open.alipay.com/api_1).
/// </summary>
public sealed class AlipayPaymentChannel(AlipayClient alipay, IOptions<AlipayOptions> options, TimeProvider clock) : IPaymentChannel
{
    public PaymentChannel Channel => PaymentChannel.Alipay;

    public bool IsConfigured => !string.IsNullOrEmpty(options.Value.AppId);

    public bool ClosesTrades => true;

    /// <summary>precreate: the same out_trade_no again answers the same code. <c>timeout_express</c> is whole minutes.</summary>
    public async Task<string> CreateQrCodeAsync(PaymentOrder order, string subject, CancellationToken cancellationToken)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling((order.ExpiresAt - clock.GetUtcNow()).TotalMinutes));
        var response = await alipay.ExecuteAsync("alipay.trade.precreate", new
        {
            OutTradeNo = order.OutTradeNo,
            TotalAmount = AlipayAmount.FromFen(order.AmountFen),
            Subject = subject,
            TimeoutExpress = $"{minutes}m",
        }, options.Value.NotifyUrl, cancellationToken);
        if (!response.IsSuccess || Text(response, "qr_code") is not { Length: > 0 } code)
            throw new PaymentChannelException($"precreate {order.OutTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
        return code;
    }

    /// <summary>query: TRADE_SUCCESS/TRADE_FINISHED paid, TRADE_CLOSED closed; ACQ.TRADE_NOT_EXIST: never scanned.</summary>
    public async Task<ChannelTrade> QueryAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var response = await alipay.ExecuteAsync("alipay.trade.query", new { OutTradeNo = order.OutTradeNo }, ct: cancellationToken);
        if (response.SubCode == "ACQ.TRADE_NOT_EXIST") return ChannelTrade.Unpaid;
        if (!response.IsSuccess || Text(response, "trade_status") is not { Length: > 0 } status)
            throw new PaymentChannelException($"query {order.OutTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
        return status switch
        {
            "TRADE_SUCCESS" or "TRADE_FINISHED" => new ChannelTrade(ChannelTradeStatus.Paid, Text(response, "trade_no"),
                AlipayAmount.ToFen(Text(response, "total_amount")), BeijingTime.Parse(Text(response, "send_pay_date"))),
            "TRADE_CLOSED" => ChannelTrade.Closed,
            _ => ChannelTrade.Unpaid,
        };
    }

    /// <summary>close: ACQ.TRADE_NOT_EXIST (never scanned) is as good as closed; ACQ.TRADE_STATUS_ERROR means paid.</summary>
    public async Task<bool> CloseAsync(PaymentOrder order, CancellationToken cancellationToken)
    {
        var response = await alipay.CloseAsync(order.OutTradeNo, cancellationToken);
        if (response.IsSuccess || response.SubCode == "ACQ.TRADE_NOT_EXIST") return true;
        if (response.SubCode == "ACQ.TRADE_STATUS_ERROR") return false;
        throw new PaymentChannelException($"close {order.OutTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
    }

    /// <summary>
    /// refund under out_request_no: fund_change Y refunded now; N with a refunded total reaching the amount means an
    /// earlier attempt (whose answer was lost) refunded it, as an order is refunded once and in full.
    /// </summary>
    public async Task<ChannelRefund> RefundAsync(PaymentOrder order, string reasonShownToPayer, CancellationToken cancellationToken)
    {
        var refund = await alipay.RefundAsync(order.OutTradeNo, order.RefundNo!, order.AmountFen, reasonShownToPayer, cancellationToken);
        return refund.Response.IsSuccess && (refund.FundChange || refund.RefundFeeFen >= order.AmountFen)
            ? ChannelRefund.Done(refund.RefundedAt)
            : ChannelRefund.NotYet($"{refund.Response.Code} {refund.Response.SubCode} {refund.Response.SubMsg}, fund_change {refund.FundChange}");
    }

    private static string? Text(AlipayResponse response, string name) =>
        response.Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
