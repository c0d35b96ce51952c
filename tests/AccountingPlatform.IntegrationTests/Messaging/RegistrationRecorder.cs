using AccountingPlatform.Contracts;
using AccountingPlatform.Messaging;
using Microsoft.Extensions.Logging;

namespace AccountingPlatform.IntegrationTests.Messaging;

/// <summary>An idempotent consumer that records every application of a message.</summary>
public sealed class RegistrationRecorder(TestDbContext db, ILogger<RegistrationRecorder> logger)
    : IdempotentConsumer<TestDbContext, UserRegistered>(db, logger)
{
    protected override Task HandleAsync(UserRegistered message, CancellationToken cancellationToken)
    {
        Db.Applied.Add(new AppliedRegistration { UserId = message.UserId });
        return Task.CompletedTask;
    }
}
