using AccountingPlatform.Messaging;
using AccountingPlatform.Review;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Data;

var builder = WebApplication.CreateBuilder(args);
if (args is [MigrateCommand.Verb]) return await MigrateCommand.RunAsync<ReviewDbContext>(builder, "review");
builder.AddApiService<ReviewDbContext>("review");
builder.AddMessaging<ReviewDbContext>("review");

var app = builder.Build();
app.UseApiService("review");
app.MapReviewItemsApi();
app.MapReviewFiguresApi();
app.MapDepartmentsApi();
app.MapRejectionReasonsApi();
app.MapReviewDecisionsAuditApi();
app.Run();
return 0;
