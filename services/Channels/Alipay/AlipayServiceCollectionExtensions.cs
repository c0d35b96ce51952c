using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Channels.Alipay;

public static class AlipayServiceCollectionExtensions
{
    /// <summary>Binds <see cref="AlipayOptions"/> from <c>Channels:Alipay</c> and registers the typed <see cref="AlipayClient"/>.</summary>
    public static IHostApplicationBuilder AddAlipayClient(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AlipayOptions>().Bind(builder.Configuration.GetSection(AlipayOptions.SectionName));
        builder.Services.AddHttpClient<AlipayClient>();
        return builder;
    }
}
