using AccountingPlatform.Identity.Data;
using AccountingPlatform.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;

namespace AccountingPlatform.Identity.Accounts;

/// <summary>
/// Whose account a login names (SPEC §1: phone number or certificate number). A mobile number names the account with
/// that phone. Otherwise it is a certificate number, and an account is one certificate, type and number: with the type
/// given, exactly that certificate; without it, the one account with that number, and none when two certificates of
/// different types share it (the candidate is asked to choose the type).
/// </summary>
public static class LoginAccounts
{
    public static async Task<(UserAccount? User, bool NeedsCertificateType)> FindAsync(
        IdentityDbContext db, string account, CertificateType? type, CancellationToken cancellationToken)
    {
        if (type is null && PhoneNumber.IsValid(account)
            && await db.Users.FirstOrDefaultAsync(u => u.Phone == account, cancellationToken) is { } byPhone)
            return (byPhone, false);

        var byCertificate = await db.Users
            .Where(u => u.CertificateNumber == account && (type == null || u.CertificateType == type))
            .OrderBy(u => u.Id).Take(2).ToListAsync(cancellationToken);
        return byCertificate switch
        {
            [var only] => (only, false),
            [_, _] => (null, true),
            _ => (null, false),
        };
    }
}
