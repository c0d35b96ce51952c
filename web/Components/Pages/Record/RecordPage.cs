using AccountingPlatform.Web.Components.Shared;
using AccountingPlatform.Web.Platform;
using AccountingPlatform.Web.Platform.Record;

namespace AccountingPlatform.Web.Components.Pages.Record;

/// <summary>A page of the collection wizard: reads the candidate's record (none yet is not an error) and uploads images of it.</summary>
public abstract class RecordPage : PortalPage
{
    protected const string RecordPath = "/api/personnel/me/record";
    protected const string EducationsPath = "/api/personnel/me/record/educations";
    protected const string WorkPath = "/api/personnel/me/record/work-experiences";

    /// <summary>The record as the API last answered it; null when collection has not begun.</summary>
    protected RecordView? MyRecord { get; set; }

    /// <summary>True once the record was read (or found not to exist yet); false when the API refused or could not answer.</summary>
    protected bool RecordLoaded { get; private set; }

    protected async Task LoadRecordAsync()
    {
        var answer = await Api.GetAsync(RecordPath);
        if (answer.IsSuccess) MyRecord = answer.Read<RecordView>();
        else if (answer.Code == "PERSONNEL_RECORD_NOT_FOUND") MyRecord = null;
        else
        {
            if (Failed is null) Succeeded(answer);
            return;
        }
        RecordLoaded = true;
    }

    /// <summary>Sends one image of the record (kind as the API names it); the refusal stays in <see cref="PortalPage.Failed"/>.</summary>
    protected async Task<UploadedFileView?> UploadAsync(string kind, IFormFile? file)
    {
        using var content = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        if (file is { Length: > 0 })
        {
            var stream = new StreamContent(file.OpenReadStream());
            stream.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
                string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType);
            content.Add(stream, "file", string.IsNullOrEmpty(file.FileName) ? "upload" : Path.GetFileName(file.FileName));
        }
        var answer = await Api.SendAsync(HttpMethod.Post, RecordPath + "/files", content);
        return Succeeded(answer) ? answer.Read<UploadedFileView>() : null;
    }

    protected static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    protected static string? DateText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    protected bool IsPost => HttpMethods.IsPost(HttpContext?.Request.Method ?? "GET");
}
