using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// Issue 13: <c>"channel": 7</c> is no channel. Every enum property of every request body in the six OpenAPI documents
/// (the fuzz's <c>enum-as-integer</c> requests, all of them, not a sample), sent as a number, is refused 400 with the
/// service's <c>…_REQUEST_MALFORMED</c> code, and accepted by no caller: anonymous, a candidate, a reviewer, an administrator.
/// </summary>
public sealed class EnumIntegerTests
{
    [Fact]
    public async Task An_enum_sent_as_an_integer_is_refused_on_every_endpoint_that_takes_an_enum()
    {
        using var emulator = new EmulatorClient();
        using var anonymous = new PlatformClient();
        using var candidate = await Candidate.RegisterAsync(emulator, "褚枚举");
        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        using var admin = await Reviewers.LoginAsync(Reviewers.AdminPhone, Reviewers.AdminPassword);
        PlatformClient[] callers = [anonymous, candidate.Client, reviewer, admin];

        var sent = new List<string>();
        var defects = new List<string>();
        foreach (var service in TableRowCounts.Services)
        {
            var document = await anonymous.GetAsync($"/api/{service}/openapi/v1.json");
            var fuzz = new FuzzRequests(service, document.Json, new Random(13));
            foreach (var (method, template, operation) in fuzz.Operations())
            foreach (var request in fuzz.For(method, template, operation).Where(r => r.Kind == "enum-as-integer"))
            {
                sent.Add($"{request.Operation} {request.Target}");
                var answers = new List<ApiResponse>();
                foreach (var caller in callers) answers.Add(await caller.SendAsync(request.Method, request.Path, request.Content()));
                if (answers.Any(a => (int)a.Status < 400))
                    defects.Add($"accepted: {request} → {string.Join(", ", answers.Select(a => (int)a.Status))}");
                else if (!answers.Any(a => a.Status == HttpStatusCode.BadRequest && a.ProblemCode == $"{service.ToUpperInvariant()}_REQUEST_MALFORMED"))
                    defects.Add($"not refused as malformed by any caller: {request} → {string.Join(", ", answers.Select(a => $"{(int)a.Status} {a.ProblemCode}"))}");
            }
        }

        Assert.Contains(sent, s => s.StartsWith("POST /api/payment/me/orders", StringComparison.Ordinal) && s.Contains("channel", StringComparison.Ordinal));
        Assert.True(defects.Count == 0, $"{defects.Count} of {sent.Count} defects:\n{string.Join("\n", defects.Take(20))}");
    }
}
