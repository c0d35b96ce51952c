using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Channels.UnionPay;

public static class UnionPayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="UnionPayOptions"/> from <c>Channels:UnionPay</c> and registers the typed
    /// <see cref="UnionPayClient"/> and the <see cref="UnionPayNotifyReader"/>.
    /// </summary>
    public static IHostApplicationBuilder AddUnionPay(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<UnionPayOptions>().Bind(builder.Configuration.GetSection(UnionPayOptions.SectionName));
        builder.Services.AddHttpClient<UnionPayClient>();
        builder.Services.AddSingleton<UnionPayNotifyReader>();
        return builder;
    }
}
