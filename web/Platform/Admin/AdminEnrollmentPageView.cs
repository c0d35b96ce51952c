namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>A page of the 报名名单: <c>next</c> the position of the following page; <c>total</c> on the first page only, exact up to 10,000.</summary>
public sealed record AdminEnrollmentPageView(IReadOnlyList<AdminEnrollmentView> Items, int PageSize, int? Total, bool TotalCapped, string? Next);
