using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.Payment.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<PaymentDbContext>;
