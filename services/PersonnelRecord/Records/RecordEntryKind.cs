using AccountingPlatform.PersonnelRecord.Data;

namespace AccountingPlatform.PersonnelRecord.Records;

/// <summary>
/// One kind of list entry of the record: where it lives, what it is called, and how a request becomes an entry and is
/// checked. <see cref="RecordEntries"/> lists, adds, edits and deletes every kind the same way.
/// </summary>
public abstract class RecordEntryKind<TEntry, TRequest> where TEntry : class, IRecordEntry
{
    /// <summary>e.g. <c>/api/personnel/me/record/educations</c>.</summary>
    public abstract string Route { get; }
    public abstract string Tag { get; }
    /// <summary>The Chinese name in summaries and messages, e.g. 教育经历.</summary>
    public abstract string Name { get; }
    /// <summary>The error-code stem, e.g. <c>PERSONNEL_EDUCATION</c> (→ <c>_INVALID</c>, <c>_NOT_FOUND</c>).</summary>
    public abstract string ErrorCode { get; }

    public abstract TEntry Create(Guid userId);
    public abstract void Apply(TRequest request, TEntry entry);
    public abstract Task<Dictionary<string, string[]>> ValidateAsync(
        TRequest request, Guid userId, PersonnelDbContext db, DateOnly today, CancellationToken cancellationToken);

    /// <summary>
    /// Field errors when a valid request would clash with the candidate's other entries of this kind (not
    /// <paramref name="entryId"/>, the one being edited), refused as <c>{ErrorCode}_OVERLAPS</c>; none by default.
    /// </summary>
    public virtual Task<Dictionary<string, string[]>> OverlapsAsync(
        TRequest request, Guid userId, Guid? entryId, PersonnelDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult(new Dictionary<string, string[]>());
}
