using System.Security.Cryptography;

namespace AccountingPlatform.Channels.UnionPay;

/// <summary>Reads a gateway answer, verifies its signature, and turns a respCode other than 00 into <see cref="UnionPayException"/>.</summary>
internal static class UnionPayResponseReader
{
    public static Dictionary<string, string> Read(string text, RSA unionPayKey)
    {
        var fields = UnionPayMessage.Parse(text);
        if (fields.GetValueOrDefault("respCode") is not { Length: > 0 } respCode)
            throw new HttpRequestException("The UnionPay gateway's answer has no respCode.");
        var respMsg = fields.GetValueOrDefault("respMsg") ?? "";

        if (fields.ContainsKey(UnionPaySignature.FieldName))
        {
            if (!UnionPaySignature.Verify(fields!, unionPayKey))
                throw new UnionPaySignatureException($"The signature of UnionPay's answer (respCode {respCode}) does not verify.");
        }
        else if (respCode == UnionPayProtocol.SuccessCode)
        {
            throw new UnionPaySignatureException("UnionPay's answer reports success but is not signed.");
        }
        // Otherwise an unsigned answer is taken as a failure, never as a success (as for Alipay's gateway errors);
        // whether UnionPay leaves the signature off format errors could not be confirmed from the searchable material.

        if (respCode != UnionPayProtocol.SuccessCode)
            throw new UnionPayException(respCode, respMsg);
        return fields;
    }
}
