namespace AccountingPlatform.Gateway;

/// <summary>
/// <c>Gateway:Admission</c>: how many requests the gateway lets through at a time, and how many more may wait, for
/// password checks (one PBKDF2 hash each, about 50 ms of a core) and for everything else. Size the password pool to
/// a few requests per core of the Identity instances behind the gateway.
/// </summary>
public sealed class AdmissionOptions
{
    public int PasswordConcurrency { get; set; } = 8;
    public int PasswordQueue { get; set; } = 16;
    public int Concurrency { get; set; } = 256;
    public int Queue { get; set; } = 512;
}
