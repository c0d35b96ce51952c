namespace AccountingPlatform.Contracts;

/// <summary>A candidate's real name was verified (Method: Alipay or Online).</summary>
public sealed record RealNameVerified(Guid UserId, Guid VerificationId, string Method, DateTimeOffset OccurredAt) : IIntegrationEvent;
