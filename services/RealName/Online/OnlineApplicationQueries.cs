using AccountingPlatform.Images;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.RealName.Online;

/// <summary>Reading online applications: the candidate's own, and one photo to those who may see it.</summary>
public static class OnlineApplicationQueries
{
    public static async Task<Ok<OnlineApplicationView[]>> ListMineAsync(HttpContext http, RealNameDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var applications = await db.OnlineApplications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Version)
            .Select(a => new { Application = a, Photos = a.Photos.Select(p => new { p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length }).ToList() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(applications.Select(a => OnlineApplicationView.Of(a.Application,
            a.Photos.Select(p => new PhotoView(p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length, PhotoView.UrlOf(a.Application.Id, p.Id))).ToList())).ToArray());
    }

    /// <summary>To the candidate who uploaded it and to reviewers whose division covers the county; to anyone else it does not exist.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetPhotoAsync(
        Guid id, Guid photoId, HttpContext http, RealNameDbContext db, CancellationToken cancellationToken)
    {
        var application = await db.OnlineApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var photo = application is not null && PrivateImages.MayView(http.User, application.UserId, application.CountyCode)
            ? await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.ApplicationId == id, cancellationToken)
            : null;
        if (photo is null) return ApiProblem.NotFound("REALNAME_PHOTO_NOT_FOUND", "照片不存在");
        return PrivateImages.Serve(http, photo, photo.Kind.ToString());
    }
}
