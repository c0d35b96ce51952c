using System.Net;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>A candidate enrolled in 广东 holding an unpaid Alipay order, whose receipts and notices go to their own phone and e-mail.</summary>
internal sealed record Payer(Candidate Candidate, Guid EnrollmentId, Guid OrderId, string OutTradeNo, string Phone, string Email) : IDisposable
{
    /// <summary><paramref name="count"/> of them, made side by side.</summary>
    public static async Task<Payer[]> OrderAsync(EmulatorClient emulator, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => OrderAsync(emulator)));

    private static async Task<Payer> OrderAsync(EmulatorClient emulator)
    {
        var (candidate, enrollmentId, _) = await PaymentOrders.EnrollInGuangdongAsync(emulator);
        var phone = TestIdentities.Phone();
        var email = $"payer-{Guid.NewGuid():N}@example.cn";
        candidate.PaymentContactToken = await PaymentContacts.VerifyAsync(candidate, emulator, phone, email);
        var order = await PaymentOrders.CreateOrderAsync(candidate, emulator, enrollmentId, "Alipay");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        return new(candidate, enrollmentId, order.Json.GetProperty("id").GetGuid(), order.Json.GetProperty("outTradeNo").GetString()!, phone, email);
    }

    /// <summary>The enrollment as its candidate sees it.</summary>
    public Task<ApiResponse> EnrollmentAsync() => Candidate.Client.GetAsync($"{Enrollments.Path}/{EnrollmentId}");

    /// <summary>Waits until the enrollment has <paramref name="status"/>.</summary>
    public Task<ApiResponse> AwaitEnrollmentAsync(string status, TimeSpan? timeout = null) =>
        Eventually.GetAsync(EnrollmentAsync, r => r.Status == HttpStatusCode.OK && r.Json.GetProperty("status").GetString() == status,
            $"enrollment {EnrollmentId} {status}", timeout);

    public void Dispose() => Candidate.Dispose();
}
