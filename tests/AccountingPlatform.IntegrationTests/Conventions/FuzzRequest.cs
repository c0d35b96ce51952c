namespace AccountingPlatform.IntegrationTests.Conventions;

/// <summary>
/// One request the fuzz sends: the operation it aims at (service, method, path template as the OpenAPI document names
/// it), the path and query actually sent, the body and its content type, what kind of malformation it is
/// (<see cref="Kind"/>, e.g. <c>wrong-type</c>), and on what (<see cref="Target"/>, e.g. a body property's path).
/// <see cref="MustBeRefused"/>: nothing about it can be accepted (unparseable or mistyped body), so any 2xx is a defect
/// and the platform's tables must not change while such requests are answered.
/// </summary>
public sealed record FuzzRequest(
    string Service,
    HttpMethod Method,
    string PathTemplate,
    string Path,
    string Kind,
    string Target,
    string? ContentType,
    byte[]? Body,
    bool MustBeRefused)
{
    public string Operation => $"{Method} {PathTemplate}";

    /// <summary>The body as sent, with its content type exactly as given (even one a client library would not write).</summary>
    public HttpContent? Content()
    {
        if (Body is null) return null;
        var content = new ByteArrayContent(Body);
        if (ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        return content;
    }

    public override string ToString() =>
        $"{Method} {(Path.Length > 200 ? Path[..200] + "…" : Path)} [{Kind} {Target}] {ContentType} " +
        $"{(Body is null ? "" : Body.Length > 300 ? $"({Body.Length} bytes) " + System.Text.Encoding.UTF8.GetString(Body, 0, 200) + "…" : System.Text.Encoding.UTF8.GetString(Body))}";
}
