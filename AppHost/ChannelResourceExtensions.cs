using AccountingPlatform.AppHost.DevelopmentKeys;

namespace AccountingPlatform.AppHost;

public static class ChannelResourceExtensions
{
    public static IResourceBuilder<ProjectResource> WithEmulatedChannels(this IResourceBuilder<ProjectResource> emulator, ChannelSettings channels) =>
        emulator
            .WithEnvironment("Emulator__Alipay__AlipayPrivateKey", channels.AlipayPlatformPrivateKey)
            .WithEnvironment("Emulator__Alipay__Apps__0__AppId", ChannelSettings.AlipayAppId)
            .WithEnvironment("Emulator__Alipay__Apps__0__AppPublicKey", channels.AlipayAppPrivateKey.PublicKey())
            .WithEnvironment("Emulator__Sms__AccessKeys__0__AccessKeyId", ChannelSettings.SmsAccessKeyId)
            .WithEnvironment("Emulator__Sms__AccessKeys__0__AccessKeySecret", channels.SmsAccessKeySecret)
            .WithEnvironment("Emulator__WeChatPay__PlatformPrivateKey", channels.WeChatPayPlatformPrivateKey.PrivateKeyPem())
            .WithEnvironment("Emulator__WeChatPay__PlatformSerialNo", ChannelSettings.WeChatPayPlatformSerialNo)
            .WithEnvironment("Emulator__WeChatPay__Merchants__0__MchId", ChannelSettings.WeChatPayMchId)
            .WithEnvironment("Emulator__WeChatPay__Merchants__0__AppId", ChannelSettings.WeChatPayAppId)
            .WithEnvironment("Emulator__WeChatPay__Merchants__0__MerchantSerialNo", ChannelSettings.WeChatPayMerchantSerialNo)
            .WithEnvironment("Emulator__WeChatPay__Merchants__0__MerchantPublicKey", channels.WeChatPayMerchantPrivateKey.PublicKeyPem())
            .WithEnvironment("Emulator__WeChatPay__Merchants__0__ApiV3Key", channels.WeChatPayApiV3Key)
            .WithEnvironment("Emulator__UnionPay__PlatformPrivateKey", channels.UnionPayPlatformPrivateKey.PrivateKeyPem())
            .WithEnvironment("Emulator__UnionPay__Merchants__0__MerId", ChannelSettings.UnionPayMerId)
            .WithEnvironment("Emulator__UnionPay__Merchants__0__CertId", ChannelSettings.UnionPayCertId)
            .WithEnvironment("Emulator__UnionPay__Merchants__0__MerchantPublicKey", channels.UnionPayMerchantPrivateKey.PublicKeyPem());

    /// <summary>Alipay through the emulator; Alipay's notifications and certification returns come back through the gateway.</summary>
    public static IResourceBuilder<ProjectResource> WithAlipay(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> emulator, IResourceBuilder<ProjectResource> gateway, ChannelSettings channels)
    {
        var emulatorUrl = emulator.GetEndpoint("http");
        var gatewayUrl = gateway.GetEndpoint("http");
        return service
            .WithReference(emulator).WaitFor(emulator)
            .WithEnvironment("Channels__Alipay__GatewayUrl", ReferenceExpression.Create($"{emulatorUrl}/alipay/gateway.do"))
            .WithEnvironment("Channels__Alipay__AppId", ChannelSettings.AlipayAppId)
            .WithEnvironment("Channels__Alipay__AppPrivateKey", channels.AlipayAppPrivateKey)
            .WithEnvironment("Channels__Alipay__AlipayPublicKey", channels.AlipayPlatformPrivateKey.PublicKey())
            .WithEnvironment("Channels__Alipay__NotifyUrl", ReferenceExpression.Create($"{gatewayUrl}/api/payment/notifications/alipay"))
            .WithEnvironment("Channels__Alipay__CertifyReturnUrl", ReferenceExpression.Create($"{gatewayUrl}/realname/alipay/return"));
    }

