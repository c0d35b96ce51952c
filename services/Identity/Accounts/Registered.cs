namespace AccountingPlatform.Identity.Accounts;

public sealed record Registered(Guid UserId);
