using AccountingPlatform.Enrollment;
using AccountingPlatform.Enrollment.Data;
using AccountingPlatform.Enrollment.Enrollments;
using AccountingPlatform.Enrollment.Exams;
using AccountingPlatform.Enrollment.Notifications;
using AccountingPlatform.Enrollment.Results;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<EnrollmentDbContext>(builder, "enrollment");
if (args is [ExamSeedCommand.Verb, .. var files]) return await ExamSeedCommand.RunAsync(builder, files);
builder.AddApiService<EnrollmentDbContext>("enrollment");
builder.AddMessaging<EnrollmentDbContext>("enrollment");
builder.AddExamSeeds();
builder.Services.AddSingleton<ExamTermsCache>();
builder.AddEnrollmentExpiry();
builder.AddConfirmationNotices();
builder.AddResultsImports();

var app = builder.Build();
app.UseApiService("enrollment");
app.MapExamsApi();
app.MapExamAdministrationApi();
app.MapResultsImportsApi();
app.MapEnrollmentListApi();
app.MapEnrollmentsApi();
app.Run();
return 0;
