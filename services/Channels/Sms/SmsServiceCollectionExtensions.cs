using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Channels.Sms;

public static class SmsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="SmsOptions"/> from <c>Channels:Sms</c> and registers the typed <see cref="AliyunSmsClient"/>.</summary>
    public static IHostApplicationBuilder AddAliyunSms(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmsOptions>().Bind(builder.Configuration.GetSection(SmsOptions.SectionName));
        builder.Services.AddHttpClient<AliyunSmsClient>();
        return builder;
    }
}
