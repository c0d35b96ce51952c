using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace AccountingPlatform.Divisions;

/// <summary><c>GET {prefix}/divisions?parent=</c>: the provinces, or the children of one division, for pickers.</summary>
public static class DivisionsApi
{
    public sealed record DivisionView(string Code, string Name, DivisionLevel Level, bool IsCountyLevel);

    public static IEndpointRouteBuilder MapDivisionsApi(this IEndpointRouteBuilder app, string routePrefix)
    {
        app.MapGet($"{routePrefix}/divisions", List).AllowAnonymous().WithTags("Divisions").WithSummary("行政区划（省、市、县区）");
        return app;
    }

    public static Results<Ok<DivisionView[]>, ProblemHttpResult> List(string? parent, HttpContext http, ServiceErrorCodes codes)
    {
        var tree = DivisionTree.Instance;
        if (parent is not null && tree.Find(parent) is null)
            return ApiProblem.NotFound(codes.For("DIVISION_NOT_FOUND"), "行政区划代码不存在");
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Ok(tree.ChildrenOf(parent).Select(d => new DivisionView(d.Code, d.Name, d.Level, d.IsCountyLevel)).ToArray());
    }
}
