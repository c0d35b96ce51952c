using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.WeChatPay;

public static class WeChatPayEmulatorExtensions
{
    /// <summary>Options from <c>Emulator:WeChatPay</c>, the platform key, the trades and the callback sender.</summary>
    public static IHostApplicationBuilder AddWeChatPayEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorWeChatPayOptions>()
            .Bind(builder.Configuration.GetSection(EmulatorWeChatPayOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmulatorWeChatPayOptions>, EmulatorWeChatPayOptionsValidator>();
        builder.Services.AddSingleton<WeChatPayPlatform>();
        builder.Services.AddSingleton<WeChatTradeStore>();
        builder.Services.AddSingleton<WeChatPayTradeMethods>();
        builder.Services.AddSingleton<WeChatPayNotifier>();
        return builder;
    }
}
