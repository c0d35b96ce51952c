namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Polls until an eventually-consistent effect (an event crossing services) is visible, or fails with the last observation.</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(45));
        T last;
        while (true)
        {
            last = await probe();
            if (done(last)) return last;
            if (DateTime.UtcNow > deadline) break;
            await Task.Delay(250);
        }
        throw new TimeoutException($"Timed out waiting for: {what}. Last observation: {last}");
    }
}
