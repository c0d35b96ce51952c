namespace AccountingPlatform.ChannelEmulator.UnionPay;

/// <summary>One POST of a back-end notification; <see cref="Acknowledged"/> when the merchant answered 200 <c>ok</c>.</summary>
public sealed record UnionPayNotifyAttempt(string OrderId, int Attempt, DateTimeOffset SentAt, int? StatusCode, string? Response, bool Acknowledged);
