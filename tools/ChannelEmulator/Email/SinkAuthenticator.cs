using SmtpServer;
using SmtpServer.Authentication;

namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>AUTH for the SMTP sink: any credentials when none are configured, else exactly the configured pair.</summary>
public sealed class SinkAuthenticator(string? expectedUser, string? expectedPassword) : IUserAuthenticator
{
    public Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrEmpty(expectedUser) || (user == expectedUser && password == (expectedPassword ?? "")));
}
