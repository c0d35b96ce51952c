using System.Net;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Net;

namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>
/// The emulated mail server: SMTP (SmtpServer) on loopback at <see cref="EmulatorEmailOptions.SmtpPort"/>, plain text
/// with AUTH allowed; every accepted message goes into the <see cref="EmailInbox"/>.
/// </summary>
public sealed class SmtpSink(IOptions<EmulatorEmailOptions> options, EmailInbox inbox, TimeProvider time, ILogger<SmtpSink> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource<IPEndPoint> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Where the sink listens, once it does (the real port when <c>SmtpPort</c> is 0).</summary>
    public Task<IPEndPoint> Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName("channelemulator")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, settings.SmtpPort))
                .AllowUnsecureAuthentication(true)
                .AuthenticationRequired(!string.IsNullOrEmpty(settings.UserName)))
            .Build();

        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, started) =>
        {
            var endpoint = (IPEndPoint)started.LocalEndPoint;
            logger.LogInformation("SMTP sink listening on {Endpoint}", endpoint);
            _listening.TrySetResult(endpoint);
        };
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(listeners);
        services.Add(new InboxMessageStore(inbox, time));
        services.Add(new RecipientFilter(settings.RefusedRecipients));
        services.Add(new SinkAuthenticator(settings.UserName, settings.Password));

        var server = new SmtpServer.SmtpServer(serverOptions, services);
        server.SessionFaulted += (_, faulted) => logger.LogWarning(faulted.Exception, "SMTP session faulted");
        try
        {
            await server.StartAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _listening.TrySetException(e);
            throw;
        }
        finally
        {
            _listening.TrySetCanceled(CancellationToken.None);
        }
    }
}
