namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The development reviewer accounts that the AppHost has Identity seed (Identity__SeedAccounts).</summary>
public static class Reviewers
{
    public const string Password = "Review@2024dev";
    public const string BeijingPhone = "13900000001";
    public const string GuangdongPhone = "13900000002";
    /// <summary>A county-level reviewer: 深圳市南山区 (440305).</summary>
    public const string NanshanPhone = "13900000003";
    public const string AdminPhone = "13900000000";
    public const string AdminPassword = "Admin@2024dev";

    public static async Task<PlatformClient> LoginAsync(string phone, string password = Password)
    {
        var client = new PlatformClient();
        await Candidate.LogInAsync(client, phone, password);
        return client;
    }
}
