using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AccountingPlatform.Channels.Email;

/// <summary>
/// Sends plain-text e-mail over SMTP with MailKit: one connection per message, because MailKit's
/// <see cref="SmtpClient"/> is not thread-safe. Subject, body and names travel as UTF-8 (RFC 2047 encoded words in
/// headers, a UTF-8 <c>text/plain</c> part), so Chinese text arrives intact.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, TimeProvider clock)
{
    private readonly EmailOptions _options = options.Value;

    /// <exception cref="EmailSendException">The server answered an error reply (sender, recipient or message refused).</exception>
    /// <exception cref="System.Net.Sockets.SocketException">The server could not be reached (refused, unknown host).</exception>
    /// <exception cref="TimeoutException">A step took longer than <see cref="EmailOptions.TimeoutSeconds"/>.</exception>
    /// <exception cref="IOException">The connection broke while talking to the server.</exception>
    /// <exception cref="SmtpProtocolException">The server answered something that is not SMTP.</exception>
    /// <exception cref="AuthenticationException">The server refused <see cref="EmailOptions.UserName"/>/<see cref="EmailOptions.Password"/>.</exception>
    /// <exception cref="MailKit.ServiceNotAuthenticatedException">The server requires AUTH and no <see cref="EmailOptions.UserName"/> is configured.</exception>
    /// <exception cref="SslHandshakeException">STARTTLS failed (<see cref="EmailOptions.UseTls"/>).</exception>
    /// <exception cref="InvalidOperationException">Host or sender is not configured.</exception>
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.ToAddress);
        Require(_options.Host, nameof(EmailOptions.Host));
        Require(_options.FromAddress, nameof(EmailOptions.FromAddress));

        using var mime = Compose(message);
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(_options.TimeoutSeconds).TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, _options.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, ct);
            if (!string.IsNullOrEmpty(_options.UserName))
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (SmtpCommandException refused)
        {
            throw new EmailSendException((int)refused.StatusCode, refused.Message, refused);
        }
    }

    private MimeMessage Compose(EmailMessage message)
    {
        var body = new TextPart("plain");
        body.SetText(System.Text.Encoding.UTF8, message.TextBody);
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = clock.GetUtcNow(),
            Body = body,
        };
        mime.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        mime.To.Add(new MailboxAddress("", message.ToAddress));
        return mime;
    }

    private static void Require(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"{EmailOptions.SectionName}:{name} is not configured.");
    }
}
