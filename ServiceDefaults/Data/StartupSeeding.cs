using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.ServiceDefaults.Data;

/// <summary>
/// Start-up data written by one instance at a time. Several instances of a service start together and each adds what
/// is missing; a transaction-scoped PostgreSQL advisory lock (per seed name) makes the second wait for the first and
/// then find everything there, instead of failing on a unique index and stopping.
/// </summary>
public static class StartupSeeding
{
    public static async Task SeedOneAtATimeAsync(this DbContext db, string seed, Func<CancellationToken, Task> addMissing, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({seed}))", cancellationToken);
        await addMissing(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
