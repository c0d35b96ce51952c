namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>One row per time the test consumer applied a message: duplicates would show as extra rows.</summary>
public sealed class AppliedRegistration
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid UserId { get; init; }
}
