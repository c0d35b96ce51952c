using System.Buffers.Text;
using System.Net;
using System.Text.Json;

namespace AccountingPlatform.IntegrationTests.Support;

/// <summary>The contact step before paying: an SMS code to a phone, then phone + code + e-mail for a payment-contact token.</summary>
public static class PaymentContacts
{
    public const string Path = "/api/identity/me/payment-contacts";

    /// <summary>
    /// Does the whole step as the signed-in candidate and returns the contact token (for Payment). Default phone: a fresh
    /// mobile number no account has; default e-mail: <c>pay-{guid}@example.cn</c>.
    /// </summary>
    public static async Task<string> VerifyAsync(Candidate candidate, EmulatorClient emulator, string? phone = null, string? email = null)
    {
        phone ??= TestIdentities.Phone();
        email ??= $"pay-{Guid.NewGuid():N}@example.cn";
        var smsCode = await SendCodeAsync(candidate, emulator, phone);
        var issued = await candidate.Client.PostAsync(Path, new { phone, smsCode, email });
        Assert.True(issued.Status == HttpStatusCode.Created, $"verifying the payment contact: {issued}");
        return issued.Json.GetProperty("contactToken").GetString()!;
    }

    /// <summary>Asks for a PaymentContact SMS code to the phone as the candidate (captcha solved) and reads it from the SMS sink.</summary>
    public static Task<string> SendCodeAsync(Candidate candidate, EmulatorClient emulator, string phone) =>
        Candidate.SendSmsCodeAsync(candidate.Client, emulator, phone, "PaymentContact");

    /// <summary>The token's payload as JSON, read without validating anything.</summary>
    public static JsonElement Payload(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement;
}
