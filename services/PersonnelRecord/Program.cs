using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord;
using AccountingPlatform.PersonnelRecord.Data;

var builder = WebApplication.CreateBuilder(args);
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
