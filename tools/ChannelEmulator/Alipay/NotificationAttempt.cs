namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>
/// One POST of an asynchronous notification. <see cref="Attempt"/> counts within one delivery (the first try and its
/// retries share a <see cref="NotifyId"/>); <see cref="Acknowledged"/> is true when the merchant answered <c>success</c>.
/// </summary>
public sealed record NotificationAttempt(
    string NotifyId, int Attempt, DateTimeOffset SentAt, int? StatusCode, string? Response, bool Acknowledged);
