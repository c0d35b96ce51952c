using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using System.Text.Json;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>The live enrollment figures of an exam per province, as administrators follow them during the window.</summary>
public sealed class ExamFiguresTests
{
    [Fact]
    public async Task Enrolled_and_paid_in_one_province_and_enrolled_unpaid_in_another_are_counted_where_they_stand()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("FIG");
        await TestExams.SaveExamAsync(admin, code, 2026);
        var now = PlatformEnvironment.Now;
        foreach (var province in new[] { "440000", "110000", "310000" })
            await TestExams.SaveProvinceAsync(admin, code, province, TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11)));
        await TestExams.PublishAsync(admin, code);

        var before = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/figures");
        Assert.True(before.Status == HttpStatusCode.OK, before.ToString());
        Assert.Equal(0, before.Json.GetProperty("total").GetProperty("enrolled").GetInt32());

        using var emulator = new EmulatorClient();
        using var paying = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(paying, emulator);
        var paid = await Enrollments.EnrollAsync(paying, await Enrollments.RequestAsync(paying, code, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm));
        Assert.True(paid.Status == HttpStatusCode.Created, paid.ToString());
        var paidId = paid.Json.GetProperty("id").GetGuid();
        var order = await PaymentOrders.CreateOrderAsync(paying, emulator, paidId, "Alipay");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        await emulator.PayAsync(order.Json.GetProperty("outTradeNo").GetString()!);
        await Eventually.GetAsync(() => paying.Client.GetAsync($"{Enrollments.Path}/{paidId}"),
            r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");

        using var unpaid = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(unpaid, emulator);
        var awaiting = await Enrollments.EnrollAsync(unpaid, await Enrollments.RequestAsync(unpaid, code, "110000", ["ZJ-SW", "ZJ-CG"], CandidateSteps.EligibleForm));
        Assert.True(awaiting.Status == HttpStatusCode.Created, awaiting.ToString());

        var figures = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/figures");
        Assert.True(figures.Status == HttpStatusCode.OK, figures.ToString());
        Assert.Equal(code, figures.Json.GetProperty("examCode").GetString());
        Assert.InRange(figures.Json.GetProperty("asOf").GetDateTimeOffset(), now.AddMinutes(-5), PlatformEnvironment.Now.AddMinutes(5));
        var provinces = figures.Json.GetProperty("provinces").EnumerateArray().ToDictionary(p => p.GetProperty("provinceCode").GetString()!);
        Assert.Equal(["110000", "310000", "440000"], provinces.Keys.ToArray());
        Assert.Equal("广东省", provinces["440000"].GetProperty("provinceName").GetString());
        Assert.Equal((1, 0, 1, 0, 0), Counts(provinces["440000"]));
        Assert.Equal((1, 1, 0, 0, 0), Counts(provinces["110000"]));
        Assert.Equal((0, 0, 0, 0, 0), Counts(provinces["310000"]));
        Assert.Equal((2, 1, 1, 0, 0), Counts(figures.Json.GetProperty("total")));

        // Cancelled before paying: still enrolled once, now cancelled or expired.
        var cancelled = await unpaid.Client.PostAsync($"{Enrollments.Path}/{awaiting.Json.GetProperty("id").GetGuid()}/cancel");
        Assert.True(cancelled.Status == HttpStatusCode.OK, cancelled.ToString());
        var after = await admin.GetAsync($"/api/enrollment/admin/exams/{code}/figures");
        Assert.Equal((1, 0, 0, 0, 1), Counts(after.Json.GetProperty("provinces").EnumerateArray().Single(p => p.GetProperty("provinceCode").GetString() == "110000")));
    }

    private static (int, int, int, int, int) Counts(JsonElement c) => (c.GetProperty("enrolled").GetInt32(), c.GetProperty("awaitingPayment").GetInt32(),
        c.GetProperty("paid").GetInt32(), c.GetProperty("refunded").GetInt32(), c.GetProperty("cancelledOrExpired").GetInt32());
}
