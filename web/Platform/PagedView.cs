namespace AccountingPlatform.Web.Platform;

/// <summary>One page of a list the platform's APIs answer (<c>PagedList</c>).</summary>
public sealed record PagedView<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
