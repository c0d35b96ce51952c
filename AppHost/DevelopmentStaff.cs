namespace AccountingPlatform.AppHost;

/// <summary>The development staff accounts Identity seeds (reviewers of 北京, 广东 and 深圳市南山区, one administrator).</summary>
public static class DevelopmentStaff
{
    private static readonly (string Phone, string Name, string Role, string? DivisionCode, string Password)[] Accounts =
    [
        ("13900000001", "北京审核员", "reviewer", "110000", "Review@2024dev"),
        ("13900000002", "广东审核员", "reviewer", "440000", "Review@2024dev"),
        ("13900000003", "深圳市南山区审核员", "reviewer", "440305", "Review@2024dev"),
        ("13900000000", "平台管理员", "admin", null, "Admin@2024dev"),
    ];

    public static IResourceBuilder<ProjectResource> WithDevelopmentStaff(this IResourceBuilder<ProjectResource> identity)
    {
        for (var i = 0; i < Accounts.Length; i++)
        {
            var (phone, name, role, division, password) = Accounts[i];
            identity
                .WithEnvironment($"Identity__SeedAccounts__{i}__Phone", phone)
                .WithEnvironment($"Identity__SeedAccounts__{i}__Password", password)
                .WithEnvironment($"Identity__SeedAccounts__{i}__Name", name)
                .WithEnvironment($"Identity__SeedAccounts__{i}__Role", role);
            if (division is not null) identity.WithEnvironment($"Identity__SeedAccounts__{i}__DivisionCode", division);
        }
        return identity;
    }
}
