using AccountingPlatform.Benchmarks.Journey;
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
        var (candidate, enrollmentId, amountFen) = await EnrollInGuangdongAsync(emulator);
        var order = await CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        return new GuangdongOrder(candidate, enrollmentId, amountFen, order.Json.GetProperty("id").GetGuid(), order.Json.GetProperty("outTradeNo").GetString()!);
    }

    /// <summary>A new candidate, verified by Alipay, enrolled in the seeded exam in 广东, with no order yet (the caller disposes the candidate).</summary>
    public static async Task<(Candidate Candidate, Guid EnrollmentId, long AmountFen)> EnrollInGuangdongAsync(EmulatorClient emulator)
    {
        var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);
        var exam = await Enrollments.DevelopmentExamCodeAsync(candidate.Client);
        var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        return (candidate, enrolled.Json.GetProperty("id").GetGuid(), enrolled.Json.GetProperty("amountFen").GetInt64());
    }

    /// <summary>
    /// POST an Alipay order for the enrollment, once Payment has learned of it, without a contact token: for an
    /// enrollment whose pre-pay step is done (Payment keeps its contact).
    /// </summary>
    public static Task<ApiResponse> CreateAlipayOrderAsync(PlatformClient me, Guid enrollmentId) =>
        Eventually.GetAsync(() => me.PostAsync(Path, new { enrollmentId, channel = "Alipay" }),
            r => r.Status != HttpStatusCode.NotFound, "Payment learns of the enrollment");

    /// <summary>
    /// POST an order on <paramref name="channel"/> (Alipay, WeChatPay, UnionPay) for the enrollment with the candidate's
    /// contact token (the pre-pay step, done once per candidate), once Payment has learned of the enrollment.
    /// </summary>
    public static async Task<ApiResponse> CreateOrderAsync(Candidate candidate, EmulatorClient emulator, Guid enrollmentId, string channel)
    {
        var contactToken = await ContactTokenAsync(candidate, emulator);
        return await Eventually.GetAsync(() => candidate.Client.PostAsync(Path, new { enrollmentId, channel, contactToken }),
            r => r.Status != HttpStatusCode.NotFound, "Payment learns of the enrollment");
    }

    /// <summary>The candidate's pre-pay contact token: a fresh phone verified by SMS and an e-mail address, taken once and kept.</summary>
    public static async Task<string> ContactTokenAsync(Candidate candidate, EmulatorClient emulator) =>
        candidate.PaymentContactToken ??= await PaymentContacts.VerifyAsync(candidate, emulator);

    public const string Path = "/api/payment/me/orders";
}
