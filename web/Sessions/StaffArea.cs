using Microsoft.AspNetCore.Components;

namespace AccountingPlatform.Web.Sessions;

/// <summary>The staff console's part of the web app (<c>/staff</c>): its own login page, layout and pages by role.</summary>
public static class StaffArea
{
    public const string LoginPath = "staff/login";

    public static bool Contains(NavigationManager navigation) => Contains(navigation.ToBaseRelativePath(navigation.Uri));

    /// <summary>Whether a base-relative path (no leading slash) lies in the staff area.</summary>
    public static bool Contains(string relativePath) =>
        relativePath.Equals("staff", StringComparison.OrdinalIgnoreCase) || relativePath.StartsWith("staff/", StringComparison.OrdinalIgnoreCase)
        || relativePath.StartsWith("staff?", StringComparison.OrdinalIgnoreCase);

    /// <summary>The login page for the area a path lies in: the staff console's or the portal's.</summary>
    public static string LoginFor(string relativePath) => Contains(relativePath) ? LoginPath : "login";
}
