using System.Collections.Concurrent;
using System.Reflection;
using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AccountingPlatform.ServiceDefaults.Validation;

/// <summary>
/// Query parameters of an enum type follow <see cref="ClientEnums"/>: minimal APIs would bind <c>?kind=7</c> to an
/// undefined member. Before the handler runs, every value sent for such a parameter is checked; one that is not a name
/// is refused 400 <c>{SERVICE}_REQUEST_MALFORMED</c> with the reason beside the parameter, and nothing runs.
/// </summary>
public static class EnumQueryParameters
{
    private static readonly ConcurrentDictionary<MethodInfo, (string Name, Type Enum)[]> ByHandler = new();

    public static WebApplication UseStrictEnumQueryParameters(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint() is RouteEndpoint endpoint && endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler
                && Errors(context.Request.Query, ByHandler.GetOrAdd(handler, h => Of(h, endpoint))) is { } errors)
            {
                var codes = context.RequestServices.GetRequiredService<ServiceErrorCodes>();
                await ApiProblem.Validation(codes.For("REQUEST_MALFORMED"), errors, "请求格式错误，无法解析").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
        return app;
    }

    private static Dictionary<string, string[]>? Errors(IQueryCollection query, (string Name, Type Enum)[] parameters)
    {
        Dictionary<string, string[]>? errors = null;
        foreach (var (name, type) in parameters)
        {
            if (query.TryGetValue(name, out var values) && values.Any(v => !string.IsNullOrEmpty(v) && !ClientEnums.TryParse(type, v, out _)))
                (errors ??= [])[name] = [ClientEnums.Error(type)];
        }
        return errors;
    }

    /// <summary>The handler's parameters bound from the query string whose type is an enum (or a nullable one).</summary>
    private static (string Name, Type Enum)[] Of(MethodInfo handler, RouteEndpoint endpoint) =>
        handler.GetParameters()
            .Select(p => (Parameter: p, Enum: Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType))
            .Where(p => p.Enum.IsEnum && IsFromQuery(p.Parameter, endpoint))
            .Select(p => (p.Parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Parameter.Name!, p.Enum))
            .ToArray();

    private static bool IsFromQuery(ParameterInfo parameter, RouteEndpoint endpoint)
    {
        if (parameter.GetCustomAttribute<FromQueryAttribute>() is not null) return true;
        if (parameter.GetCustomAttributes().Any(a => a is IFromRouteMetadata or IFromHeaderMetadata or IFromBodyMetadata or IFromFormMetadata or IFromServiceMetadata))
            return false;
        return endpoint.RoutePattern.GetParameter(parameter.Name!) is null;
    }
}
