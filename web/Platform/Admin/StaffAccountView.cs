namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>A staff account as administrators see it: the phone masked, the division named, whether it is disabled and since when.</summary>
public sealed record StaffAccountView(Guid UserId, string Name, string MaskedPhone, string Role, string? DivisionCode, string? DivisionName,
    bool Disabled, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt);
