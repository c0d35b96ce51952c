using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.Web;
using AccountingPlatform.Web.Components;
using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Sessions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("PORTAL");
builder.AddPortalSessions();
builder.AddPlatformApi();
builder.Services.AddRazorComponents();

var app = builder.Build();
// The gateway in front sets X-Forwarded-For to the person's address; the portal passes it on to the APIs.
app.UseForwardedClientAddress(trustLoopbackUnlessConfigured: true);
app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseAuthentication();
app.UseAuthorization();
app.UseRouteRequestLimits();   // the console's results form: an administrator's file of up to 100 MB, sent on as it is read
app.UseAntiforgery();
app.MapStaticAssets();
app.MapDefaultEndpoints();
app.MapPortalEndpoints();
app.MapRazorComponents<App>();
app.Run();
