using AccountingPlatform.Enrollment;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Messaging;

var builder = WebApplication.CreateBuilder(args);
builder.AddApiService<EnrollmentDbContext>("enrollment");
builder.AddMessaging<EnrollmentDbContext>("enrollment");
builder.AddDevelopmentExamSeed();

var app = builder.Build();
app.UseApiService("enrollment");
app.MapExamsApi();
app.MapEnrollmentsApi();
app.Run();
