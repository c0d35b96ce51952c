using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Payment.Alipay;

/// <summary>
/// <c>alipay.trade.query</c> and <c>alipay.trade.close</c> for the reconciliation worker and renewal. Both throw what
/// <see cref="Orders.ChannelFailures"/> names when Alipay gives no usable answer.
/// </summary>
public sealed class AlipayTrades(AlipayClient alipay)
{
    public async Task<AlipayTradeState> QueryAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var response = await alipay.ExecuteAsync("alipay.trade.query", new { OutTradeNo = outTradeNo }, ct: cancellationToken);
        if (response.SubCode == "ACQ.TRADE_NOT_EXIST") return AlipayTradeState.NotExist;
        if (!response.IsSuccess || Text(response, "trade_status") is not { Length: > 0 } status)
            throw new AlipayChannelException($"query {outTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
        return new AlipayTradeState(status, Text(response, "trade_no"), AlipayAmount.ToFen(Text(response, "total_amount")),
            BeijingTime.Parse(Text(response, "send_pay_date")));
    }

    /// <summary>
    /// Closes the trade so it can no longer be paid: true when it is closed (or Alipay never made it: the code was never
    /// scanned), false when Alipay refuses because it was paid (<c>ACQ.TRADE_STATUS_ERROR</c>): query it and apply the payment.
    /// </summary>
    public async Task<bool> CloseAsync(string outTradeNo, CancellationToken cancellationToken)
    {
        var response = await alipay.CloseAsync(outTradeNo, cancellationToken);
        if (response.IsSuccess || response.SubCode == "ACQ.TRADE_NOT_EXIST") return true;
        if (response.SubCode == "ACQ.TRADE_STATUS_ERROR") return false;
        throw new AlipayChannelException($"close {outTradeNo}: {response.Code} {response.SubCode} {response.SubMsg}");
    }

    private static string? Text(AlipayResponse response, string name) =>
        response.Body.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
}
