using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.Review.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<ReviewDbContext>;
