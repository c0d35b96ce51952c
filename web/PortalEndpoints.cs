using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Sessions;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace AccountingPlatform.Web;

/// <summary>The portal's few endpoints that are not pages: logging out, what a page's script asks while the person waits, and the person's private images.</summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", LogOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPaymentStatus();
        app.MapPrivateImages();
        return app;
    }

    /// <summary>Ends the session at Identity (its refresh token revoked) and here, on every portal instance at once.</summary>
    public static async Task<IResult> LogOutAsync(PlatformApiClient api, PortalSignIn signIn, HttpContext http)
    {
        var staff = http.User.FindFirst(PortalSessions.RoleClaim)?.Value is PlatformClaims.Roles.Reviewer or PlatformClaims.Roles.Admin;
        if (await signIn.TokensAsync() is { } tokens)
            await api.PostAsync("/api/identity/tokens/revoke", new { refreshToken = tokens.RefreshToken });
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(staff ? "/staff/login?loggedOut=true" : "/login?loggedOut=true");
    }
}
