using System.Diagnostics;
using System.Text.Json;
using AccountingPlatform.Contracts;

namespace AccountingPlatform.Messaging;

/// <summary>An integration event written in the same transaction as the business change that caused it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; private set; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public string? TraceParent { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? PublishedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    public static OutboxMessage From<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent => new()
    {
        Id = Guid.CreateVersion7(),
        MessageType = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), MessagingJson.Options),
        TraceParent = Activity.Current?.Id,
        OccurredAt = integrationEvent.OccurredAt,
    };

    public object Deserialize(Type type) =>
        JsonSerializer.Deserialize(Payload, type, MessagingJson.Options)
        ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload.");
}
