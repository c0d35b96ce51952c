using System.Security.Cryptography;
using AccountingPlatform.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// Calls UnionPay's 全渠道 back-end gateway for QR payments (二维码支付) the way UnionPay's acp SDK does: the fields
/// signed (version 5.1.0, signMethod 01, <c>certId</c> included in what is signed), posted as a form; the answer
/// (raw <c>key=value&amp;…</c>) verified with UnionPay's key before it is trusted.
/// </summary>
/// <remarks>
/// There is no call that closes an unpaid QR order: yansongda/pay src/Provider/Unipay.php throws "Unipay does not
/// support close api", and 撤销 (txnType 31, yansongda …/Open/Pay/QrCode/CancelPlugin.php) undoes a <em>paid</em>
/// consumption on its day. An unpaid QR code simply stops being payable at its <c>payTimeout</c>; the merchant
/// then queries once to learn whether money arrived just before.
/// </remarks>
public sealed class UnionPayClient(HttpClient http, IOptions<UnionPayOptions> options, TimeProvider clock)
{
    private readonly UnionPayOptions _options = options.Value;

    /// <summary>
    /// 申请二维码 (txnType 01, txnSubType 07, bizType 000000, channelType 08; yansongda/pay
    /// src/Plugin/Unipay/Open/Pay/QrCode/ScanPlugin.php, acpAPIId 793): a QR code for <paramref name="amountFen"/> that the
    /// payer scans with 云闪付 or a bank app, payable until <paramref name="payTimeout"/> (<c>payTimeout</c>, Beijing
    /// time yyyyMMddHHmmss; that format is the 全渠道 time format, not seen for this field in the searchable material).
    /// <paramref name="orderId"/>: 8–32 letters and digits, no <c>-</c> or <c>_</c> (acp demo comments).
    /// <paramref name="txnTime"/> is the merchant's order time: with <paramref name="orderId"/> it names the transaction in
    /// every later query, so the caller keeps it (or derives it from its order) before asking, in case the answer is lost.
    /// </summary>
    /// <exception cref="UnionPayException">UnionPay refused (respCode not 00).</exception>
    /// <exception cref="UnionPaySignatureException">The answer's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer, or not as UnionPay.</exception>
    public async Task<UnionPayQrCode> ApplyQrCodeAsync(
        string orderId, long amountFen, DateTimeOffset txnTime, DateTimeOffset payTimeout, CancellationToken ct = default)
    {
        RequireOrderId(orderId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(payTimeout, clock.GetUtcNow());
        Require(_options.BackUrl, nameof(UnionPayOptions.BackUrl));

        var orderTime = TxnTime(txnTime);
        var expiresAt = payTimeout;
        var answer = await PostAsync(UnionPayProtocol.BackTransPath, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["txnType"] = UnionPayProtocol.TxnTypeConsume,
            ["txnSubType"] = UnionPayProtocol.TxnSubTypeApplyQrCode,
            ["bizType"] = UnionPayProtocol.BizTypeQrCode,
            ["channelType"] = UnionPayProtocol.ChannelTypeMobile,
            ["currencyCode"] = UnionPayProtocol.CurrencyCny,
            ["orderId"] = orderId,
            ["txnTime"] = orderTime,
            ["txnAmt"] = UnionPayAmount.FromFen(amountFen),
            ["payTimeout"] = BeijingTime.Format(expiresAt, UnionPayProtocol.TimePattern),
            ["backUrl"] = _options.BackUrl,
        }, ct);
        var qrCode = answer.GetValueOrDefault("qrCode");
        if (string.IsNullOrEmpty(qrCode))
            throw new HttpRequestException("UnionPay's answer to 申请二维码 reports success but has no qrCode.");
        return new UnionPayQrCode(orderId, orderTime, qrCode, expiresAt);
    }

    /// <summary>
    /// 交易状态查询 (queryTrans.do, txnType 00; yansongda …/Open/Pay/QrCode/QueryPlugin.php, acpAPIId 792) of the
    /// transaction made with <paramref name="orderId"/> at <paramref name="txnTime"/>. The queried transaction's own
    /// result is <c>origRespCode</c>. UnionPay answers respCode 34 when it has no such transaction (an unscanned or
    /// unpaid QR code; code from the 全渠道 response-code table, not confirmed in the searchable material), which
    /// surfaces as <see cref="UnionPayException"/> with that code.
    /// </summary>
    /// <exception cref="UnionPayException">The query itself failed (respCode not 00).</exception>
    /// <exception cref="UnionPaySignatureException">The answer's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer, or not as UnionPay.</exception>
    public async Task<UnionPayTransaction> QueryAsync(string orderId, string txnTime, CancellationToken ct = default)
    {
        RequireOrderId(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(txnTime);
        var answer = await PostAsync(UnionPayProtocol.QueryTransPath, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["txnType"] = UnionPayProtocol.TxnTypeQuery,
            ["txnSubType"] = UnionPayProtocol.TxnSubTypeDefault,
            ["bizType"] = UnionPayProtocol.BizTypeQrCode,
            ["orderId"] = orderId,
            ["txnTime"] = txnTime,
        }, ct);
        return new UnionPayTransaction(
            orderId,
            answer.GetValueOrDefault("origRespCode") ?? "",
            answer.GetValueOrDefault("origRespMsg") ?? "",
            answer.GetValueOrDefault("queryId"),
            UnionPayAmount.ToFen(answer.GetValueOrDefault("txnAmt")),
            UnionPayAmount.ToFen(answer.GetValueOrDefault("settleAmt")),
            answer);
    }

