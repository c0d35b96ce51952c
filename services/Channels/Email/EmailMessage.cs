namespace AccountingPlatform.Channels.Email;

/// <summary>One plain-text e-mail to one recipient; the sender is the configured <see cref="EmailOptions.FromAddress"/>.</summary>
public sealed record EmailMessage(string ToAddress, string Subject, string TextBody);
