using System.Net;
using System.Text.Json;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>A response read once: status, headers, body as JSON (when it is JSON) and text.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? ContentType, string Text, HttpResponseMessage Raw)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement;
    public string? ProblemCode => ContentType == "application/problem+json" && Json.TryGetProperty("code", out var c) ? c.GetString() : null;

    public static async Task<ApiResponse> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response);

    public override string ToString() => $"{(int)Status} {ContentType} {Text}";
}
