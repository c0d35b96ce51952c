using AccountingPlatform.Contracts;
using AccountingPlatform.Divisions;
using AccountingPlatform.Images;
using AccountingPlatform.Messaging;
using AccountingPlatform.RealName.Data;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.RealName.Online;

/// <summary>
/// 线上实名认证 submitted: three certificate photos judged by content and a county; one pending application at a time;
/// <c>RealNameSubmittedForReview</c> takes it to the reviewers covering that county.
/// </summary>
public static class OnlineApplicationSubmission
{
    public static async Task<Results<Created<OnlineApplicationView>, ProblemHttpResult>> SubmitAsync(
        HttpContext http, RealNameDbContext db, TimeProvider clock, ILogger<OnlineApplicationView> logger, CancellationToken cancellationToken)
    {
        var (form, formProblem) = await MultipartForm.ReadAsync(http, cancellationToken);
        if (formProblem is not null) return formProblem;

        var userId = http.User.GetUserId();
        var person = await db.People.FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (person is null) return RealNameProblems.AccountNotReady();
        if (person.VerifiedAt is not null) return RealNameProblems.AlreadyVerified();
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
            application.Photos.Add(new CertificatePhoto(image) { ApplicationId = application.Id, Kind = kind });
        }
        db.OnlineApplications.Add(application);
        db.AddIntegrationEvent(new RealNameSubmittedForReview(application.Id, userId, version, countyCode, person.Name,
            person.CertificateType, person.CertificateNumber, application.Photos.Select(p => PhotoView.UrlOf(application.Id, p.Id)).ToList(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return PendingAlready();   // a simultaneous submission won
        }
        logger.LogInformation("Online real-name application {ApplicationId} v{Version} submitted for county {CountyCode}", application.Id, version, countyCode);
        return TypedResults.Created($"/api/realname/me/online-applications", OnlineApplicationView.Of(application));
    }

    private static ProblemHttpResult PendingAlready() =>
        ApiProblem.Conflict("REALNAME_APPLICATION_PENDING", "您的线上实名认证申请正在审核中，请耐心等待审核结果");
}
