namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>An Aliyun POP error: its HTTP status, <c>Code</c> and <c>Message</c>.</summary>
public sealed record AliyunError(int Status, string Code, string Message)
{
    public IResult ToResult(string requestId) => Results.Json(
        new Dictionary<string, string> { ["RequestId"] = requestId, ["HostId"] = "dysmsapi.aliyuncs.com", ["Code"] = Code, ["Message"] = Message },
        statusCode: Status);

    public static AliyunError Missing(string parameter) =>
        new(StatusCodes.Status400BadRequest, $"Missing{parameter}", $"{parameter} is mandatory for this action.");
}
