namespace AccountingPlatform.Identity.Accounts;

/// <summary>Configuration section <c>Identity</c>: staff accounts created at start when missing (development and first set-up).</summary>
public sealed class SeedAccountsOptions
{
    public List<SeedAccount> SeedAccounts { get; set; } = [];

    public sealed class SeedAccount
    {
        public string Phone { get; set; } = "";
        public string Password { get; set; } = "";
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string? DivisionCode { get; set; }
    }
}
