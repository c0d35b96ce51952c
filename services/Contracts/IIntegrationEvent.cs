namespace AccountingPlatform.Contracts;

/// <summary>
/// An event one service publishes (through its outbox) and others consume. Immutable, past tense,
/// carrying the candidate's user id, when it happened, and only what consumers need.
/// Adding a field is fine; renaming or removing one needs a new contract.
/// </summary>
public interface IIntegrationEvent
{
    Guid UserId { get; }
    DateTimeOffset OccurredAt { get; }
}
