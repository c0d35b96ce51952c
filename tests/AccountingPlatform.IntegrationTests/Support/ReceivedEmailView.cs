namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>One e-mail as the emulator's <c>GET /emulator/email/messages</c> shows it (<see cref="To"/>: the envelope recipient).</summary>
public sealed record ReceivedEmailView(string From, string FromName, string To, string Subject, string TextBody, DateTimeOffset ReceivedAt);
