using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>
/// Reads UnionPay's back-end notification: a form POST to <c>backUrl</c>, signed like every answer. Verify before
/// trusting; then answer HTTP 200 with <see cref="Acknowledgement"/>.
/// </summary>
public sealed class UnionPayNotifyReader(IOptions<UnionPayOptions> options)
{
    /// <summary>
    /// The body the merchant answers once it has the notification. What UnionPay requires could not be confirmed from
    /// the searchable material: the acp demo's BackReceive.php (hectorqin/lpays
    /// src/libs/upacp_apple_pay/demo/api_05_app/) answers an HTML page, i.e. UnionPay acts on the HTTP status 200;
    /// yansongda/pay src/Provider/Unipay.php answers 200 <c>success</c>. "ok" with 200 satisfies a status check; the
    /// emulator insists on exactly <c>ok</c> so a merchant that forgets to answer is caught.
    /// </summary>
    public const string Acknowledgement = "ok";

    private readonly UnionPayOptions _options = options.Value;

    /// <summary>Reads and verifies the posted form of <paramref name="request"/>.</summary>
    /// <exception cref="UnionPaySignatureException">Unsigned, badly signed, or for another merchant.</exception>
    public async Task<UnionPayNotification> ReadAsync(HttpRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
            throw new UnionPaySignatureException("The UnionPay notification is not a form post.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            throw new UnionPaySignatureException("The UnionPay notification is not a readable form.", ex);
        }
        return Read(form.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString())));
    }

    /// <summary>Verifies the fields of a posted notification (URL-decoded) and returns them typed.</summary>
    /// <exception cref="UnionPaySignatureException">Unsigned, badly signed, or for another merchant.</exception>
    public UnionPayNotification Read(IEnumerable<KeyValuePair<string, string?>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in form)
            fields[key] = value ?? "";

        using (var key = UnionPayClient.ImportKey(UnionPayKeys.ImportPublicKey, _options.UnionPayPublicKey, nameof(UnionPayOptions.UnionPayPublicKey)))
        {
            if (!UnionPaySignature.Verify(fields!, key))
                throw new UnionPaySignatureException("The UnionPay notification's signature is missing or does not verify.");
        }

        var merId = fields.GetValueOrDefault("merId") ?? "";
        if (!string.IsNullOrEmpty(_options.MerId) && merId != _options.MerId)
            throw new UnionPaySignatureException($"The UnionPay notification is for merchant {merId}, not this one.");

        return new UnionPayNotification(
            merId,
            fields.GetValueOrDefault("orderId") ?? "",
            fields.GetValueOrDefault("txnTime") ?? "",
            fields.GetValueOrDefault("txnType") ?? "",
            fields.GetValueOrDefault("queryId"),
            fields.GetValueOrDefault("respCode") ?? "",
            fields.GetValueOrDefault("respMsg") ?? "",
            UnionPayAmount.ToFen(fields.GetValueOrDefault("txnAmt")),
            fields);
    }
}
