using System.Net;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The candidate's way to a payment QR code.</summary>
public static class PaymentOrders
{
    /// <summary>
    /// A new candidate, verified by Alipay, enrolled in the seeded exam in 广东 (not linked to the personnel registry, so
    /// the verified real name is enough) and holding an Alipay order for it, not yet paid.
    /// </summary>
    public static async Task<GuangdongOrder> EnrollInGuangdongAndOrderAsync(EmulatorClient emulator)
    {
        var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var me = candidate.Client;
        var exam = (await me.GetAsync("/api/enrollment/exams")).Json[0].GetProperty("code").GetString();
        var enrollment = new { examCode = exam, provinceCode = "440000", subjectCodes = new[] { "ZJ-SW" }, acceptedCommitment = true, acceptedLegalNotice = true };
        var enrolled = await Eventually.GetAsync(() => me.PostAsync("/api/enrollment/me/enrollments", enrollment),
            r => r.ProblemCode != "ENROLLMENT_REALNAME_REQUIRED", "Enrollment learns of the verification");
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
