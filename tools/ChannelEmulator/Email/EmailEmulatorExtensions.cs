namespace AccountingPlatform.ChannelEmulator.Email;

public static class EmailEmulatorExtensions
{
    /// <summary>Options from <c>Emulator:Email</c>, the in-memory inbox and the SMTP sink running beside the HTTP endpoints.</summary>
    public static IHostApplicationBuilder AddEmailEmulator(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmulatorEmailOptions>().Bind(builder.Configuration.GetSection(EmulatorEmailOptions.SectionName));
        builder.Services.AddSingleton<EmailInbox>();
        builder.Services.AddSingleton<SmtpSink>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SmtpSink>());
        return builder;
    }
}
