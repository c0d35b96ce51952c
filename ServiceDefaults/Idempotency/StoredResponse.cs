namespace AccountingPlatform.ServiceDefaults.Idempotency;

/// <summary>The first answer to an idempotent POST, kept to be given again; <c>Body</c> null while it is being made.</summary>
internal sealed record StoredResponse(string RequestHash, int Status, string? ContentType, string? Location, byte[]? Body)
{
    public bool InProgress => Body is null;
}
