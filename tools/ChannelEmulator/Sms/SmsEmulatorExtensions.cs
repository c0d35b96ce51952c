namespace AccountingPlatform.ChannelEmulator.Sms;

public static class SmsEmulatorExtensions
{
    /// <summary>Options from <c>Emulator:Sms</c> and the in-memory inbox.</summary>
    public static IHostApplicationBuilder AddSmsEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorSmsOptions>().Bind(builder.Configuration.GetSection(EmulatorSmsOptions.SectionName));
        builder.Services.AddSingleton<SmsRequestVerifier>();
        builder.Services.AddSingleton<SendSmsAction>();
        builder.Services.AddSingleton<SmsInbox>();
        return builder;
    }
}
