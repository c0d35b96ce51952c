using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Identity;

/// <summary>Refresh tokens rotate and can be revoked; changing the password ends every session, on every service.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task A_refresh_token_works_once_and_its_reuse_ends_the_session()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var client = candidate.Client;
        var first = client.RefreshToken!;

        // Kept only as its SHA-256.
        await using (var db = new Npgsql.NpgsqlConnection(PlatformEnvironment.PostgresConnectionString + ";Database=identitydb"))
        {
            await db.OpenAsync();
            await using var query = new Npgsql.NpgsqlCommand("SELECT count(*) FROM refresh_tokens WHERE \"TokenHash\" = @hash", db);
            query.Parameters.AddWithValue("hash", System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(first)));
            Assert.Equal(1L, await query.ExecuteScalarAsync());
        }

        var refreshed = await client.PostAsync("/api/identity/tokens/refresh", new { refreshToken = first });
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var second = refreshed.Json.GetProperty("refreshToken").GetString()!;
        Assert.NotEqual(first, second);
        client.AccessToken = refreshed.Json.GetProperty("accessToken").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/identity/users/me")).Status);

        // The old token again: someone kept a copy. Refused, and the rotated one dies with it.
        var replay = await client.PostAsync("/api/identity/tokens/refresh", new { refreshToken = first });
        Assert.Equal(HttpStatusCode.Unauthorized, replay.Status);
        Assert.Equal("IDENTITY_SESSION_ENDED", replay.ProblemCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/identity/tokens/refresh", new { refreshToken = second })).Status);
    }

    [Fact]
    public async Task Logout_revokes_the_refresh_token()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var client = candidate.Client;

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/identity/tokens/revoke", new { refreshToken = client.RefreshToken })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/identity/tokens/refresh", new { refreshToken = client.RefreshToken })).Status);
    }

    [Fact]
    public async Task Logout_ends_the_session_on_every_service_at_once_and_leaves_the_other_sessions()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var otherDevice = new PlatformClient();
        await Candidate.LogInAsync(otherDevice, candidate.Phone, candidate.Password);
        var client = candidate.Client;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/identity/users/me")).Status);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/personnel/me/record")).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/identity/tokens/revoke", new { refreshToken = client.RefreshToken })).Status);

        // The access token of the ended session is refused at once, by Identity and by another service.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/identity/users/me")).Status);
        var elsewhere = await client.GetAsync("/api/personnel/me/record");
        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.Status);
        Assert.Equal("PERSONNEL_UNAUTHENTICATED", elsewhere.ProblemCode);
        // The same person's other session goes on.
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/api/identity/users/me")).Status);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/personnel/me/record")).Status);
    }

    [Fact]
    public async Task Changing_the_password_ends_every_session_on_every_service()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        using var otherDevice = new PlatformClient();
        await Candidate.LogInAsync(otherDevice, candidate.Phone, candidate.Password);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/realname/me/status")).Status);

        var wrongCurrent = await candidate.Client.PutAsync("/api/identity/users/me/password",
            new { currentPassword = "Wrong@2024pw", newPassword = "Xinmima@2025", confirmPassword = "Xinmima@2025" });
        Assert.Equal("IDENTITY_PASSWORD_INCORRECT", wrongCurrent.ProblemCode);

        var changed = await candidate.Client.PutAsync("/api/identity/users/me/password",
            new { currentPassword = candidate.Password, newPassword = "Xinmima@2025", confirmPassword = "Xinmima@2025" });
        Assert.Equal(HttpStatusCode.NoContent, changed.Status);

        // The other device's access token is refused by another service at once, and its refresh token is dead.
        var afterwards = await otherDevice.GetAsync("/api/realname/me/status");
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.PostAsync("/api/identity/tokens/refresh", new { refreshToken = otherDevice.RefreshToken })).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Candidate.TryLogInAsync(otherDevice, candidate.Phone, candidate.Password)).Status);
        await Candidate.LogInAsync(otherDevice, candidate.Phone, "Xinmima@2025");
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/api/identity/users/me")).Status);
    }
}
