namespace AccountingPlatform.Channels.WeChatPay;

/// <summary>A verified, decrypted payment callback: its id (the same across retries), event type, and the transaction.</summary>
public sealed record WeChatPayPaymentNotification(string Id, string EventType, DateTimeOffset? CreateTime, WeChatPayTransaction Transaction);
