namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>A message the SMTP sink accepted for one recipient (<see cref="To"/> is the envelope's <c>RCPT TO</c>).</summary>
public sealed record ReceivedEmail(
    string From,
    string FromName,
    string To,
    string Subject,
    string TextBody,
    DateTimeOffset ReceivedAt);
