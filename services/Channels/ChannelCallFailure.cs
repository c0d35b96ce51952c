using AccountingPlatform.Channels.Alipay;
using AccountingPlatform.Channels.Email;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Channels.UnionPay;
using AccountingPlatform.Channels.WeChatPay;
using Polly;

namespace AccountingPlatform.Channels;

/// <summary>
/// The one rule for "the channel gave no usable answer", for every service that calls one: no HTTP answer, an answer
/// that is not verifiably the channel's, the channel's own refusal, or the resilience pipeline giving up (Polly's
/// timeout, an open circuit: <see cref="ExecutionRejectedException"/>). A request answers it with 503 and
/// <c>Retry-After</c>, never 500; a worker tries again later. The caller's own cancellation is not a channel failure.
/// </summary>
public static class ChannelCallFailure
{
    public static bool Is(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or ExecutionRejectedException => true,
        AlipaySignatureException or SmsSendException or EmailSendException => true,
        WeChatPayException or WeChatPaySignatureException or UnionPayException or UnionPaySignatureException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
