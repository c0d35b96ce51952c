namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// A page of an exam's enrollments in a province, newest first: <c>next</c> is the <c>after=</c> of the following page
/// (null on the last). <c>total</c> is counted on the first page only, exactly up to <see cref="AdminEnrollmentList.CountedUpTo"/>
/// (beyond it: that number and <c>totalCapped</c> true, shown as "10000+"); a later page, asked by its cursor, reads just
/// its rows and leaves <c>total</c> null (the client keeps the first page's).
/// </summary>
public sealed record AdminEnrollmentPage(IReadOnlyList<AdminEnrollmentView> Items, int PageSize, int? Total, bool TotalCapped, string? Next);
