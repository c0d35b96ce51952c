namespace AccountingPlatform.Web.Platform;

/// <summary>Bytes the portal holds for the person, written into the page as a <c>data:</c> URL.</summary>
public static class DataUrl
{
    public static string Of(string contentType, byte[] bytes) => $"data:{contentType};base64,{Convert.ToBase64String(bytes)}";
}
