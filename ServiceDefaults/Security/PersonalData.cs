namespace AccountingPlatform.ServiceDefaults.Security;

/// <summary>Masks personal data for logs, traces and responses to anyone but its owner.</summary>
public static class PersonalData
{
    /// <summary><c>11010519491231002X</c> → <c>110105********002X</c>.</summary>
    public static string MaskCertificateNumber(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        if (value.Length <= 4) return new string('*', value.Length);
        var keepHead = value.Length >= 14 ? 6 : Math.Min(2, value.Length - 4);
        return value[..keepHead] + new string('*', value.Length - keepHead - 4) + value[^4..];
    }

    /// <summary><c>13812341234</c> → <c>138****1234</c>.</summary>
    public static string MaskPhone(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        if (value.Length < 8) return new string('*', value.Length);
        return value[..3] + new string('*', value.Length - 7) + value[^4..];
    }

    /// <summary><c>张三</c> → <c>张*</c>, <c>欧阳娜娜</c> → <c>欧***</c>.</summary>
    public static string MaskName(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return value[..1] + new string('*', Math.Max(1, value.Length - 1));
    }

    /// <summary>A login account, which is a phone number or a certificate number: masked as whichever it looks like.</summary>
    public static string MaskAccount(string? value) =>
        value is { Length: 11 } && value[0] == '1' && value.All(char.IsAsciiDigit) ? MaskPhone(value) : MaskCertificateNumber(value);
}
