namespace AccountingPlatform.Gateway;

/// <summary>
/// The rule of a shared per-minute limit: fixed windows aligned on the clock (every gateway instance agrees which one
/// a request falls in), a request allowed while the window's count is within the limit, else told to come back when
/// the window ends.
/// </summary>
public readonly record struct SharedWindow(long Index, TimeSpan Remaining)
{
    public static SharedWindow At(DateTimeOffset now, TimeSpan window)
    {
        var ms = now.ToUnixTimeMilliseconds();
        var length = (long)window.TotalMilliseconds;
        return new SharedWindow(ms / length, TimeSpan.FromMilliseconds(length - ms % length));
    }

    /// <summary>Null when the request counted <paramref name="count"/> is allowed; else how long until it may try again.</summary>
    public TimeSpan? RetryAfter(long count, int permitLimit) => count <= permitLimit ? null : Remaining;
}
