using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AccountingPlatform.Web.Sessions;

/// <summary>Starting and ending the portal session of the person making the current request.</summary>
public sealed class PortalSignIn(IHttpContextAccessor accessor, PortalSessionStore sessions)
{
    private HttpContext Http => accessor.HttpContext ?? throw new InvalidOperationException("No request.");

    public async Task SignInAsync(SignedInPerson person, PortalTokens tokens)
    {
        var sessionId = await sessions.StartAsync(tokens);
        List<Claim> claims =
        [
            new(PortalSessions.SessionClaim, sessionId), new(PortalSessions.NameClaim, person.Name), new(PortalSessions.RoleClaim, person.Role),
            new(PortalSessions.UserIdClaim, person.UserId.ToString()),
        ];
        var division = person.DivisionCode;
        if (division is not null) claims.Add(new Claim(PortalSessions.DivisionClaim, division));
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, PortalSessions.NameClaim, PortalSessions.RoleClaim);
        Http.Items[PortalSessions.TokensItem] = tokens;
        await Http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The session's tokens, or null when nobody is signed in or the session has ended.</summary>
    public async Task<PortalTokens?> TokensAsync()
    {
        if (Http.Items[PortalSessions.TokensItem] is PortalTokens known) return known;
        return SessionId is { } id ? await sessions.GetAsync(id) : null;
    }

    public string? SessionId => Http.User.FindFirstValue(PortalSessions.SessionClaim);

    /// <summary>Forgets the session here and in Redis (every portal instance); Identity's side is the caller's to end.</summary>
    public async Task SignOutAsync()
    {
        if (SessionId is { } id) await sessions.EndAsync(id);
        Http.Items.Remove(PortalSessions.TokensItem);
        if (!Http.Response.HasStarted) await Http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
