namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>Section <c>Emulator:WeChatPay</c>: the emulated platform's key and serial, and the merchants it knows.</summary>
public sealed class EmulatorWeChatPayOptions
{
    public const string SectionName = "Emulator:WeChatPay";

    private static readonly int[] DefaultRetryDelaysSeconds = [1, 2, 5];

    /// <summary>The platform private key (PEM). Empty: a throwaway key is made at start; read its public key at <c>GET /emulator/wechatpay/platform</c>.</summary>
    public string PlatformPrivateKey { get; set; } = "";

    /// <summary>The platform certificate serial the emulator signs under (<c>Wechatpay-Serial</c>).</summary>
    public string PlatformSerialNo { get; set; } = "5157F09EFDC096DE15EBE81A47057A72EMULATOR";

    public List<EmulatorWeChatPayMerchant> Merchants { get; set; } = [];

    /// <summary>
    /// Waits between callback retries. WeChat Pay's own schedule is 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h,
    /// 24h4m in all (https://pay.weixin.qq.com/docs/partner/apis/partner-native-payment/payment-notice.html, 通知规则);
    /// the emulator compresses it to a few quick retries for tests.
    /// </summary>
    public int[]? NotifyRetryDelaysSeconds { get; set; }

    // Not defaulted on the property: the configuration binder appends to an initialized array.
    public IReadOnlyList<int> RetryDelaysSeconds =>
        NotifyRetryDelaysSeconds is { Length: > 0 } delays ? delays : DefaultRetryDelaysSeconds;
}
