using AccountingPlatform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Messaging;

public static class DbContextOutboxExtensions
{
    /// <summary>
    /// Queues an integration event in the outbox; it is stored by the same <c>SaveChanges</c> as the business
    /// change and published by the relay only after that commits.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
