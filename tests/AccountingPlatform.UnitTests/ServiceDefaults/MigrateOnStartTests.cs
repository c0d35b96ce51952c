using AccountingPlatform.ServiceDefaults.Data;
using Microsoft.Extensions.Configuration;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>
/// <c>Database:MigrateOnStart</c>: a service migrates its database before serving unless told not to (Kubernetes, where
/// a Job runs its <c>migrate</c> command once per rollout); then it waits for the schema instead.
/// </summary>
public sealed class MigrateOnStartTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    public void A_service_migrates_at_start_unless_a_deployment_migrates_for_it(string? configured, bool migrates)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrateOnStart"] = configured }).Build();

        Assert.Equal(migrates, DatabaseExtensions.MigratesOnStart(configuration));
    }
}
