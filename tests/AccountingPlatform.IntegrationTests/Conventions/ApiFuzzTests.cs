using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AccountingPlatform.IntegrationTests.Support;
using Xunit.Abstractions;

namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// Issue 11, "no 5xx from anything a client can send": every operation of every service's OpenAPI document, read
/// through the gateway, gets deterministic malformed requests (<see cref="FuzzRequests"/>) from an anonymous client, a
/// candidate and a reviewer. Nothing may be answered 5xx; every refusal with a body is a problem with a code; and
/// while requests that cannot be accepted are answered, no table of any service gains or loses a row.
/// </summary>
public sealed partial class ApiFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_261_111;
    /// <summary>Per operation and caller, in each phase; the requests are picked round-robin over their kinds.</summary>
    private const int RefusedPerOperation = 12;
    private const int OthersPerOperation = 18;
    private const int Parallelism = 4;

    /// <summary>Statuses the platform may answer with no body (routing's 404 and 405, the auth middleware, size and media type).</summary>
    private static readonly HashSet<int> EmptyBodyAllowed = [401, 403, 404, 405, 413, 415];

    [Fact]
    public async Task No_request_a_client_can_send_gets_a_5xx_and_every_refusal_is_a_problem_with_a_code_and_writes_nothing()
    {
        var clock = Stopwatch.StartNew();
        using var emulator = new EmulatorClient();
        using var anonymous = new PlatformClient();
        using var candidate = await Candidate.RegisterAsync(emulator, "冯模糊");
        using var reviewer = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var setUp = clock.Elapsed;   // the platform's start too when this is the run's first test
        (string Name, PlatformClient Client)[] callers = [("anonymous", anonymous), ("candidate", candidate.Client), ("reviewer", reviewer)];

        var random = new Random(Seed);
        var refused = new List<(string Caller, PlatformClient Client, FuzzRequest Request)>();
        var others = new List<(string Caller, PlatformClient Client, FuzzRequest Request)>();
        var operations = 0;
        foreach (var service in TableRowCounts.Services)
        {
            var document = await anonymous.GetAsync($"/api/{service}/openapi/v1.json");
            Assert.True(document.Status == HttpStatusCode.OK, $"the {service} OpenAPI document through the gateway: {document}");
            var fuzz = new FuzzRequests(service, document.Json, random);
            foreach (var (method, template, operation) in fuzz.Operations())
            {
                operations++;
                var requests = fuzz.For(method, template, operation);
                foreach (var (name, client) in callers)
                {
                    refused.AddRange(Pick(requests.Where(r => r.MustBeRefused), RefusedPerOperation, random).Select(r => (name, client, r)));
                    others.AddRange(Pick(requests.Where(r => !r.MustBeRefused), OthersPerOperation, random).Select(r => (name, client, r)));
                }
            }
            refused.AddRange(fuzz.MethodsNotAllowed().Select(r => ("candidate", candidate.Client, r)));
        }
        Assert.True(operations > 40, $"only {operations} operations in the OpenAPI documents");

        // Phase 1: only requests that cannot be accepted, between two counts of every table. The callers' own
        // registration and login are settled first (their events consumed, their rows written).
        var before = await TableRowCounts.TakeWhenSettledAsync(TimeSpan.FromSeconds(30));
        var refusedAnswers = await SendAllAsync(refused, offset: 0);
        await Task.Delay(TimeSpan.FromSeconds(2));   // what a refused request published would be consumed by now
        var written = TableRowCounts.Differences(before, await TableRowCounts.TakeAsync());

        // Phase 2: the rest, which the platform may accept where it is lenient (an unknown field, a null optional).
        var otherAnswers = await SendAllAsync(others, offset: refused.Count);

        var defects = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var (caller, request, response, error) in refusedAnswers.Concat(otherAnswers))
        {
            if (response is null)
            {
                defects.Add($"no answer ({error}): {caller} {request}");
                continue;
            }
            var status = (int)response.Status;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (Defect(request, response) is { } defect) defects.Add($"{defect}: {caller} {request} -> {Excerpt(response)}");
        }
        defects.AddRange(written.Select(w => $"rows changed while only refused requests were answered: {w}"));

        var serverErrors = statuses.Where(s => s.Key >= 500).Sum(s => s.Value);
        var figures = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"API fuzz (seed {Seed}), {PlatformEnvironment.Now:yyyy-MM-dd HH:mm} UTC")
            .AppendLine(CultureInfo.InvariantCulture, $"operations fuzzed: {operations} (6 OpenAPI documents), callers: anonymous, candidate, reviewer")
            .AppendLine(CultureInfo.InvariantCulture, $"requests sent: {refused.Count + others.Count} ({refused.Count} that must be refused, {others.Count} others)")
            .AppendLine(CultureInfo.InvariantCulture, $"5xx seen: {serverErrors}")
            .AppendLine(CultureInfo.InvariantCulture, $"defects: {defects.Count}")
            .AppendLine(CultureInfo.InvariantCulture, $"tables counted: {before.Count}; rows changed by refused requests: {written.Count}")
            .AppendLine("statuses: " + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")))
            .AppendLine(CultureInfo.InvariantCulture, $"kinds: {string.Join(", ", refused.Concat(others).GroupBy(r => r.Request.Kind).Select(g => $"{g.Key}×{g.Count()}"))}")
            .AppendLine(CultureInfo.InvariantCulture, $"took: {(clock.Elapsed - setUp).TotalSeconds:0} s fuzzing, {setUp.TotalSeconds:0} s setting up (with the platform's start when first)")
            .ToString();
        output.WriteLine(figures);
        foreach (var d in defects) output.WriteLine("DEFECT: " + d);
        WriteFigures(figures);

        Assert.True(defects.Count == 0, $"{defects.Count} defects, e.g.:\n{string.Join("\n", defects.Take(30))}");
    }

    /// <summary>Why the answer is wrong, or null when it is right.</summary>
    private static string? Defect(FuzzRequest request, ApiResponse response)
    {
        var status = (int)response.Status;
        if (status >= 500) return $"{status}";
        if (request.MustBeRefused && status < 400) return $"accepted ({status})";
        if (status < 400) return null;
        // The channels' notification endpoints answer in each channel's own protocol ("failure", {"code":"FAIL"}),
        // which is what the channel reads, not a problem.
        if (request.PathTemplate.StartsWith("/api/payment/notifications/", StringComparison.Ordinal)) return null;
        if (response.Text.Length == 0)
        {
            // The gateway's Kestrel refuses a path that decodes to a NUL (400, no body) before any middleware runs.
            var refusedByServer = status == 400 && request.Path.Split('?')[0].Contains("%00", StringComparison.Ordinal);
            return EmptyBodyAllowed.Contains(status) || refusedByServer ? null : $"{status} with an empty body";
        }
        if (response.ContentType != "application/problem+json") return $"{status} {response.ContentType} is not a problem";
        try
        {
            return JsonDocument.Parse(response.Text).RootElement.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String && Code().IsMatch(code.GetString()!)
                ? null
                : $"{status} problem without a code";
        }
        catch (JsonException)
        {
            return $"{status} problem that is not JSON";
        }
    }

    private static async Task<IReadOnlyList<(string Caller, FuzzRequest Request, ApiResponse? Response, string? Error)>> SendAllAsync(
        List<(string Caller, PlatformClient Client, FuzzRequest Request)> requests, int offset)
    {
        var answers = new (string, FuzzRequest, ApiResponse?, string?)[requests.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, requests.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (i, _) =>
        {
            var (caller, client, request) = requests[i];
            // Each request from its own client address (a connection from its own 127.x.y.z, as the caller with its
            // token), so the gateway's per-address limits (login, captcha, SMS) do not answer 429 in place of the service.
            var n = offset + i;
            using var fromOwnAddress = new PlatformClient(new IPAddress([127, (byte)(200 + n / 65_536 % 50), (byte)(n / 256 % 256), (byte)(n % 256)]))
            {
                AccessToken = client.AccessToken,
            };
            try
            {
                var response = await fromOwnAddress.SendAsync(request.Method, request.Path, request.Content());
                answers[i] = (caller, request, response, null);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                answers[i] = (caller, request, null, e.Message);
            }
        });
        return answers;
    }

    /// <summary>Up to <paramref name="cap"/> requests, round-robin over their kinds, each kind in a seeded order.</summary>
    private static List<FuzzRequest> Pick(IEnumerable<FuzzRequest> requests, int cap, Random random)
    {
        var kinds = requests.GroupBy(r => r.Kind).Select(g => g.OrderBy(_ => random.Next()).ToList()).ToList();
        var picked = new List<FuzzRequest>();
        for (var i = 0; picked.Count < cap && kinds.Any(k => k.Count > i); i++)
            picked.AddRange(kinds.Where(k => k.Count > i).Select(k => k[i]).Take(cap - picked.Count));
        return picked;
    }

    private static string Excerpt(ApiResponse response) =>
        $"{(int)response.Status} {response.ContentType} {(response.Text.Length > 300 ? response.Text[..300] + "…" : response.Text)}";

    /// <summary>Next to the test results (<c>.local/test-results/fuzz-figures.txt</c>), for the README to quote.</summary>
    private static void WriteFigures(string figures)
    {
        var runDirectory = Environment.GetEnvironmentVariable("PLATFORM_TEST_RUN_DIR");
        var results = runDirectory is { Length: > 0 } ? Path.GetDirectoryName(Path.GetFullPath(runDirectory)) : null;
        if (results is null)
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "AccountingPlatform.sln"))) root = root.Parent;
            if (root is null) return;
            results = Path.Combine(root.FullName, ".local", "test-results");
        }
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "fuzz-figures.txt"), figures);
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex Code();
}
