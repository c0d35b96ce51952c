using AccountingPlatform.ChannelEmulator.Email;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class EmailInboxTests
{
    private static ReceivedEmail To(string address, int n) =>
        new("noreply@kjzg.example.cn", "全国会计资格评价网", address, $"主题 {n}", "正文", DateTimeOffset.UnixEpoch);

    [Fact]
    public void Keeps_the_newest_messages_up_to_its_capacity()
    {
        var inbox = new EmailInbox();
        for (var n = 1; n <= EmailInbox.Capacity + 5; n++)
            inbox.Add(To("zhangsan@example.cn", n));

        var kept = inbox.List(null);

        Assert.Equal(EmailInbox.Capacity, kept.Count);
        Assert.Equal($"主题 {EmailInbox.Capacity + 5}", kept[0].Subject);
        Assert.Equal("主题 6", kept[^1].Subject);
    }

    [Fact]
    public void Lists_one_recipient_ignoring_the_case_of_the_address()
    {
        var inbox = new EmailInbox();
        inbox.Add(To("zhangsan@example.cn", 1));
        inbox.Add(To("lisi@example.cn", 2));

        Assert.Equal("主题 1", Assert.Single(inbox.List("ZhangSan@Example.cn")).Subject);
    }
}
