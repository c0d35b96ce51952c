using System.Text;
using AccountingPlatform.Channels.WeChatPay;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>Refuses to start with a key that does not import or an APIv3 key of the wrong length, naming the setting.</summary>
public sealed class EmulatorWeChatPayOptionsValidator : IValidateOptions<EmulatorWeChatPayOptions>
{
    public ValidateOptionsResult Validate(string? name, EmulatorWeChatPayOptions options)
    {
        var section = EmulatorWeChatPayOptions.SectionName;
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.PlatformPrivateKey) && !PemKeys.Imports(WeChatPayKeys.ImportPrivateKey, options.PlatformPrivateKey))
            failures.Add($"{section}:PlatformPrivateKey is not a PEM RSA private key.");
        if (string.IsNullOrWhiteSpace(options.PlatformSerialNo))
            failures.Add($"{section}:PlatformSerialNo is empty.");
        for (var i = 0; i < options.Merchants.Count; i++)
        {
            var merchant = options.Merchants[i];
            if (string.IsNullOrWhiteSpace(merchant.MchId))
                failures.Add($"{section}:Merchants:{i}:MchId is empty.");
            if (string.IsNullOrWhiteSpace(merchant.MerchantSerialNo))
                failures.Add($"{section}:Merchants:{i}:MerchantSerialNo is empty.");
            if (!PemKeys.Imports(WeChatPayKeys.ImportPublicKey, merchant.MerchantPublicKey))
                failures.Add($"{section}:Merchants:{i}:MerchantPublicKey is not a PEM RSA public key.");
            if (Encoding.UTF8.GetByteCount(merchant.ApiV3Key) != 32)
                failures.Add($"{section}:Merchants:{i}:ApiV3Key must be 32 bytes.");
        }
        if (options.NotifyRetryDelaysSeconds?.Any(s => s < 0) == true)
            failures.Add($"{section}:NotifyRetryDelaysSeconds must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
