using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The candidate's way to a payment QR code.</summary>
public static class PaymentOrders
{
    /// <summary>
    /// A new candidate, verified by Alipay, enrolled in the seeded exam in 广东 (not linked to the personnel registry, so
    /// the verified real name and the form are enough) and holding an Alipay order for it, not yet paid.
    /// </summary>
    public static async Task<GuangdongOrder> EnrollInGuangdongAndOrderAsync(EmulatorClient emulator)
    {
        var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var me = candidate.Client;
        var exam = await Enrollments.DevelopmentExamCodeAsync(me);
        var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW"], Enrollments.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        var enrollmentId = enrolled.Json.GetProperty("id").GetGuid();

        var order = await CreateAlipayOrderAsync(me, enrollmentId);
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        return new GuangdongOrder(candidate, enrollmentId, enrolled.Json.GetProperty("amountFen").GetInt64(),
            order.Json.GetProperty("id").GetGuid(), order.Json.GetProperty("outTradeNo").GetString()!);
    }

    /// <summary>POST an Alipay order for the enrollment, once Payment has learned of it.</summary>
    public static Task<ApiResponse> CreateAlipayOrderAsync(PlatformClient me, Guid enrollmentId) =>
        Eventually.GetAsync(() => me.PostAsync("/api/payment/me/orders", new { enrollmentId, channel = "Alipay" }),
            r => r.Status != HttpStatusCode.NotFound, "Payment learns of the enrollment");
}
