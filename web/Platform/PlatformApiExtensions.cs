namespace AccountingPlatform.Web.Platform;

public static class PlatformApiExtensions
{
    /// <summary>
    /// <see cref="PlatformApiClient"/> at the gateway (<c>services:gateway:http:0</c>). No automatic retries: a busy answer
    /// reaches the page, which tells the person and tries again after <c>Retry-After</c>; a POST is never sent twice
    /// behind their back.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformApi(this IHostApplicationBuilder builder)
    {
        var gateway = builder.Configuration["services:gateway:http:0"]
            ?? throw new InvalidOperationException("services:gateway:http:0 (the gateway's address) is not configured.");
#pragma warning disable EXTEXP0001   // RemoveAllResilienceHandlers: experimental, and the way to take the defaults' retries off one client
        builder.Services.AddHttpClient<PlatformApiClient>(http =>
        {
            http.BaseAddress = new Uri(gateway);
            http.Timeout = TimeSpan.FromSeconds(30);
        }).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        return builder;
    }
}
