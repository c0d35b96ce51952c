using System.Net;
using System.Net.Sockets;
using AccountingPlatform.ChannelEmulator.Email;
using AccountingPlatform.Channels.Email;
using MailKit;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels;

/// <summary><see cref="SmtpEmailSender"/> against the channel emulator's real SMTP sink on loopback.</summary>
public sealed class SmtpEmailSenderTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 16, 30, 5, TimeSpan.FromHours(8));
    private static readonly FixedClock Clock = new(Now);

    private static SmtpEmailSender Sender(int port, string? userName = null, string? password = null) => new(Options.Create(new EmailOptions
    {
        Host = "127.0.0.1",
        Port = port,
        UserName = userName,
        Password = password,
        FromAddress = "noreply@kjzg.example.cn",
        FromName = "全国会计资格评价网",
        TimeoutSeconds = 5,
    }), Clock);

    [Fact]
    public async Task Chinese_subject_and_body_arrive_intact()
    {
        await using var sink = await RunningSmtpSink.StartAsync(new EmulatorEmailOptions(), Clock);
        const string subject = "2024年度全国会计专业技术资格考试报名确认";
        const string body = "张三，您好：\n您已报名初级会计专业技术资格考试（北京），报名号 2024110000001。\n请按时缴费。";

        await Sender(sink.Port).SendAsync(new EmailMessage("zhangsan@example.cn", subject, body), CancellationToken.None);

        var received = Assert.Single(sink.Inbox.List("zhangsan@example.cn"));
        Assert.Equal("zhangsan@example.cn", received.To);
        Assert.Equal("noreply@kjzg.example.cn", received.From);
        Assert.Equal("全国会计资格评价网", received.FromName);
        Assert.Equal(subject, received.Subject);
        // SMTP carries lines as CRLF; the text itself must be unchanged.
        Assert.Equal(body, received.TextBody.TrimEnd().ReplaceLineEndings("\n"));
        Assert.Equal(Now, received.ReceivedAt);
    }

    [Fact]
    public async Task Refused_recipient_raises_EmailSendException_with_the_servers_reply()
    {
        await using var sink = await RunningSmtpSink.StartAsync(new EmulatorEmailOptions { RefusedRecipients = ["nobody@example.cn"] }, Clock);

        var refused = await Assert.ThrowsAsync<EmailSendException>(() =>
            Sender(sink.Port).SendAsync(new EmailMessage("nobody@example.cn", "报名确认", "正文"), CancellationToken.None));

        Assert.Equal(550, refused.StatusCode);
        Assert.True(refused.IsPermanent);
        Assert.Empty(sink.Inbox.List(null));
    }

    [Fact]
    public async Task Configured_credentials_are_required_and_checked()
    {
        await using var sink = await RunningSmtpSink.StartAsync(new EmulatorEmailOptions { UserName = "platform", Password = "s3cret" }, Clock);
        var message = new EmailMessage("lisi@example.cn", "缴费回执", "已收到您的报名费。");

        await Sender(sink.Port, "platform", "s3cret").SendAsync(message, CancellationToken.None);
        await Assert.ThrowsAsync<AuthenticationException>(() => Sender(sink.Port, "platform", "wrong").SendAsync(message, CancellationToken.None));
        await Assert.ThrowsAsync<ServiceNotAuthenticatedException>(() => Sender(sink.Port).SendAsync(message, CancellationToken.None));

        Assert.Single(sink.Inbox.List("lisi@example.cn"));
    }

    [Fact]
    public async Task Unreachable_server_surfaces_as_a_socket_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        await Assert.ThrowsAsync<SocketException>(() =>
            Sender(closedPort).SendAsync(new EmailMessage("zhangsan@example.cn", "主题", "正文"), CancellationToken.None));
    }
}
