using System.Net;
using AccountingPlatform.Benchmarks.Journey;

namespace AccountingPlatform.InstanceTests.Support;

/// <summary>
/// Work for the expiry workers, made as the project's tests begin so that its wait (the codes' 40 s
/// <c>Payment:QrCodeLifetime</c>, the enrollments' payment deadline seconds away) passes while the other tests run:
/// candidates holding unpaid Alipay orders, and candidates enrolled unpaid in an exam whose deadline is near. What the
/// services publish about them is counted from the start.
/// </summary>
public sealed class ExpiringItems : IAsyncLifetime
{
    private const string Province = "110000";
    private readonly EmulatorClient _emulator = new();

    internal Task<(PublishedEvents Published, EmulatorClient Emulator, Payer[] Orders, (Candidate Candidate, Guid EnrollmentId)[] Unpaid)> Made { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Made = Task.Run(MakeAsync);   // not awaited: the other tests run meanwhile (the first one waits for the platform too)
        return Task.CompletedTask;
    }

    private async Task<(PublishedEvents, EmulatorClient, Payer[], (Candidate, Guid)[])> MakeAsync()
    {
        var published = await PublishedEvents.StartAsync();
        var ordering = Payer.OrderAsync(_emulator, 4);
        var unpaid = await UnpaidEnrollmentsAsync(4);
        return (published, _emulator, await ordering, unpaid);
    }

    /// <summary>Candidates enrolled, unpaid, in an exam whose payment deadline is seconds away.</summary>
    private async Task<(Candidate, Guid)[]> UnpaidEnrollmentsAsync(int count)
    {
        var candidates = await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            var candidate = await Candidate.RegisterAsync(_emulator);
            await AlipayCertifications.VerifyAsync(candidate, _emulator);
            return candidate;
        }));
        using var admin = await TestExams.AdminAsync();
        var exam = TestExams.NewCode("TWICE");
        await TestExams.SaveExamAsync(admin, exam, 2026);
        var closes = PlatformEnvironment.Now.AddSeconds(15);
        await TestExams.SaveProvinceAsync(admin, exam, Province, TestExams.Terms(closes.AddHours(-1), closes, closes.AddSeconds(1)));
        await TestExams.PublishAsync(admin, exam);
        return await Task.WhenAll(candidates.Select(async candidate =>
        {
            var enrolled = await Enrollments.EnrollAsync(candidate, await Enrollments.RequestAsync(candidate, exam, Province, ["ZJ-SW"], CandidateSteps.EligibleForm));
            Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
            return (candidate, enrolled.Json.GetProperty("id").GetGuid());
        }));
    }

    public async Task DisposeAsync()
    {
        if (Made is { IsCompletedSuccessfully: true })
        {
            var (published, _, orders, unpaid) = Made.Result;
            await published.DisposeAsync();
            foreach (var order in orders) order.Dispose();
            foreach (var (candidate, _) in unpaid) candidate.Dispose();
        }
        _emulator.Dispose();
    }
}
