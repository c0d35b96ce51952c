namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>Section <c>Emulator:UnionPay</c>: the emulated gateway's signing key and the merchants it knows.</summary>
public sealed class EmulatorUnionPayOptions
{
    public const string SectionName = "Emulator:UnionPay";

    private static readonly int[] DefaultRetryDelaysSeconds = [1, 2, 5];

    /// <summary>The "UnionPay" signing key, PEM (PKCS#8). Empty: a throwaway key is made at start.</summary>
    public string PlatformPrivateKey { get; set; } = "";

    public List<EmulatorUnionPayMerchant> Merchants { get; set; } = [];

    /// <summary>
    /// Waits between notification retries: a few quick ones. UnionPay's real schedule could not be confirmed from the
    /// searchable material (it retries over a longer span while the merchant does not answer 200).
    /// </summary>
    public int[]? NotifyRetryDelaysSeconds { get; set; }

    // Not defaulted on the property: the configuration binder appends to an initialized array.
    public IReadOnlyList<int> RetryDelaysSeconds =>
        NotifyRetryDelaysSeconds is { Length: > 0 } delays ? delays : DefaultRetryDelaysSeconds;
}
