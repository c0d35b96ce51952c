using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Sessions;
using Microsoft.AspNetCore.Antiforgery;

namespace AccountingPlatform.Web;

/// <summary>The portal's few endpoints that are not pages: logging out, and what a page's script asks while the person waits.</summary>
public static class PortalEndpoints
{
    public static IEndpointRouteBuilder MapPortalEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", LogOutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        app.MapPaymentStatus();
        return app;
    }

    /// <summary>Ends the session at Identity (its refresh token revoked) and here, on every portal instance at once.</summary>
    public static async Task<IResult> LogOutAsync(PlatformApiClient api, PortalSignIn signIn)
    {
        if (await signIn.TokensAsync() is { } tokens)
            await api.PostAsync("/api/identity/tokens/revoke", new { refreshToken = tokens.RefreshToken });
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/login?loggedOut=true");
    }
}
