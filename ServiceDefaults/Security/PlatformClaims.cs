namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>Claim names and roles in the platform's access tokens.</summary>
public static class PlatformClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    /// <summary>The administrative division code a reviewer may review (e.g. 110000 for all of Beijing).</summary>
    public const string Division = "division";
    /// <summary>The account's security stamp when the token was issued; see <see cref="SessionStamps"/>.</summary>
    public const string SecurityStamp = "sst";
    /// <summary>The session (login) the token belongs to, ended by logout; see <see cref="SessionStamps"/>.</summary>
    public const string Session = "sid";
    /// <summary>A staff member's name (reviewers and administrators only; a candidate's token carries no personal data).</summary>
    public const string StaffName = "name";
    public const string Audience = "accounting-platform";

    public static class Roles
    {
        public const string Candidate = "candidate";
        public const string Reviewer = "reviewer";
        public const string Admin = "admin";
    }

    public static class Policies
    {
        public const string Candidate = "candidate";
        public const string Reviewer = "reviewer";
        public const string Admin = "admin";
    }
}
