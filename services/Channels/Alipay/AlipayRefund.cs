using System.Text.Json;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.Channels.Alipay;

/// <summary>
/// Alipay's answer to <c>alipay.trade.refund</c>, read from its verified response: <c>fund_change</c> (<c>Y</c>: money
/// moved by this call; <c>N</c>: none did, e.g. the same <c>out_request_no</c> again), <c>refund_fee</c> (everything
/// refunded on the trade so far, in fen), <c>trade_no</c> and <c>gmt_refund_pay</c>.
/// </summary>
public sealed record AlipayRefund(AlipayResponse Response, bool FundChange, long? RefundFeeFen, string? TradeNo, DateTimeOffset? RefundedAt)
{
    public static AlipayRefund From(AlipayResponse response) => new(
        response,
        Text(response.Body, "fund_change") == "Y",
        AlipayAmount.ToFen(Text(response.Body, "refund_fee")),
        Text(response.Body, "trade_no"),
        BeijingTime.Parse(Text(response.Body, "gmt_refund_pay")));

    private static string? Text(JsonElement node, string name) =>
        node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
