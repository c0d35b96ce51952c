using Microsoft.AspNetCore.Mvc;

namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>The service's error-code prefix (IDENTITY, PERSONNEL, …) for codes the shared code produces.</summary>
public sealed record ServiceErrorCodes(string Prefix)
{
    public string For(string suffix) => $"{Prefix}_{suffix}";

    /// <summary>A problem for a status the shared code answers (401, 403, malformed body, …), coded with this service's prefix.</summary>
    public ProblemDetails Problem(int status, string detail, string? codeSuffix = null)
    {
        var code = For(codeSuffix ?? ProblemTitles.CodeSuffixFor(status));
        return new ProblemDetails
        {
            Status = status,
            Title = ProblemTitles.For(status),
            Detail = detail,
            Type = ApiProblem.TypeFor(code),
            Extensions = { ["code"] = code },
        };
    }
}
