using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>Reads each message's MIME (MimeKit decodes encoded words and transfer encodings) into the inbox, once per recipient.</summary>
public sealed class InboxMessageStore(EmailInbox inbox, TimeProvider time) : IMessageStore
{
    public async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(buffer.ToArray(), writable: false);
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(stream, cancellationToken);
        }
        catch (FormatException)
        {
            return SmtpResponse.TransactionFailed;
        }

        using (message)
        {
            var sender = message.From.Mailboxes.FirstOrDefault();
            var receivedAt = time.GetUtcNow();
            foreach (var recipient in transaction.To)
            {
                inbox.Add(new ReceivedEmail(sender?.Address ?? transaction.From.AsAddress(), sender?.Name ?? "",
                    recipient.AsAddress(), message.Subject ?? "", message.TextBody ?? "", receivedAt));
            }
        }
        return SmtpResponse.Ok;
    }
}
