using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Storage;

namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>Accepts every sender and every recipient but the configured refused ones (answered 550 at <c>RCPT TO</c>).</summary>
public sealed class RecipientFilter(IEnumerable<string> refusedRecipients) : IMailboxFilter
{
    private readonly HashSet<string> _refused = new(refusedRecipients, StringComparer.OrdinalIgnoreCase);

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
        Task.FromResult(!_refused.Contains(to.AsAddress()));
}
