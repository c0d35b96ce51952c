using System.Globalization;
using AccountingPlatform.Channels.Email;
using AccountingPlatform.IntegrationTests.Support;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.IntegrationTests.Channels;

/// <summary>The e-mail settings the AppHost gives a service reach the emulator's SMTP sink, which shows the mail by recipient.</summary>
public sealed class EmailChannelTests
{
    [Theory]
    [InlineData("enrollment")]
    [InlineData("payment")]
    public async Task A_service_configured_by_the_AppHost_sends_mail_the_emulator_shows_to_its_recipient(string service)
    {
        var environment = await PlatformHost.Instance.EnvironmentOfAsync(service);
        var options = new EmailOptions
        {
            Host = environment["Channels__Email__Host"]!,
            Port = int.Parse(environment["Channels__Email__Port"]!, CultureInfo.InvariantCulture),
            FromAddress = environment["Channels__Email__FromAddress"]!,
            FromName = environment["Channels__Email__FromName"]!,
        };
        Assert.Equal(PlatformEnvironment.EmulatorSmtpUrl.Port, options.Port);
        Assert.NotEqual(2525, options.Port);  // randomized under test like every fixed port, so a running platform is no obstacle
        var address = $"{service}-{Guid.NewGuid():N}@example.cn";

        await new SmtpEmailSender(Options.Create(options), TimeProvider.System)
            .SendAsync(new EmailMessage(address, "报名确认通知", "您已成功报名2024年度初级会计专业技术资格考试。"), CancellationToken.None);

        using var emulator = new EmulatorClient();
        var received = Assert.Single(await emulator.EmailsToAsync(address));
        Assert.Equal(address, received.To);
        Assert.Equal("noreply@kjzg.example.cn", received.From);
        Assert.Equal("全国会计资格评价网", received.FromName);
        Assert.Equal("报名确认通知", received.Subject);
        Assert.Equal("您已成功报名2024年度初级会计专业技术资格考试。", received.TextBody.TrimEnd());
    }
}
