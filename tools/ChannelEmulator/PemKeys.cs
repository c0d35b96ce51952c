using System.Security.Cryptography;

namespace AccountingPlatform.ChannelEmulator;

/// <summary>For the emulators' option validators: whether a configured PEM key imports with the channel adapter's own reader.</summary>
public static class PemKeys
{
    public static bool Imports(Func<string, RSA> import, string key)
    {
        try
        {
            using var rsa = import(key);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
