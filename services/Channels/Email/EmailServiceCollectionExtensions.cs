using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.Channels.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EmailOptions"/> from <c>Channels:Email</c> and registers <see cref="SmtpEmailSender"/> as a
    /// singleton (it holds no connection: each send opens its own).
    /// </summary>
    public static IHostApplicationBuilder AddSmtpEmail(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection(EmailOptions.SectionName));
        builder.Services.AddSingleton<SmtpEmailSender>();
        return builder;
    }
}
