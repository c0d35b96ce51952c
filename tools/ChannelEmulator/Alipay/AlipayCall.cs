using System.Text.Json;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>A gateway call that passed the common checks: a known app, a valid signature, a parsed <c>biz_content</c>.</summary>
public sealed record AlipayCall(string AppId, string Method, JsonElement Biz, string? NotifyUrl);
