using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Images;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.RealName.Online;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.RealName;

/// <summary>线上实名认证: the candidate uploads three certificate photos and chooses a county; a reviewer there decides.</summary>
public static class OnlineApplicationsApi
{
    public sealed record PhotoView(Guid Id, CertificatePhotoKind Kind, string ContentType, int Width, int Height, long Length, string Url);
    public sealed record OnlineApplicationView(
        Guid Id, int Version, string CountyCode, string CountyName, OnlineApplicationStatus Status, DateTimeOffset SubmittedAt,
        DateTimeOffset? DecidedAt, string? RejectionReason, IReadOnlyList<PhotoView> Photos);

    public static IEndpointRouteBuilder MapOnlineApplicationsApi(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/realname/me/online-applications").WithTags("Online real-name applications")
            .RequireAuthorization(PlatformClaims.Policies.Candidate);
        me.MapPost("/", SubmitAsync)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("提交线上实名认证（multipart/form-data：countyCode, portraitSide, otherSide, handheld）");
        me.MapGet("/", ListMineAsync).WithSummary("我的线上实名认证申请");
        app.MapGet("/api/realname/applications/{id:guid}/photos/{photoId:guid}", GetPhotoAsync).WithTags("Online real-name applications")
            .WithSummary("申请照片（仅本人及所辖审核人员可见）");
        return app;
    }

    public static async Task<Results<Created<OnlineApplicationView>, ProblemHttpResult>> SubmitAsync(
        HttpContext http, RealNameDbContext db, TimeProvider clock, ILogger<OnlineApplicationView> logger, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await MultipartForm.ReadAsync(http, cancellationToken);
        if (formProblem is not null) return formProblem;

        var userId = http.User.GetUserId();
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (person is null) return ApiProblem.NotFound("REALNAME_ACCOUNT_NOT_READY", "账号信息正在同步，请稍后再试");
        if (person.VerifiedAt is not null) return ApiProblem.Conflict("REALNAME_ALREADY_VERIFIED", "您已完成实名认证");
        if (await db.OnlineApplications.AnyAsync(a => a.UserId == userId && a.Status == OnlineApplicationStatus.Pending, cancellationToken))
            return PendingAlready();

        var errors = new Dictionary<string, string[]>();
        var countyCode = form!["countyCode"].ToString();
        if (DivisionTree.Instance.Find(countyCode) is not { IsCountyLevel: true })
            errors["countyCode"] = ["请选择证件所在地的旗县区"];
        var photos = new List<(CertificatePhotoKind Kind, UploadedImage Image)>();
        foreach (var (kind, (field, rule)) in OnlinePhotoRules.ByKind)
        {
            var (image, error) = await ImageUpload.ReadAsync(form.Files.GetFile(field), rule, cancellationToken);
            if (error is not null) errors[field] = [error];
            else photos.Add((kind, image!));
        }
        if (errors.Count > 0) return ApiProblem.Validation("REALNAME_APPLICATION_INVALID", errors);

        var now = clock.GetUtcNow();
        var version = 1 + (await db.OnlineApplications.Where(a => a.UserId == userId).MaxAsync(a => (int?)a.Version, cancellationToken) ?? 0);
        var application = new OnlineApplication
        {
            UserId = userId, Version = version, CountyCode = countyCode, Status = OnlineApplicationStatus.Pending, SubmittedAt = now,
        };
        foreach (var (kind, image) in photos)
        {
            application.Photos.Add(new CertificatePhoto
            {
                ApplicationId = application.Id, Kind = kind, ContentType = image.Inspection.ContentType, Width = image.Inspection.Width,
                Height = image.Inspection.Height, Length = image.Content.Length, Sha256 = image.Sha256, Content = image.Content,
            });
        }
        db.OnlineApplications.Add(application);
        db.AddIntegrationEvent(new RealNameSubmittedForReview(application.Id, userId, version, countyCode, person.Name,
            person.CertificateType, person.CertificateNumber, application.Photos.Select(p => PhotoUrl(application, p)).ToList(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return PendingAlready();   // a simultaneous submission won
        }
        logger.LogInformation("Online real-name application {ApplicationId} v{Version} submitted for county {CountyCode}", application.Id, version, countyCode);
        return TypedResults.Created($"/api/realname/me/online-applications", ToView(application));
    }

    public static async Task<Ok<OnlineApplicationView[]>> ListMineAsync(HttpContext http, RealNameDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var applications = await db.OnlineApplications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.Version)
            .Select(a => new { Application = a, Photos = a.Photos.Select(p => new { p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length }).ToList() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(applications.Select(a => ToView(a.Application,
            a.Photos.Select(p => new PhotoView(p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length, PhotoUrl(a.Application.Id, p.Id))).ToList())).ToArray());
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

    private static ProblemHttpResult PendingAlready() =>
        ApiProblem.Conflict("REALNAME_APPLICATION_PENDING", "您的线上实名认证申请正在审核中，请耐心等待审核结果");

    private static string PhotoUrl(OnlineApplication application, CertificatePhoto photo) => PhotoUrl(application.Id, photo.Id);
    private static string PhotoUrl(Guid applicationId, Guid photoId) => $"/api/realname/applications/{applicationId}/photos/{photoId}";

    private static OnlineApplicationView ToView(OnlineApplication a) => ToView(a,
        a.Photos.Select(p => new PhotoView(p.Id, p.Kind, p.ContentType, p.Width, p.Height, p.Length, PhotoUrl(a, p))).ToList());

    internal static OnlineApplicationView ToView(OnlineApplication a, IReadOnlyList<PhotoView> photos) => new(
        a.Id, a.Version, a.CountyCode, DivisionTree.Instance.FullName(a.CountyCode), a.Status, a.SubmittedAt, a.DecidedAt, a.RejectionReason, photos);
}
