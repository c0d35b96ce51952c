namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>One page of a list as every API answers it: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / Math.Max(1, PageSize));
}
