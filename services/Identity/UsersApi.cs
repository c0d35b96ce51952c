using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Idempotency;
using AccountingPlatform.Contracts;
using AccountingPlatform.Identity.Accounts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Identity;

public static class UsersApi
{
    public sealed record Registered(Guid UserId);
    public sealed record Me(Guid UserId, string Name, CertificateType? CertificateType, string? CertificateNumber, string Phone, string Role, string? DivisionCode);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/identity/users").WithTags("Users");
        users.MapPost("/", RegisterAsync).AllowAnonymous().WithIdempotencyKey().WithSummary("注册（可带 Idempotency-Key 安全重试）");
        users.MapGet("/me", GetMeAsync).WithSummary("当前用户信息");
        return app;
    }

    public static async Task<Results<Created<Registered>, ProblemHttpResult>> RegisterAsync(
        RegistrationRequest request, IdentityDbContext db, SmsCodes smsCodes, IPasswordHasher<UserAccount> hasher,
        TimeProvider clock, ILogger<Registered> logger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BeijingTime.Today(clock);
        var errors = RegistrationValidator.Validate(request, today);
        if (errors.Count > 0) return ApiProblem.Validation("IDENTITY_REGISTRATION_INVALID", errors);

        var type = request.CertificateType!.Value;
        var number = request.CertificateNumber!.Trim().ToUpperInvariant();
        var phone = request.Phone!;
        if (await db.Users.AnyAsync(u => u.CertificateType == type && u.CertificateNumber == number, cancellationToken))
            return CertificateTaken();
        if (await db.Users.AnyAsync(u => u.Phone == phone, cancellationToken))
            return PhoneTaken();
        if (!await smsCodes.ConsumeAsync(phone, SmsPurpose.Register, request.SmsCode!))
            return ApiProblem.BadRequest("IDENTITY_SMS_CODE_INVALID", "短信验证码错误或已失效，请重新获取");

        ResidentIdNumber.TryParse(type == CertificateType.ResidentIdCard ? number : null, today, out var residentId);
        var user = new UserAccount
        {
            CertificateType = type,
            CertificateNumber = number,
            Name = request.Name!.Trim(),
            Phone = phone,
            Role = PlatformClaims.Roles.Candidate,
            Gender = residentId?.Gender,
            BirthDate = residentId?.BirthDate,
            CreatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        db.Users.Add(user);
        db.AddIntegrationEvent(new UserRegistered(user.Id, user.Name, type.ToString(), number, user.Gender, user.BirthDate, phone, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // A concurrent registration won the race; the unique index decides.
            return unique.ConstraintName == IdentityDbContext.PhoneUniqueIndex ? PhoneTaken() : CertificateTaken();
        }
        logger.LogInformation("Registered {UserId} ({Certificate})", user.Id, PersonalData.MaskCertificateNumber(number));
        return TypedResults.Created("/api/identity/users/me", new Registered(user.Id));
    }

    public static async Task<Results<Ok<Me>, ProblemHttpResult>> GetMeAsync(
        HttpContext http, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.GetUserId();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return ApiProblem.NotFound("IDENTITY_USER_NOT_FOUND", "用户不存在");
        return TypedResults.Ok(new Me(user.Id, user.Name, user.CertificateType, user.CertificateNumber, user.Phone, user.Role, user.DivisionCode));
    }

    private static ProblemHttpResult CertificateTaken() =>
        ApiProblem.Conflict("IDENTITY_CERTIFICATE_TAKEN", "该证件号码已注册，请直接登录或找回密码");

    private static ProblemHttpResult PhoneTaken() =>
        ApiProblem.Conflict("IDENTITY_PHONE_TAKEN", "该手机号码已被其他账号使用");
}
