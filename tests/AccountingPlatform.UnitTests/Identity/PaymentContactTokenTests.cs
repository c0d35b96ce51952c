using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Tokens;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.UnitTests.Channels;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AccountingPlatform.UnitTests.Identity;

/// <summary>Identity's payment-contact token read back by the reader every service has, against Identity's published key.</summary>
public sealed class PaymentContactTokenTests
{
    private static readonly DateTimeOffset IssuedAt = new(2024, 6, 12, 1, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<string> Key = new(() => TestRsaKeys.Generate().Private);
    private static readonly Lazy<string> OtherKey = new(() => TestRsaKeys.Generate().Private);
    private static readonly Guid UserId = Guid.CreateVersion7();

    [Fact]
    public async Task Reads_the_phone_and_email_back_for_the_user_it_was_issued_to()
    {
        var token = Issuer(Key.Value).Issue(UserId, "13912345678", "pay@example.cn");
        Assert.Equal(IssuedAt.AddMinutes(30), token.ExpiresAt);

        var contact = await Reader(IssuedAt.AddMinutes(29)).ReadAsync(token.Token, UserId, CancellationToken.None);
        Assert.Equal(new PaymentContact("13912345678", "pay@example.cn"), contact);
    }

    [Fact]
    public async Task Refuses_a_token_for_another_user()
    {
        var token = Issuer(Key.Value).Issue(UserId, "13912345678", "pay@example.cn");
        Assert.Null(await Reader(IssuedAt).ReadAsync(token.Token, Guid.CreateVersion7(), CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_token_after_its_30_minutes()
    {
        var token = Issuer(Key.Value).Issue(UserId, "13912345678", "pay@example.cn");
        Assert.Null(await Reader(IssuedAt.AddMinutes(31)).ReadAsync(token.Token, UserId, CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_a_token_signed_with_another_key()
    {
        var token = Issuer(OtherKey.Value).Issue(UserId, "13912345678", "pay@example.cn");
        Assert.Null(await Reader(IssuedAt).ReadAsync(token.Token, UserId, CancellationToken.None));
    }

    [Fact]
    public async Task Refuses_an_access_token_which_has_another_audience()
    {
        var user = new UserAccount { Id = UserId, Name = "张三", Phone = "13912345678", Role = PlatformClaims.Roles.Candidate };
        var access = new TokenIssuer(new SigningKeys(Options(Key.Value)), Options(Key.Value), new FixedClock(IssuedAt)).Issue(user, Guid.NewGuid());
        Assert.Null(await Reader(IssuedAt).ReadAsync(access.Token, UserId, CancellationToken.None));
    }

    [Theory]
    [InlineData("13912345678", "not-an-address")]
    [InlineData("12345", "pay@example.cn")]
    public async Task Refuses_a_token_whose_phone_or_email_breaks_the_rules(string phone, string email)
    {
        var token = Issuer(Key.Value).Issue(UserId, phone, email);
        Assert.Null(await Reader(IssuedAt).ReadAsync(token.Token, UserId, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not.a.token")]
    public async Task Refuses_no_token_or_garbage(string? token) =>
        Assert.Null(await Reader(IssuedAt).ReadAsync(token, UserId, CancellationToken.None));

    private static PaymentContactTokenIssuer Issuer(string key) =>
        new(new SigningKeys(Options(key)), Options(key), new FixedClock(IssuedAt));

    private static IOptions<AccessTokenOptions> Options(string key) =>
        Microsoft.Extensions.Options.Options.Create(new AccessTokenOptions { SigningKey = key });

    // As a service has it: the JWT bearer scheme with Identity's discovery document (issuer and JWKS).
    private static PaymentContactTokenReader Reader(DateTimeOffset now)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = new AccessTokenOptions().Issuer };
        configuration.SigningKeys.Add(new SigningKeys(Options(Key.Value)).PublicKey);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new FixedClock(now));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            o.Audience = PlatformClaims.Audience;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
        });
        services.AddSingleton<PaymentContactTokenReader>();
        return services.BuildServiceProvider().GetRequiredService<PaymentContactTokenReader>();
    }
}
