using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.Enrollment.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<EnrollmentDbContext>;
