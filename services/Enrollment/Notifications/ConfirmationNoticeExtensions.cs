using AccountingPlatform.Channels.Email;
using AccountingPlatform.Channels.Sms;

namespace AccountingPlatform.Enrollment.Notifications;

public static class ConfirmationNoticeExtensions
{
    /// <summary>The SMS (Aliyun) and e-mail (SMTP) channels the confirmation goes out through.</summary>
    public static IHostApplicationBuilder AddConfirmationNotices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConfirmationNoticeOptions>().Bind(builder.Configuration.GetSection(ConfirmationNoticeOptions.SectionName));
        builder.AddAliyunSms();
        builder.AddSmtpEmail();
        return builder;
    }
}
