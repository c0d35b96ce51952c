using System.Net;
using AccountingPlatform.Benchmarks.Journey;
using AccountingPlatform.InstanceTests.Support;

namespace AccountingPlatform.InstanceTests.Instances;

/// <summary>
/// Each Enrollment instance holds the exams' terms between submissions; an administrator's change is seen by the very
/// next submission, whichever instance serves it (both instances hold the old terms when the change is made).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ExamTermsTests
{
    private const int PerStep = 4;

    [Fact]
    public async Task A_changed_fee_and_a_closed_window_are_seen_by_the_next_submissions_on_every_instance()
    {
        using var admin = await TestExams.AdminAsync();
        var code = TestExams.NewCode("TERMS");
        await TestExams.SaveExamAsync(admin, code, PlatformEnvironment.Now.Year + 1);
        var now = PlatformEnvironment.Now;
        await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), fee: 5600));
        await TestExams.PublishAsync(admin, code);

        using var emulator = new EmulatorClient();
        var candidates = new List<Candidate>();
        try
        {
            for (var i = 0; i < 3 * PerStep; i++)
            {
                var candidate = await Candidate.RegisterAsync(emulator);
                candidates.Add(candidate);
                await AlipayCertifications.VerifyAsync(candidate, emulator);
                await Enrollments.RealNameKnownAsync(candidate, code, "440000");
            }

            // Submissions through both gateways, to both Enrollment instances: each holds the terms at 56 yuan a subject.
            foreach (var enrolled in await EnrollAsync(candidates[..PerStep], code))
            {
                Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
                Assert.Equal(5600, enrolled.Json.GetProperty("feePerSubjectFen").GetInt64());
            }

            await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(now.AddDays(-1), now.AddDays(10), now.AddDays(11), fee: 6000));
            foreach (var enrolled in await EnrollAsync(candidates[PerStep..(2 * PerStep)], code))
            {
                Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
                Assert.Equal(6000, enrolled.Json.GetProperty("feePerSubjectFen").GetInt64());
                Assert.Equal(6000, enrolled.Json.GetProperty("amountFen").GetInt64());
            }

            // The window closed a minute ago: nobody enrolls any more, on either instance.
            var closed = PlatformEnvironment.Now;
            await TestExams.SaveProvinceAsync(admin, code, "440000", TestExams.Terms(closed.AddDays(-2), closed.AddMinutes(-1), closed.AddDays(1), fee: 6000));
            foreach (var refused in await EnrollAsync(candidates[(2 * PerStep)..], code))
            {
                Assert.True(refused.Status == HttpStatusCode.UnprocessableEntity, refused.ToString());
                Assert.Equal("ENROLLMENT_WINDOW_CLOSED", refused.ProblemCode);
            }
        }
        finally
        {
            foreach (var candidate in candidates) candidate.Dispose();
        }
    }

    /// <summary>Each candidate enrolls in one subject, half of them through the second gateway, one after another.</summary>
    private static async Task<List<ApiResponse>> EnrollAsync(List<Candidate> candidates, string code)
    {
        var responses = new List<ApiResponse>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var request = await Enrollments.RequestAsync(candidates[i], code, "440000", ["ZJ-SW"], CandidateSteps.EligibleForm);
            using var client = new PlatformClient(gateway: TwoInstances.GatewayUrl(i % 2 == 0 ? "gateway" : "gateway2")) { AccessToken = candidates[i].Client.AccessToken };
            responses.Add(await client.PostAsync(Enrollments.Path, request));
        }
        return responses;
    }
}
