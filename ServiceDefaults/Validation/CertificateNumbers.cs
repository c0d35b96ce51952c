namespace AccountingPlatform.ServiceDefaults.Validation;

/// <summary>
/// A certificate number as the platform keeps and compares it: without surrounding blanks, letters upper-case (the
/// check character X of a resident ID, passport letters). One rule for every place a client types one: registration,
/// login, password recovery, imported results.
/// </summary>
public static class CertificateNumbers
{
    public static string Normalize(string number) => number.Trim().ToUpperInvariant();
}
