using AccountingPlatform.Gateway;
using AccountingPlatform.ServiceDefaults.Problems;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("GATEWAY");
builder.AddGatewayRateLimits();
builder.AddAdmissionControl();
builder.Services.AddReverseProxy().LoadFromMemory(GatewayRoutes.Routes, GatewayRoutes.Clusters(builder.Configuration));

var app = builder.Build();
app.UseDefaultProblemDetails();
app.UseRequestSizeGuard();
app.UseAdmissionControl();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.Run();
