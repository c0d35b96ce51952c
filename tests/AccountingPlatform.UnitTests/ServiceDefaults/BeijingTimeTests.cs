using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.UnitTests.Channels;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

public sealed class BeijingTimeTests
{
    private static readonly DateTimeOffset LateEveningUtc = new(2024, 6, 1, 16, 30, 0, TimeSpan.Zero);   // 00:30 on 2 June in Beijing

    [Fact]
    public void The_day_is_Beijings_day_not_UTCs()
    {
        Assert.Equal(new DateOnly(2024, 6, 2), BeijingTime.Today(new FixedClock(LateEveningUtc)));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 16, 0, 0, TimeSpan.Zero), BeijingTime.StartOfDay(LateEveningUtc));
        Assert.Equal(new DateTimeOffset(2024, 6, 2, 16, 0, 0, TimeSpan.Zero), BeijingTime.StartOfNextDay(LateEveningUtc));
    }

    [Fact]
    public void People_and_channels_read_Beijing_time_and_it_parses_back_to_the_same_instant()
    {
        Assert.Equal("2024-06-02 00:30", BeijingTime.Format(LateEveningUtc));
        Assert.Equal("2024-06-02 00:30:00", BeijingTime.Format(LateEveningUtc, BeijingTime.ChannelPattern));
        Assert.Equal(LateEveningUtc, BeijingTime.Parse("2024-06-02 00:30:00"));
        Assert.Null(BeijingTime.Parse("2024/06/02 00:30"));
        Assert.Null(BeijingTime.Parse(null));
    }
}
