using AccountingPlatform.Gateway;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("GATEWAY");
builder.AddGatewayRateLimits();
builder.AddAdmissionControl();
builder.Services.AddReverseProxy().LoadFromMemory(GatewayRoutes.Routes, GatewayRoutes.Clusters(builder.Configuration));

var app = builder.Build();
// The client address is the connection's, or what a configured load balancer in front says (ForwardedHeaders:*); never the client's word.
app.UseForwardedClientAddress(trustLoopbackUnlessConfigured: false);
app.UseDefaultProblemDetails();
app.UseRequestSizeGuard();
app.UseAdmissionControl();
app.UseRateLimiter();
app.MapDefaultEndpoints();
app.MapReverseProxy();
app.Run();
