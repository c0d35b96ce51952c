using AccountingPlatform.ChannelEmulator.Sms;

namespace AccountingPlatform.UnitTests.ChannelEmulator;

/// <summary>The emulator's SMS sink is read while messages keep arriving (the benchmark's rush found it answering 500).</summary>
public sealed class SmsInboxTests
{
    [Fact]
    public async Task Reading_a_phone_while_messages_arrive_lists_its_messages_newest_first_and_never_throws()
    {
        var inbox = new SmsInbox();
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 200_000; i++) inbox.Add(Sms(i % 2 == 0 ? "13800000000" : $"139{i:D8}", i));
        });
        do
        {
            var mine = inbox.List("13800000000");
            Assert.All(mine, m => Assert.Equal("13800000000", m.Phone));
            Assert.Equal(mine.OrderByDescending(m => m.ReceivedAt).ToList(), mine);
        }
        while (!writer.IsCompleted);
        await writer;
        Assert.Equal(100_000, inbox.List("13800000000").Count);
    }

    private static ReceivedSms Sms(string phone, int i) =>
        new(phone, "会计平台", "SMS_1", new Dictionary<string, string> { ["code"] = "123456" }, null, $"biz{i}", DateTimeOffset.UnixEpoch.AddSeconds(i));
}
