using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// List, add, edit and delete of any kind of the record's list entries (<see cref="RecordEntryKind{TEntry,TRequest}"/>),
/// for the candidate's own entries only; every change goes through <see cref="RecordEditing"/> (a submitted record is
/// locked, an approved one reopens).
/// </summary>
public static class RecordEntries
{
    public static async Task<Ok<List<TEntry>>> ListAsync<TEntry, TRequest>(
        RecordEntryKind<TEntry, TRequest> kind, HttpContext http, PersonnelDbContext db, CancellationToken cancellationToken)
        where TEntry : class, IRecordEntry
    {
        var userId = http.User.GetUserId();
        return TypedResults.Ok(await db.Set<TEntry>().AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.StartDate).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Created<TEntry>, ProblemHttpResult>> AddAsync<TEntry, TRequest>(
        RecordEntryKind<TEntry, TRequest> kind, TRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
        where TEntry : class, IRecordEntry
    {
        var userId = http.User.GetUserId();
        if (await ValidateAsync(kind, request, userId, null, db, clock, cancellationToken) is { } invalid) return invalid;
        var entry = kind.Create(userId);
        kind.Apply(request, entry);
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.Set<TEntry>().Add(entry), cancellationToken) is { } problem) return problem;
        return TypedResults.Created($"{kind.Route}/{entry.Id}", entry);
    }

    public static async Task<Results<Ok<TEntry>, ProblemHttpResult>> UpdateAsync<TEntry, TRequest>(
        RecordEntryKind<TEntry, TRequest> kind, Guid id, TRequest request, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
        where TEntry : class, IRecordEntry
    {
        var userId = http.User.GetUserId();
        var entry = await db.Set<TEntry>().FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (entry is null) return NotFound(kind);
        if (await ValidateAsync(kind, request, userId, id, db, clock, cancellationToken) is { } invalid) return invalid;
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => kind.Apply(request, entry), cancellationToken) is { } problem) return problem;
        return TypedResults.Ok(entry);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync<TEntry, TRequest>(
        RecordEntryKind<TEntry, TRequest> kind, Guid id, HttpContext http, PersonnelDbContext db, TimeProvider clock, CancellationToken cancellationToken)
        where TEntry : class, IRecordEntry
    {
        var userId = http.User.GetUserId();
        var entry = await db.Set<TEntry>().FirstOrDefaultAsync(e => e.Id == id && e.UserId == userId, cancellationToken);
        if (entry is null) return NotFound(kind);
        if (await RecordEditing.ChangeAsync(db, userId, clock.GetUtcNow(), () => db.Set<TEntry>().Remove(entry), cancellationToken) is { } problem) return problem;
        return TypedResults.NoContent();
    }

    private static async Task<ProblemHttpResult?> ValidateAsync<TEntry, TRequest>(
        RecordEntryKind<TEntry, TRequest> kind, TRequest request, Guid userId, Guid? entryId, PersonnelDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
        where TEntry : class, IRecordEntry
    {
        var errors = await kind.ValidateAsync(request, userId, db, BeijingTime.Today(clock), cancellationToken);
        if (errors.Count > 0) return ApiProblem.Validation($"{kind.ErrorCode}_INVALID", errors);
        var overlaps = await kind.OverlapsAsync(request, userId, entryId, db, cancellationToken);
        return overlaps.Count > 0 ? ApiProblem.Validation($"{kind.ErrorCode}_OVERLAPS", overlaps) : null;
    }

    private static ProblemHttpResult NotFound<TEntry, TRequest>(RecordEntryKind<TEntry, TRequest> kind) where TEntry : class, IRecordEntry =>
        ApiProblem.NotFound($"{kind.ErrorCode}_NOT_FOUND", $"{kind.Name}不存在");
}
