namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>
/// Every simulated person connects from an address of its own in 127.0.0.0/8 (<see cref="AccountingPlatform.TestSupport.LoopbackClients"/>),
/// so the gateway's per-address limits see one device per person, as on the real network; here each address is new.
/// </summary>
public static class LoopbackSources
{
    private static int _next;

    /// <summary>The next unused address, 127.100.1.1 onwards.</summary>
    public static System.Net.IPAddress Next()
    {
        var i = Interlocked.Increment(ref _next);
        return new System.Net.IPAddress([127, (byte)(100 + i / 64_516), (byte)(i / 254 % 254 + 1), (byte)(i % 254 + 1)]);
    }
}
