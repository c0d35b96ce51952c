using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace AccountingPlatform.Divisions;

/// <summary><c>GET {prefix}/divisions?parent=</c>: the provinces, or the children of one division, for pickers (anyone may read them).</summary>
public static class DivisionsApi
{
    public static IEndpointRouteBuilder MapDivisionsApi(this IEndpointRouteBuilder app, string routePrefix)
    {
        var divisions = app.MapGroup($"{routePrefix}/divisions").WithTags("Divisions").AllowAnonymous();
        divisions.MapGet("/", (string? parent, HttpContext http, ServiceErrorCodes codes) =>
            DivisionListing.List(parent, http, codes)).WithSummary("行政区划（省、市、县区）");
        return app;
    }
}
