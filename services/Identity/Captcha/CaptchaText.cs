using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>The answer of a captcha: 4–5 characters without look-alikes (no 0/O, 1/I/L).</summary>
public static class CaptchaText
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int MinLength = 4;
    public const int MaxLength = 5;

    public static string Generate() =>
        RandomNumberGenerator.GetString(Alphabet, RandomNumberGenerator.GetInt32(MinLength, MaxLength + 1));

    /// <summary>
    /// True when <paramref name="given"/> is the answer, ignoring case and surrounding whitespace.
    /// The characters are compared in fixed time; only the length can show through timing.
    /// </summary>
    public static bool Matches(string? expected, string? given)
    {
        if (string.IsNullOrWhiteSpace(expected) || string.IsNullOrWhiteSpace(given)) return false;
        var expectedBytes = Encoding.UTF8.GetBytes(expected.Trim().ToUpperInvariant());
        var givenBytes = Encoding.UTF8.GetBytes(given.Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(expectedBytes, givenBytes);
    }
}
