using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.Identity.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<IdentityDbContext>;
