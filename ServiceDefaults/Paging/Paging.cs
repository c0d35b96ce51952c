namespace AccountingPlatform.ServiceDefaults.Paging;

/// <summary><c>?page=1&amp;pageSize=20</c>, page size at most 100.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    /// <summary>Field errors for bad paging parameters, or null when they are fine.</summary>
    public static Dictionary<string, string[]>? Validate(int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1) errors["page"] = ["页码必须大于等于1"];
        if (pageSize is < 1 or > MaxPageSize) errors["pageSize"] = [$"每页条数必须在1至{MaxPageSize}之间"];
        return errors.Count > 0 ? errors : null;
    }
}
