using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<PersonnelDbContext>(builder, "personnel");
builder.AddApiService<PersonnelDbContext>("personnel");
builder.AddMessaging<PersonnelDbContext>("personnel");

var app = builder.Build();
app.UseApiService("personnel");
app.MapRecordsApi();
app.MapFilesApi();
app.MapEducationsApi();
app.MapWorkExperiencesApi();
app.MapDivisionsApi("/api/personnel");
app.Run();
return 0;
