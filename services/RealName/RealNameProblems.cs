using AccountingPlatform.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AccountingPlatform.RealName;

/// <summary>The problems more than one RealName use case answers: one code, one text each.</summary>
public static class RealNameProblems
{
    public static ProblemHttpResult AccountNotReady() => ApiProblem.NotFound("REALNAME_ACCOUNT_NOT_READY", "账号信息正在同步，请稍后再试");

    public static ProblemHttpResult AlreadyVerified() => ApiProblem.Conflict("REALNAME_ALREADY_VERIFIED", "您已完成实名认证");
}
