using System.Security.Claims;
using AccountingPlatform.Web.Sessions;

namespace AccountingPlatform.Web.Components.Shared;

/// <summary>What every page of the staff console shares beyond a portal page's: who the staff member is and which division they review.</summary>
public abstract class StaffPage : PortalPage
{
    protected ClaimsPrincipal User => HttpContext?.User ?? new ClaimsPrincipal();

    /// <summary>The reviewer's division (e.g. 440000); null for an administrator.</summary>
    protected string? Division => User.FindFirstValue(PortalSessions.DivisionClaim);

    protected string StaffName => User.Identity?.Name ?? "";
}
