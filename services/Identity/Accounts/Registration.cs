using AccountingPlatform.Contracts;
using AccountingPlatform.Identity.Data;
using AccountingPlatform.Identity.Sms;
using AccountingPlatform.Messaging;
using AccountingPlatform.ServiceDefaults;
using AccountingPlatform.ServiceDefaults.Problems;
using AccountingPlatform.ServiceDefaults.Security;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// A candidate registers: one account per certificate and per phone, the phone proved by an SMS code; <c>UserRegistered</c>
/// is published with the account.
/// </summary>
public static class Registration
{
    public static async Task<Results<Created<Registered>, ProblemHttpResult>> RegisterAsync(
        RegistrationRequest request, IdentityDbContext db, SmsCodes smsCodes, IPasswordHasher<UserAccount> hasher,
        TimeProvider clock, ILogger<Registered> logger, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BeijingTime.Today(clock);
        var errors = RegistrationValidator.Validate(request, today);
        if (errors.Count > 0) return ApiProblem.Validation("IDENTITY_REGISTRATION_INVALID", errors);

        var type = request.CertificateType!.Value;
        var number = CertificateNumbers.Normalize(request.CertificateNumber!);
        var phone = request.Phone!;
        if (await db.Users.AnyAsync(u => u.CertificateType == type && u.CertificateNumber == number, cancellationToken))
            return IdentityProblems.CertificateTaken();
        if (await db.Users.AnyAsync(u => u.Phone == phone, cancellationToken))
            return IdentityProblems.PhoneTaken();
        if (!await smsCodes.ConsumeAsync(phone, SmsPurpose.Register, request.SmsCode!))
            return IdentityProblems.SmsCodeInvalid();

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
            return unique.ConstraintName == IdentityDbContext.PhoneUniqueIndex ? IdentityProblems.PhoneTaken() : IdentityProblems.CertificateTaken();
        }
        logger.LogInformation("Registered {UserId} ({Certificate})", user.Id, PersonalData.MaskCertificateNumber(number));
        return TypedResults.Created("/api/identity/users/me", new Registered(user.Id));
    }
}
