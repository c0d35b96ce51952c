using AccountingPlatform.ServiceDefaults.Data;

namespace AccountingPlatform.PersonnelRecord.Data;

internal sealed class DesignTimeDbContextFactory : NpgsqlDesignTimeFactory<PersonnelDbContext>;
