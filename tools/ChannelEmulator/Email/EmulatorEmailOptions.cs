namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>Section <c>Emulator:Email</c>: where the SMTP sink listens and what it refuses.</summary>
public sealed class EmulatorEmailOptions
{
    public const string SectionName = "Emulator:Email";

    /// <summary>The loopback port (appsettings: 2525; under the AppHost, the <c>smtp</c> endpoint's target port). 0: any free port, logged.</summary>
    public int SmtpPort { get; set; }

    /// <summary>When set, AUTH is required with exactly these credentials; when empty, any AUTH (or none) is accepted.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Addresses the sink answers <c>550</c> for at <c>RCPT TO</c>, so a sender's bounce handling can be tested.</summary>
    public List<string> RefusedRecipients { get; set; } = [];
}
