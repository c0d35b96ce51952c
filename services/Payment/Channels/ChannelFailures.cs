using AccountingPlatform.Channels;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Payment.Channels;

/// <summary>
/// What a channel call that did not get a usable answer throws: the channel's own refusal or bad signature, no HTTP
/// answer, or the resilience pipeline giving up (Polly's timeout, an open circuit). A request answers it with 503 and
/// <c>Retry-After</c>; a worker tries again later.
/// </summary>
public static class ChannelFailures
{
    public const string UnavailableCode = "PAYMENT_CHANNEL_UNAVAILABLE";
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>True for a channel failure; false for the caller's own cancellation.</summary>
    public static bool Is(Exception exception, CancellationToken cancellationToken) =>
        exception is PaymentChannelException || ChannelCallFailure.Is(exception, cancellationToken);

    public static ProblemHttpResult Unavailable(HttpResponse response) =>
        ApiProblem.Unavailable(response, RetryAfter, UnavailableCode, "支付渠道暂时不可用，请稍后重试");
}
