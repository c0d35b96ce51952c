using AccountingPlatform.Divisions;
using AccountingPlatform.Messaging;
using AccountingPlatform.PersonnelRecord;
using AccountingPlatform.PersonnelRecord.Data;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("PERSONNEL");
builder.AddServiceDatabase<PersonnelDbContext>("personneldb");
builder.AddMessaging<PersonnelDbContext>("personnel");
builder.AddRedis();
builder.AddDefaultAuthentication();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/personnel/openapi/{documentName}.json").AllowAnonymous();
app.MapRecordsApi();
app.MapFilesApi();
app.MapEducationsApi();
app.MapWorkExperiencesApi();
app.MapDivisionsApi("/api/personnel");
app.Run();
