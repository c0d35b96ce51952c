using AccountingPlatform.Channels;
using AccountingPlatform.Channels.Sms;
using AccountingPlatform.Channels.WeChatPay;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace AccountingPlatform.UnitTests.Channels;

/// <summary>What counts as "the channel gave no usable answer" (answered 503, tried again later), and what does not.</summary>
public sealed class ChannelCallFailureTests
{
    public static TheoryData<Exception> Failures() => new()
    {
        new HttpRequestException("connection refused"),
        new TimeoutRejectedException("the resilience pipeline timed out"),
        new BrokenCircuitException("the circuit is open"),
        new SmsSendException("isv.BUSINESS_LIMIT_CONTROL", "触发分钟级流控"),
        new WeChatPayException(System.Net.HttpStatusCode.ServiceUnavailable, "SYSTEM_ERROR", "系统繁忙"),
        new TaskCanceledException("HttpClient.Timeout"),
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_channel_that_gave_no_usable_answer_is_a_channel_failure(Exception exception) =>
        Assert.True(ChannelCallFailure.Is(exception, CancellationToken.None));

    [Fact]
    public void The_callers_own_cancellation_and_a_bug_are_not()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.False(ChannelCallFailure.Is(new OperationCanceledException(cancelled.Token), cancelled.Token));
        Assert.False(ChannelCallFailure.Is(new InvalidOperationException("a bug"), CancellationToken.None));
        Assert.False(ChannelCallFailure.Is(new NullReferenceException(), CancellationToken.None));
    }
}
