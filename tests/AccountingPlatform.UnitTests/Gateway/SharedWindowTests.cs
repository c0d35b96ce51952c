using AccountingPlatform.Gateway;

namespace AccountingPlatform.UnitTests.Gateway;

/// <summary>The shared per-minute window: every gateway instance puts a moment in the same window, and past the limit says when it ends.</summary>
public sealed class SharedWindowTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Moments_of_one_clock_minute_share_a_window_and_the_next_minute_starts_another()
    {
        var first = SharedWindow.At(Start.AddSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(first.Index, SharedWindow.At(Start.AddSeconds(59.9), TimeSpan.FromMinutes(1)).Index);
        Assert.Equal(first.Index + 1, SharedWindow.At(Start.AddMinutes(1), TimeSpan.FromMinutes(1)).Index);
    }

    [Fact]
    public void Within_the_limit_a_request_is_allowed_past_it_it_waits_for_the_window_to_end()
    {
        var window = SharedWindow.At(Start.AddSeconds(45), TimeSpan.FromMinutes(1));
        Assert.Null(window.RetryAfter(count: 20, permitLimit: 20));
        Assert.Equal(TimeSpan.FromSeconds(15), window.RetryAfter(count: 21, permitLimit: 20));
    }
}
