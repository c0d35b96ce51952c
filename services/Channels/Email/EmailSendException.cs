namespace AccountingPlatform.Channels.Email;

/// <summary>
/// The SMTP server refused the message: it answered an error reply to the sender, the recipient or the content.
/// <see cref="StatusCode"/> is the reply code (4xx: try again later, 5xx: permanent, e.g. 550 no such mailbox) and
/// <see cref="ServerMessage"/> the server's text.
/// </summary>
public sealed class EmailSendException : Exception
{
    public EmailSendException(int statusCode, string serverMessage, Exception innerException)
        : base($"The SMTP server refused the message: {statusCode} {serverMessage}", innerException)
    {
        StatusCode = statusCode;
        ServerMessage = serverMessage;
    }

    public int StatusCode { get; }

    public string ServerMessage { get; }

    /// <summary>A 5xx reply: sending the same message again will be refused again.</summary>
    public bool IsPermanent => StatusCode >= 500;
}
