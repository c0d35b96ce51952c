namespace AccountingPlatform.Web.Sessions;

/// <summary>Where to go after logging in: a path of this site only, never another site named in the link that brought the person here.</summary>
public static class ReturnUrls
{
    public static string LocalOrHome(string? url) => LocalOr(url, "/");

    public static string LocalOr(string? url, string fallback) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url : fallback;
}
