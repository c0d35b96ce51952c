using System.Net;
using System.Text.Json;

namespace AccountingPlatform.Benchmarks.Journey;

/// <summary>One response as it came: status, problem code, body, <c>Retry-After</c>.</summary>
public sealed record Answer(HttpStatusCode Status, string Text, string? ContentType, TimeSpan? RetryAfter = null)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;
    public string? ProblemCode => ContentType == "application/problem+json" && Json.TryGetProperty("code", out var c) ? c.GetString() : null;
    public override string ToString() => $"{(int)Status} {(Text.Length > 300 ? Text[..300] : Text)}";
}
