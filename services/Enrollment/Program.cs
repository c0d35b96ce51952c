using AccountingPlatform.Enrollment;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("ENROLLMENT");
builder.AddServiceDatabase<EnrollmentDbContext>("enrollmentdb");
builder.AddMessaging<EnrollmentDbContext>("enrollment");
builder.AddRedis();
builder.AddDefaultAuthentication();
builder.AddDevelopmentExamSeed();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/enrollment/openapi/{documentName}.json").AllowAnonymous();
app.MapExamsApi();
app.MapEnrollmentsApi();
app.Run();
