using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Channels.WeChatPay;

public static class WeChatPayServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="WeChatPayOptions"/> from <c>Channels:WeChatPay</c>, registers the typed <see cref="WeChatPayClient"/>
    /// and the <see cref="WeChatPayNotificationReader"/> for the callback endpoint.
    /// </summary>
    public static IHostApplicationBuilder AddWeChatPay(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeChatPayOptions>().Bind(builder.Configuration.GetSection(WeChatPayOptions.SectionName));
        builder.Services.AddHttpClient<WeChatPayClient>();
        builder.Services.AddSingleton<WeChatPayNotificationReader>();
        return builder;
    }
}
