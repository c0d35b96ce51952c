using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AccountingPlatform.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error is problem+json with <c>code</c>, a Chinese <c>title</c> and the <c>traceId</c>.</summary>
    public static IHostApplicationBuilder AddDefaultProblemDetails(this IHostApplicationBuilder builder, string errorCodePrefix)
    {
        var codes = new ServiceErrorCodes(errorCodePrefix);
        builder.Services.AddSingleton(codes);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var problem = ctx.ProblemDetails;
            var status = problem.Status ?? ctx.HttpContext.Response.StatusCode;
            if (!problem.Extensions.ContainsKey("code"))
            {
                var code = codes.For(ProblemTitles.CodeSuffixFor(status));
                problem.Extensions["code"] = code;
                problem.Title = ProblemTitles.For(status);
                problem.Type = ApiProblem.TypeFor(code);
            }
            problem.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? ctx.HttpContext.TraceIdentifier;
        });
        builder.Services.AddExceptionHandler<DefaultExceptionHandler>();
        // Without this a malformed body gets an empty 400 outside Development.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return builder;
    }

    public static WebApplication UseDefaultProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
