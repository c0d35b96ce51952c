using AccountingPlatform.Identity.Accounts;

namespace AccountingPlatform.UnitTests.Identity.Accounts;

/// <summary>Disabling and enabling a staff account, branch by branch.</summary>
public sealed class StaffAccountAccessTests
{
    private static readonly Guid Admin = Guid.CreateVersion7();
    private static readonly DateTimeOffset Yesterday = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    private static UserAccount Account(string role, DateTimeOffset? disabledAt = null, Guid? id = null) => new()
    {
        Id = id ?? Guid.CreateVersion7(), Name = "张三", Phone = "13800000000", Role = role, DisabledAt = disabledAt,
    };

    [Fact]
    public void An_unknown_account_or_a_candidates_is_not_a_staff_account()
    {
        Assert.Equal(StaffAccountAccessChange.NotFound, StaffAccountAccess.Decide(null, Admin, disable: true));
        Assert.Equal(StaffAccountAccessChange.NotFound, StaffAccountAccess.Decide(Account("candidate"), Admin, disable: true));
        Assert.Equal(StaffAccountAccessChange.NotFound, StaffAccountAccess.Decide(Account("candidate", Yesterday), Admin, disable: false));
    }

    [Fact]
    public void An_administrator_cannot_disable_their_own_account() =>
        Assert.Equal(StaffAccountAccessChange.OwnAccount, StaffAccountAccess.Decide(Account("admin", id: Admin), Admin, disable: true));

    [Theory]
    [InlineData("reviewer")]
    [InlineData("admin")]
    public void An_enabled_staff_account_is_disabled_and_a_disabled_one_enabled(string role)
    {
        Assert.Equal(StaffAccountAccessChange.Disable, StaffAccountAccess.Decide(Account(role), Admin, disable: true));
        Assert.Equal(StaffAccountAccessChange.Enable, StaffAccountAccess.Decide(Account(role, Yesterday), Admin, disable: false));
    }

    [Fact]
    public void Asking_for_what_already_is_changes_nothing()
    {
        Assert.Equal(StaffAccountAccessChange.Unchanged, StaffAccountAccess.Decide(Account("reviewer", Yesterday), Admin, disable: true));
        Assert.Equal(StaffAccountAccessChange.Unchanged, StaffAccountAccess.Decide(Account("reviewer"), Admin, disable: false));
        Assert.Equal(StaffAccountAccessChange.Unchanged, StaffAccountAccess.Decide(Account("admin", id: Admin), Admin, disable: false));
    }
}
