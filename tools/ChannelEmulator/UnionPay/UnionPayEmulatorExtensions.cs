using Microsoft.Extensions.Options;

namespace AccountingPlatform.ChannelEmulator.UnionPay;

public static class UnionPayEmulatorExtensions
{
    /// <summary>Options from <c>Emulator:UnionPay</c>, the in-memory orders, the gateway's transactions and the notifier.</summary>
    public static IHostApplicationBuilder AddUnionPayEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorUnionPayOptions>()
            .Bind(builder.Configuration.GetSection(EmulatorUnionPayOptions.SectionName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmulatorUnionPayOptions>, EmulatorUnionPayOptionsValidator>();
        builder.Services.AddSingleton<UnionPayPlatform>();
        builder.Services.AddSingleton<QrOrderStore>();
        builder.Services.AddSingleton<UnionPayNotifier>();
        builder.Services.AddSingleton<UnionPayTransactions>();
        return builder;
    }
}
