using AccountingPlatform.Messaging;
using AccountingPlatform.Review;
using AccountingPlatform.Review.Data;

var builder = WebApplication.CreateBuilder(args);
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
