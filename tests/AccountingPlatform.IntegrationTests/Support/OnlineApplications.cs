using System.Net;
using System.Net.Http.Headers;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>Photos and the multipart form of 线上实名认证, and finding the application in a reviewer's queue.</summary>
public static class OnlineApplications
{
    /// <summary>A photo-sized PNG of noise (about 360 KB), different each time.</summary>
    public static byte[] Photo(int width = 400, int height = 300) => TestImages.NoisePng(width, height);

    /// <summary>The form; file names and declared types say JPEG whatever the bytes are, as a careless or lying client would.</summary>
    public static MultipartFormDataContent Form(string countyCode, byte[]? portraitSide, byte[]? otherSide, byte[]? handheld)
    {
        var form = new MultipartFormDataContent { { new StringContent(countyCode), "countyCode" } };
        foreach (var (field, bytes) in new[] { ("portraitSide", portraitSide), ("otherSide", otherSide), ("handheld", handheld) })
        {
            if (bytes is null) continue;
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(file, field, field + ".jpg");
        }
        return form;
    }

    public static async Task<ApiResponse> SubmitAsync(Candidate candidate, string countyCode, params byte[][] photos)
    {
        await Eventually.GetAsync(() => candidate.Client.GetAsync("/api/realname/me/status"), r => r.Status == HttpStatusCode.OK, "RealName learns of the registration");
        return await candidate.Client.PostAsync("/api/realname/me/online-applications", Form(countyCode, photos[0], photos[1], photos[2]));
    }

    /// <summary>The review item of an application version, once it has reached the reviewer's queue.</summary>
    public static async Task<System.Text.Json.JsonElement> ReviewItemAsync(PlatformClient reviewer, Guid applicationId, int version)
    {
        var queue = await Eventually.GetAsync(() => reviewer.GetAsync("/api/review/items?status=Pending&kind=RealNameApplication&pageSize=100"),
            r => r.Status == HttpStatusCode.OK && Find(r) is not null, "the application reaches the review queue");
        return Find(queue)!.Value;

        System.Text.Json.JsonElement? Find(ApiResponse r) => r.Json.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("subjectId").GetGuid() == applicationId && i.GetProperty("subjectVersion").GetInt32() == version)
            .Select(i => (System.Text.Json.JsonElement?)i).FirstOrDefault();
    }
}
