namespace AccountingPlatform.Web.Platform;

/// <summary>
/// Where the browser fetches a person's private image from the portal (<see cref="PrivateImageEndpoints"/>): the API's
/// path of the image with <c>/private-images</c> in place of <c>/api</c>, for the two kinds of private image there are,
/// a record's files (PersonnelRecord) and an online real-name application's photos (RealName).
/// </summary>
public static class PrivateImageLinks
{
    public const string Prefix = "/private-images";
    private static readonly string[] ApiPaths = ["/api/personnel/records/", "/api/realname/applications/"];

    /// <summary>The portal's address of an image the API names by its path; null for none, or for a path that is not a private image's.</summary>
    public static string? Of(string? apiPath) =>
        apiPath is not null && ApiPaths.Any(p => apiPath.StartsWith(p, StringComparison.Ordinal)) ? Prefix + apiPath["/api".Length..] : null;

    /// <summary>An image of the person's record (a photo, a certificate, a work-experience proof).</summary>
    public static string RecordFile(Guid recordId, Guid fileId) => $"{Prefix}/personnel/records/{recordId}/files/{fileId}";
}
