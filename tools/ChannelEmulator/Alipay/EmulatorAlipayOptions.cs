namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>Section <c>Emulator:Alipay</c>: the emulated platform's key and the merchant apps it knows.</summary>
public sealed class EmulatorAlipayOptions
{
    public const string SectionName = "Emulator:Alipay";

    private static readonly int[] DefaultRetryDelaysSeconds = [1, 2, 5, 10, 30];

    /// <summary>The "Alipay platform" private key (base64 PKCS#8). Empty: a throwaway key is made at start.</summary>
    public string AlipayPrivateKey { get; set; } = "";

    public List<EmulatorAlipayApp> Apps { get; set; } = [];

    /// <summary>Waits between notification retries (Alipay's ~25 h schedule, compressed).</summary>
    public int[]? NotifyRetryDelaysSeconds { get; set; }

    // Not defaulted on the property: the configuration binder appends to an initialized array.
    public IReadOnlyList<int> RetryDelaysSeconds =>
        NotifyRetryDelaysSeconds is { Length: > 0 } delays ? delays : DefaultRetryDelaysSeconds;
}
