using System.Security.Cryptography;
using System.Text;

namespace AccountingPlatform.Identity.Captcha;

/// <summary>The captcha's answer: four characters without look-alikes (no 0/O, 1/I/L), compared case-insensitively.</summary>
public static class CaptchaText
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 4;

    public static string Generate() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    public static bool Matches(string expected, string? given)
    {
        if (string.IsNullOrWhiteSpace(given)) return false;
        var a = Encoding.UTF8.GetBytes(expected.ToUpperInvariant());
        var b = Encoding.UTF8.GetBytes(given.Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
