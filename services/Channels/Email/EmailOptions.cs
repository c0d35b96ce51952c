namespace AccountingPlatform.Channels.Email;

/// <summary>The SMTP server that takes the platform's e-mail, section <c>Channels:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Channels:Email";

    /// <summary>The provider's SMTP host, or the emulator's <c>127.0.0.1</c> (SMTP sink on port 2525).</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary><c>true</c>: STARTTLS is required; <c>false</c> (default): plain SMTP, as the emulator speaks it.</summary>
    public bool UseTls { get; set; }

    /// <summary>Logs in with <see cref="UserName"/> and <see cref="Password"/> when set; no AUTH otherwise.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender's address, e.g. <c>noreply@kjzg.example.cn</c>.</summary>
    public string FromAddress { get; set; } = "";

    /// <summary>The sender's display name, e.g. 全国会计资格评价网.</summary>
    public string FromName { get; set; } = "";

    /// <summary>Longest wait for each network step (connect, each command, the message), in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 10;
}
