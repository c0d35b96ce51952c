using AccountingPlatform.Identity.Data;
using Microsoft.AspNetCore.Identity;
using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>Creates the configured staff accounts (reviewers, administrators) that do not exist yet. Runs after migrations, one instance at a time.</summary>
internal sealed class SeedAccountsOnStart(
    IServiceScopeFactory scopes, IOptions<SeedAccountsOptions> options, IPasswordHasher<UserAccount> hasher, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.SeedAccounts.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await db.SeedOneAtATimeAsync("identity-seed-accounts", token => AddMissingAsync(db, token), cancellationToken);
    }

    private async Task AddMissingAsync(IdentityDbContext db, CancellationToken cancellationToken)
    {
        foreach (var seed in options.Value.SeedAccounts)
        {
            if (await db.Users.AnyAsync(u => u.Phone == seed.Phone, cancellationToken)) continue;
            var user = new UserAccount
            {
                Name = seed.Name,
                Phone = seed.Phone,
                Role = seed.Role,
                DivisionCode = seed.DivisionCode,
                CreatedAt = clock.GetUtcNow(),
            };
            user.PasswordHash = hasher.HashPassword(user, seed.Password);
            db.Users.Add(user);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
