using AccountingPlatform.Channels.UnionPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>Refuses to start with a key that does not import, naming the setting, rather than failing at the first call.</summary>
public sealed class EmulatorUnionPayOptionsValidator : IValidateOptions<EmulatorUnionPayOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorUnionPayOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PlatformPrivateKey) && !PemKeys.Imports(UnionPayKeys.ImportPrivateKey, options.PlatformPrivateKey))
            failures.Add($"{EmulatorUnionPayOptions.SectionName}:PlatformPrivateKey is not a PEM RSA private key.");
        for (var i = 0; i < options.Merchants.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.Merchants[i].MerId))
                failures.Add($"{EmulatorUnionPayOptions.SectionName}:Merchants:{i}:MerId is empty.");
            if (!PemKeys.Imports(UnionPayKeys.ImportPublicKey, options.Merchants[i].MerchantPublicKey))
                failures.Add($"{EmulatorUnionPayOptions.SectionName}:Merchants:{i}:MerchantPublicKey is not a PEM RSA public key or certificate.");
        }
        if (options.NotifyRetryDelaysSeconds?.Any(s => s < 0) == true)
            failures.Add($"{EmulatorUnionPayOptions.SectionName}:NotifyRetryDelaysSeconds must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
