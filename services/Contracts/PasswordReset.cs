namespace AccountingPlatform.Contracts;

/// <summary>
/// A person reset a forgotten password (certificate number + phone + SMS code): every session of theirs has ended.
/// Carries no personal data; a service that keeps anything tied to a session drops it.
/// </summary>
public sealed record PasswordReset(Guid UserId, DateTimeOffset ResetAt, DateTimeOffset OccurredAt) : IIntegrationEvent;
