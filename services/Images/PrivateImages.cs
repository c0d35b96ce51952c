using System.Security.Claims;
using AccountingPlatform.Divisions;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Images;

/// <summary>
/// A candidate's private images (certificate photos, record images): seen by the candidate who uploaded them and by
/// reviewers whose division covers the division the images are filed under; to anyone else they do not exist (404).
/// </summary>
public static class PrivateImages
{
    public static bool MayView(ClaimsPrincipal user, Guid ownerId, string? divisionCode) =>
        user.IsInRole(PlatformClaims.Roles.Candidate) && ownerId == user.GetUserId()
        || user.IsInRole(PlatformClaims.Roles.Reviewer) && divisionCode is not null
           && user.GetDivision() is { } reviewerDivision && DivisionScope.Covers(reviewerDivision, divisionCode);

    /// <summary>The image as a download that browsers neither cache nor sniff.</summary>
    public static FileContentHttpResult Serve(HttpContext http, StoredImage image, string name)
    {
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(image.Content, image.ContentType, $"{name}.{image.FileExtension}");
    }
}
