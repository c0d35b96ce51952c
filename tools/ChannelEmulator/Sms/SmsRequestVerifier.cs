using System.Collections.Concurrent;
using System.Globalization;
using AccountingPlatform.Channels.Sms;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>Aliyun's checks of an RPC request: access key, timestamp, nonce reuse, HMAC-SHA1 signature, action.</summary>
public sealed class SmsRequestVerifier(IOptions<EmulatorSmsOptions> options, TimeProvider time)
{
    private static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _usedNonces = new(StringComparer.Ordinal);

    public AliyunError? Verify(IReadOnlyDictionary<string, string> p, string httpMethod)
    {
        foreach (var required in new[] { "AccessKeyId", "Signature", "SignatureNonce", "Timestamp" })
        {
            if (string.IsNullOrEmpty(p.GetValueOrDefault(required)))
                return AliyunError.Missing(required);
        }

        var secret = options.Value.AccessKeys.FirstOrDefault(k => k.AccessKeyId == p["AccessKeyId"])?.AccessKeySecret;
        if (secret is null)
            return new AliyunError(StatusCodes.Status404NotFound, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

        if (!DateTimeOffset.TryParseExact(p["Timestamp"], "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var timestamp))
            return new AliyunError(StatusCodes.Status400BadRequest, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        var now = time.GetUtcNow();
        if ((now - timestamp).Duration() > TimestampTolerance)
            return new AliyunError(StatusCodes.Status400BadRequest, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");

        if (AliyunRpcSignature.Sign(p, secret, httpMethod) != p["Signature"])
            return new AliyunError(StatusCodes.Status400BadRequest, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");

        // Checked after the signature so a forged request cannot burn a nonce. A retried request reuses its nonce.
        ForgetOldNonces(now);
        if (!_usedNonces.TryAdd(p["SignatureNonce"], now))
            return new AliyunError(StatusCodes.Status400BadRequest, "SignatureNonceUsed", "Specified signature nonce was used already.");

        if (p.GetValueOrDefault("Action") != "SendSms" || p.GetValueOrDefault("Version") != "2017-05-25")
            return new AliyunError(StatusCodes.Status404NotFound, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        return null;
    }

    private void ForgetOldNonces(DateTimeOffset now)
    {
        if (_usedNonces.Count < 10_000)
            return;
        foreach (var (nonce, at) in _usedNonces)
        {
            if (now - at > TimestampTolerance * 2)
                _usedNonces.TryRemove(nonce, out _);
        }
    }
}
