using AccountingPlatform.Divisions;
using AccountingPlatform.ServiceDefaults.Security;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>A staff account as administrators see it: the phone masked, the division named, whether it is disabled and since when.</summary>
public sealed record StaffAccountView(Guid UserId, string Name, string MaskedPhone, string Role, string? DivisionCode, string? DivisionName,
    bool Disabled, DateTimeOffset? DisabledAt, DateTimeOffset CreatedAt)
{
    public static StaffAccountView Of(UserAccount user) => new(user.Id, user.Name, PersonalData.MaskPhone(user.Phone), user.Role,
        user.DivisionCode, user.DivisionCode is { } code ? DivisionTree.Instance.FullName(code) : null, user.DisabledAt is not null, user.DisabledAt, user.CreatedAt);
}
