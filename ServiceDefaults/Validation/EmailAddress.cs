using System.Text.RegularExpressions;

namespace AccountingPlatform.ServiceDefaults.Validation;

/// <summary>An e-mail address (something@domain.tld, no spaces, at most 100 characters): one rule for every service that takes one.</summary>
public static partial class EmailAddress
{
    public const int MaxLength = 100;

    public static bool IsValid(string? email) => email is { Length: <= MaxLength } && Pattern().IsMatch(email);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Pattern();
}