    /// <summary>
    /// 退货 (txnType 04, txnSubType 00; yansongda …/Open/Pay/QrCode/RefundPlugin.php, acpAPIId 799; acp demo
    /// Form_6_4_Refund.php): returns <paramref name="amountFen"/> of the payment <paramref name="origQryId"/> (its
    /// queryId). <paramref name="refundOrderId"/> is a new orderId of the merchant's, not the payment's; several partial
    /// refunds may add up to the amount paid. respCode 00 means accepted; the result comes by notification or by a query
    /// of <paramref name="refundOrderId"/> at <paramref name="txnTime"/>, which the caller therefore keeps.
    /// </summary>
    /// <exception cref="UnionPayException">UnionPay refused (respCode not 00).</exception>
    /// <exception cref="UnionPaySignatureException">The answer's signature is missing or invalid.</exception>
    /// <exception cref="HttpRequestException">The gateway did not answer, or not as UnionPay.</exception>
    public async Task<UnionPayRefund> RefundAsync(
        string refundOrderId, string origQryId, long amountFen, DateTimeOffset txnTime, CancellationToken ct = default)
    {
        RequireOrderId(refundOrderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(origQryId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        Require(_options.BackUrl, nameof(UnionPayOptions.BackUrl));
        var refundTime = TxnTime(txnTime);
        var answer = await PostAsync(UnionPayProtocol.BackTransPath, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["txnType"] = UnionPayProtocol.TxnTypeRefund,
            ["txnSubType"] = UnionPayProtocol.TxnSubTypeDefault,
            ["bizType"] = UnionPayProtocol.BizTypeQrCode,
            ["channelType"] = UnionPayProtocol.ChannelTypeMobile,
            ["orderId"] = refundOrderId,
            ["origQryId"] = origQryId,
            ["txnTime"] = refundTime,
            ["txnAmt"] = UnionPayAmount.FromFen(amountFen),
            ["backUrl"] = _options.BackUrl,
        }, ct);
        return new UnionPayRefund(refundOrderId, refundTime, answer.GetValueOrDefault("queryId"), answer);
    }

    private async Task<Dictionary<string, string>> PostAsync(string path, Dictionary<string, string> fields, CancellationToken ct)
    {
        Require(_options.GatewayUrl, nameof(UnionPayOptions.GatewayUrl));
        Require(_options.MerId, nameof(UnionPayOptions.MerId));
        Require(_options.CertId, nameof(UnionPayOptions.CertId));
        // Read the verifying key first: a call UnionPay acts on must not leave an answer nobody can check.
        using var unionPayKey = ImportKey(UnionPayKeys.ImportPublicKey, _options.UnionPayPublicKey, nameof(UnionPayOptions.UnionPayPublicKey));
        using (var merchantKey = ImportKey(UnionPayKeys.ImportPrivateKey, _options.MerchantPrivateKey, nameof(UnionPayOptions.MerchantPrivateKey)))
        {
            fields["version"] = UnionPayProtocol.Version;
            fields["encoding"] = UnionPayProtocol.Encoding;
            fields["signMethod"] = UnionPayProtocol.SignMethodRsa;
            fields["accessType"] = UnionPayProtocol.AccessTypeMerchant;
            fields["merId"] = _options.MerId;
            fields["certId"] = _options.CertId;
            fields[UnionPaySignature.FieldName] = UnionPaySignature.Sign(fields!, merchantKey);
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(new Uri(_options.GatewayUrl.TrimEnd('/') + path), content, ct);
        response.EnsureSuccessStatusCode();
        return UnionPayResponseReader.Read(await response.Content.ReadAsStringAsync(ct), unionPayKey);
    }

    /// <summary><c>txnTime</c>: Beijing time, yyyyMMddHHmmss.</summary>
    public static string TxnTime(DateTimeOffset at) => BeijingTime.Format(at, UnionPayProtocol.TimePattern);

    internal static RSA ImportKey(Func<string, RSA> import, string value, string name)
    {
        Require(value, name);
        try
        {
            return import(value);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{UnionPayOptions.SectionName}:{name} is not a valid PEM RSA key.", ex);
        }
    }

    private static void RequireOrderId(string orderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        if (orderId.Length is < 8 or > 32 || !orderId.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException("A UnionPay orderId is 8 to 32 letters and digits.", nameof(orderId));
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{UnionPayOptions.SectionName}:{name} is not configured.");
    }
}
