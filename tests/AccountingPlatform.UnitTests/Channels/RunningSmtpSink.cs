using AccountingPlatform.ChannelEmulator.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.UnitTests.Channels;

/// <summary>The channel emulator's SMTP sink, running in this process on a free loopback port until disposed.</summary>
public sealed class RunningSmtpSink : IAsyncDisposable
{
    private readonly SmtpSink _sink;

    private RunningSmtpSink(SmtpSink sink, EmailInbox inbox, int port)
    {
        _sink = sink;
        Inbox = inbox;
        Port = port;
    }

    public EmailInbox Inbox { get; }

    public int Port { get; }

    public static async Task<RunningSmtpSink> StartAsync(EmulatorEmailOptions options, TimeProvider clock)
    {
        options.SmtpPort = 0;
        var inbox = new EmailInbox();
        var sink = new SmtpSink(Options.Create(options), inbox, clock, NullLogger<SmtpSink>.Instance);
        await sink.StartAsync(CancellationToken.None);
        var endpoint = await sink.Listening.WaitAsync(TimeSpan.FromSeconds(10));
        return new RunningSmtpSink(sink, inbox, endpoint.Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _sink.StopAsync(CancellationToken.None);
        _sink.Dispose();
    }
}
