using AccountingPlatform.Messaging;
using AccountingPlatform.Review;
using AccountingPlatform.Review.Data;
using AccountingPlatform.ServiceDefaults.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("REVIEW");
builder.AddServiceDatabase<ReviewDbContext>("reviewdb");
builder.AddMessaging<ReviewDbContext>("review");
builder.AddRedis();
builder.AddDefaultAuthentication();
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapOpenApi("/api/review/openapi/{documentName}.json").AllowAnonymous();
app.MapReviewItemsApi();
app.MapReviewFiguresApi();
app.MapDepartmentsApi();
app.Run();
