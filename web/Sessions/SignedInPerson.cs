namespace AccountingPlatform.Web.Sessions;

/// <summary>Who signed in, as Identity's <c>/api/identity/users/me</c> says: what the session's cookie names besides the session.</summary>
public sealed record SignedInPerson(Guid UserId, string Name, string Role, string? DivisionCode);
