namespace AccountingPlatform.ChannelEmulator.WeChatPay;

/// <summary>One POST of a payment callback; retries share the <see cref="NotificationId"/>. Acknowledged: the merchant answered 200 or 204.</summary>
public sealed record WeChatNotificationAttempt(
    string NotificationId, int Attempt, DateTimeOffset SentAt, int? StatusCode, string? Response, bool Acknowledged);
