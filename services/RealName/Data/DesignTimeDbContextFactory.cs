using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.RealName.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<RealNameDbContext>;
