namespace AccountingPlatform.Web.Platform;

/// <summary>
/// A person's private images for the pages' <c>&lt;img&gt;</c>: fetched from the API with their session's token, which
/// decides who may see what (the owner, a reviewer whose division covers it), and streamed on, never kept: no cache
/// anywhere (<c>no-store</c>), no sniffing, images only. Anything the API does not give this person is a 404, as there.
/// The pages stay small (an image in the page as a <c>data:</c> URL made a record page 534 KiB), and the browser
/// fetches the images beside the page.
/// </summary>
public static class PrivateImageEndpoints
{
    public static IEndpointRouteBuilder MapPrivateImages(this IEndpointRouteBuilder app)
    {
        var images = app.MapGroup(PrivateImageLinks.Prefix).RequireAuthorization();
        images.MapGet("/personnel/records/{recordId:guid}/files/{fileId:guid}", (Guid recordId, Guid fileId, PlatformApiClient api, HttpContext http, CancellationToken ct) =>
            ServeAsync($"/api/personnel/records/{recordId}/files/{fileId}", api, http, ct));
        images.MapGet("/realname/applications/{applicationId:guid}/photos/{photoId:guid}", (Guid applicationId, Guid photoId, PlatformApiClient api, HttpContext http, CancellationToken ct) =>
            ServeAsync($"/api/realname/applications/{applicationId}/photos/{photoId}", api, http, ct));
        return app;
    }

    private static async Task<IResult> ServeAsync(string apiPath, PlatformApiClient api, HttpContext http, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var image = await api.GetImageAsync(apiPath, cancellationToken);
        if (image is null) return TypedResults.NotFound();
        http.Response.RegisterForDispose(image);
        return TypedResults.Stream(await image.Content.ReadAsStreamAsync(cancellationToken), image.Content.Headers.ContentType!.MediaType);
    }
}
