namespace AccountingPlatform.ServiceDefaults.Paging;

/// <summary>The one list shape of every API: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
