using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.Alipay;

public static class AlipayEmulatorExtensions
{
    /// <summary>Options from <c>Emulator:Alipay</c>, the in-memory state, and the notification sender.</summary>
    public static IHostApplicationBuilder AddAlipayEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorAlipayOptions>()
            .Bind(builder.Configuration.GetSection(EmulatorAlipayOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmulatorAlipayOptions>, EmulatorAlipayOptionsValidator>();
        builder.Services.AddSingleton<AlipayPlatform>();
        builder.Services.AddSingleton<CertificationStore>();
        builder.Services.AddSingleton<TradeStore>();
        builder.Services.AddSingleton<CertifyMethods>();
        builder.Services.AddSingleton<TradeMethods>();
        builder.Services.AddSingleton<TradeNotifier>();
        builder.Services.AddSingleton<ResponseTampering>();
        builder.Services.AddSingleton<AlipayOutage>();
        return builder;
    }
}
