using System.Text.Json;
using AccountingPlatform.ServiceDefaults.Problems;

namespace AccountingPlatform.ChannelEmulator.Alipay;

/// <summary>What a person does at Alipay's certification page: finish it with an outcome; and what a test looks at: the certification.</summary>
public static class CertificationCompletion
{
    public static IResult Get(string certifyId, CertificationStore store) =>
        store.Find(certifyId) is { } c ? TypedResults.Ok(c) : AlipayControlProblems.CertificationNotFound();

    /// <summary>JSON <c>{"outcome":"Pass"}</c> → 204; the emulated page's form post → back to the merchant's return_url.</summary>
    public static async Task<IResult> CompleteAsync(
        string certifyId, HttpContext http, CertificationStore store, TimeProvider time)
    {
        var fromPage = http.Request.HasFormContentType;
        string? text;
        if (fromPage)
        {
            text = (await http.Request.ReadFormAsync(http.RequestAborted))["outcome"].ToString();
        }
        else if (http.Request.HasJsonContentType())
        {
            try
            {
                text = (await http.Request.ReadFromJsonAsync<CompleteCertificationRequest>(http.RequestAborted))?.Outcome;
            }
            catch (JsonException)
            {
                text = null;
            }
        }
        else
        {
            return ApiProblem.Create(StatusCodes.Status415UnsupportedMediaType, "EMULATOR_UNSUPPORTED_MEDIA_TYPE", "请以 JSON 或表单提交 outcome");
        }

        if (!Enum.TryParse<CertificationOutcome>(text, ignoreCase: true, out var outcome) || !Enum.IsDefined(outcome) || int.TryParse(text, out _))
        {
            return ApiProblem.Validation("EMULATOR_OUTCOME_INVALID", new Dictionary<string, string[]>
            {
                ["outcome"] = ["须为 Pass、Fail、IdentityMismatch 或 AccountRisk"],
            });
        }
        if (store.Complete(certifyId, outcome, time.GetUtcNow()) is not { } completed)
            return AlipayControlProblems.CertificationNotFound();

        if (!fromPage)
            return TypedResults.NoContent();
        return Uri.TryCreate(completed.ReturnUrl, UriKind.Absolute, out var back) && (back.Scheme == Uri.UriSchemeHttp || back.Scheme == Uri.UriSchemeHttps)
            ? TypedResults.Redirect(back.AbsoluteUri)
            : TypedResults.Content(CertifyPage.RenderCompleted(completed), "text/html; charset=utf-8");
    }
}
