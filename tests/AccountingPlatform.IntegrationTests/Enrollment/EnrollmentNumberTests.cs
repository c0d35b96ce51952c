using AccountingPlatform.Benchmarks.Journey;
using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Enrollment;

/// <summary>报名号 are unique nationally: two exams of one year in one province never give the same number.</summary>
public sealed class EnrollmentNumberTests
{
    [Fact]
    public async Task Two_exams_of_the_same_year_in_the_same_province_give_different_enrollment_numbers()
    {
        using var admin = await TestExams.AdminAsync();
        var now = PlatformEnvironment.Now;
        var year = now.Year + 1;
        string[] exams = [TestExams.NewCode("NUMA"), TestExams.NewCode("NUMB")];
        foreach (var exam in exams)
        {
            await TestExams.SaveExamAsync(admin, exam, year);
            await TestExams.SaveProvinceAsync(admin, exam, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11)));
            await TestExams.PublishAsync(admin, exam);
        }
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        await AlipayCertifications.VerifyAsync(candidate, emulator);

        var numbers = new List<string>();
        foreach (var exam in exams)
        {
            var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm));
            Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
            var id = enrolled.Json.GetProperty("id").GetGuid();
            var order = await PaymentOrders.CreateOrderAsync(candidate, emulator, id, "Alipay");
            Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
            await emulator.PayAsync(order.Json.GetProperty("outTradeNo").GetString()!);
            var confirmed = await Eventually.GetAsync(() => candidate.Client.GetAsync($"{Enrollments.Path}/{id}"),
                r => r.Json.GetProperty("status").GetString() == "Confirmed", "payment success = enrollment success");
            numbers.Add(confirmed.Json.GetProperty("enrollmentNumber").GetString()!);
        }

        Assert.All(numbers, n => Assert.Matches($"^{year}44[0-9]{{6}}$", n));
        Assert.NotEqual(numbers[0], numbers[1]);
    }
}
