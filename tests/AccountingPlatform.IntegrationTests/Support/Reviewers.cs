namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The development reviewer accounts that <c>deploy/local</c> seeds (Identity__SeedAccounts).</summary>
public static class Reviewers
{
    public const string Password = "Review@2024dev";
    public const string BeijingPhone = "13900000001";
    public const string GuangdongPhone = "13900000002";

    public static async Task<PlatformClient> LoginAsync(string phone)
    {
        var client = new PlatformClient();
        await Candidate.LogInAsync(client, phone, Password);
        return client;
    }
}
