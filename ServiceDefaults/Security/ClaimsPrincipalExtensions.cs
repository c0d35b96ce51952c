using System.Security.Claims;

namespace AccountingPlatform.ServiceDefaults.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The authenticated user's id (the token's <c>sub</c>).</summary>
    public static Guid GetUserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(PlatformClaims.Subject), out var id)
            ? id
            : throw new InvalidOperationException("The principal carries no user id.");

    /// <summary>The division code a reviewer covers, or null.</summary>
    public static string? GetDivision(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.Division);

    /// <summary>The staff member's name as Identity issued it (tokens issued before the claim existed carry none).</summary>
    public static string GetStaffName(this ClaimsPrincipal user) => user.FindFirstValue(PlatformClaims.StaffName) ?? "工作人员";
}