    /// <summary>WeChat Pay API v3 through the emulator; its callbacks come back through the gateway.</summary>
    public static IResourceBuilder<ProjectResource> WithWeChatPay(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> emulator, IResourceBuilder<ProjectResource> gateway, ChannelSettings channels) =>
        service
            .WithReference(emulator).WaitFor(emulator)
            .WithEnvironment("Channels__WeChatPay__BaseUrl", emulator.GetEndpoint("http"))
            .WithEnvironment("Channels__WeChatPay__MchId", ChannelSettings.WeChatPayMchId)
            .WithEnvironment("Channels__WeChatPay__AppId", ChannelSettings.WeChatPayAppId)
            .WithEnvironment("Channels__WeChatPay__MerchantSerialNo", ChannelSettings.WeChatPayMerchantSerialNo)
            .WithEnvironment("Channels__WeChatPay__MerchantPrivateKey", channels.WeChatPayMerchantPrivateKey.PrivateKeyPem())
            .WithEnvironment("Channels__WeChatPay__PlatformSerialNo", ChannelSettings.WeChatPayPlatformSerialNo)
            .WithEnvironment("Channels__WeChatPay__PlatformPublicKey", channels.WeChatPayPlatformPrivateKey.PublicKeyPem())
            .WithEnvironment("Channels__WeChatPay__ApiV3Key", channels.WeChatPayApiV3Key)
            .WithEnvironment("Channels__WeChatPay__NotifyUrl", ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/api/payment/notifications/wechatpay"));

    /// <summary>UnionPay's gateway through the emulator; its back-end notifications come back through the gateway.</summary>
    public static IResourceBuilder<ProjectResource> WithUnionPay(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> emulator, IResourceBuilder<ProjectResource> gateway, ChannelSettings channels) =>
        service
            .WithReference(emulator).WaitFor(emulator)
            .WithEnvironment("Channels__UnionPay__GatewayUrl", ReferenceExpression.Create($"{emulator.GetEndpoint("http")}/unionpay"))
            .WithEnvironment("Channels__UnionPay__MerId", ChannelSettings.UnionPayMerId)
            .WithEnvironment("Channels__UnionPay__CertId", ChannelSettings.UnionPayCertId)
            .WithEnvironment("Channels__UnionPay__MerchantPrivateKey", channels.UnionPayMerchantPrivateKey.PrivateKeyPem())
            .WithEnvironment("Channels__UnionPay__UnionPayPublicKey", channels.UnionPayPlatformPrivateKey.PublicKeyPem())
            .WithEnvironment("Channels__UnionPay__BackUrl", ReferenceExpression.Create($"{gateway.GetEndpoint("http")}/api/payment/notifications/unionpay"));

    /// <summary>Aliyun SMS through the emulator (codes from Identity, notices from Enrollment).</summary>
    public static IResourceBuilder<ProjectResource> WithSms(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> emulator, ChannelSettings channels) =>
        service
            .WithReference(emulator).WaitFor(emulator)
            .WithEnvironment("Channels__Sms__Endpoint", ReferenceExpression.Create($"{emulator.GetEndpoint("http")}/sms/"))
            .WithEnvironment("Channels__Sms__AccessKeyId", ChannelSettings.SmsAccessKeyId)
            .WithEnvironment("Channels__Sms__AccessKeySecret", channels.SmsAccessKeySecret)
            .WithEnvironment("Channels__Sms__SignName", "全国会计资格评价网")
            .WithEnvironment("Channels__Sms__TemplateCode", "SMS_000000001");

    /// <summary>
    /// E-mail through the emulator's SMTP sink (its <c>smtp</c> endpoint: plain SMTP, no AUTH). The sender
    /// <c>noreply@kjzg.example.cn</c> is a development address (<c>.example</c>), not a real mailbox.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithEmail(this IResourceBuilder<ProjectResource> service,
        IResourceBuilder<ProjectResource> emulator)
    {
        var smtp = emulator.GetEndpoint("smtp");
        return service
            .WaitFor(emulator)
            .WithEnvironment("Channels__Email__Host", smtp.Property(EndpointProperty.Host))
            .WithEnvironment("Channels__Email__Port", smtp.Property(EndpointProperty.Port))
            .WithEnvironment("Channels__Email__FromAddress", "noreply@kjzg.example.cn")
            .WithEnvironment("Channels__Email__FromName", "全国会计资格评价网");
    }
}
