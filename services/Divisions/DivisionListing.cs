using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.Divisions;

/// <summary>The provinces, or the children of one division, for pickers; cacheable for a day (the tree changes with a release).</summary>
public static class DivisionListing
{
    public static Results<Ok<DivisionView[]>, ProblemHttpResult> List(string? parent, HttpContext http, ServiceErrorCodes codes)
    {
        var tree = DivisionTree.Instance;
        if (parent is not null && tree.Find(parent) is null)
            return ApiProblem.NotFound(codes.For("DIVISION_NOT_FOUND"), "行政区划代码不存在");
        http.Response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.Ok(tree.ChildrenOf(parent).Select(d => new DivisionView(d.Code, d.Name, d.Level, d.IsCountyLevel)).ToArray());
    }
}
