using System.Security.Cryptography;
using AccountingPlatform.Channels.Alipay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Refuses to start with a key that does not import, naming the setting, rather than failing at the first call.</summary>
public sealed class EmulatorAlipayOptionsValidator : IValidateOptions<EmulatorAlipayOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorAlipayOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.AlipayPrivateKey) && !Imports(AlipayKeys.ImportPrivateKey, options.AlipayPrivateKey))
            failures.Add($"{EmulatorAlipayOptions.SectionName}:AlipayPrivateKey is not a base64 PKCS#8 (or PKCS#1) RSA private key.");
        for (var i = 0; i < options.Apps.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Apps[i].AppId))
                failures.Add($"{EmulatorAlipayOptions.SectionName}:Apps:{i}:AppId is empty.");
            if (!Imports(AlipayKeys.ImportPublicKey, options.Apps[i].AppPublicKey))
                failures.Add($"{EmulatorAlipayOptions.SectionName}:Apps:{i}:AppPublicKey is not a base64 SubjectPublicKeyInfo RSA public key.");
        }
        if (options.NotifyRetryDelaysSeconds?.Any(s => s < 0) == true)
            failures.Add($"{EmulatorAlipayOptions.SectionName}:NotifyRetryDelaysSeconds must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool Imports(Func<string, RSA> import, string key)
    {
        try
        {
            using var rsa = import(key);
            return true;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
