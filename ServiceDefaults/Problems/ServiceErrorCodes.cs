namespace AccountingPlatform.ServiceDefaults.Problems;

/// <summary>The service's error-code prefix (IDENTITY, PERSONNEL, …) for codes the shared code produces.</summary>
public sealed record ServiceErrorCodes(string Prefix)
{
    public string For(string suffix) => $"{Prefix}_{suffix}";
}
