namespace AccountingPlatform.UnitTests.Channels;

/// <summary>
/// Alipay RSA2 vectors published in the official Java SDK's tests, https://github.com/alipay/alipay-sdk-java-all,
/// src/test/java/com/alipay/api/RSACheckTest.java (@ 078e14a8a66aae328f6871b6db79e78e721187a3). As its comment says,
/// the parameters were signed with the test app's private key and are checked with that app's public key, read from
/// the app certificate below (TestAccount.ProdCert: src/test/resources/fixture/appCertPublicKey_2019091767145019.crt,
/// @ 9b90dcce54eed850078cd1bbac67d27bed424d56). <c>AlipaySignature.rsaCheckV2</c> leaves out only <c>sign</c>, so
/// <c>sign_type</c> is signed, as in our request sign content.
/// </summary>
internal static class AlipaySdkVectors
{
    public const string AppCertificate = """
        -----BEGIN CERTIFICATE-----
        MIIDejCCAmKgAwIBAgIQIBkJF4/u3N03Ui3OAdhIszANBgkqhkiG9w0BAQsFADCBgjELMAkGA1UE
        BhMCQ04xFjAUBgNVBAoMDUFudCBGaW5hbmNpYWwxIDAeBgNVBAsMF0NlcnRpZmljYXRpb24gQXV0
        aG9yaXR5MTkwNwYDVQQDDDBBbnQgRmluYW5jaWFsIENlcnRpZmljYXRpb24gQXV0aG9yaXR5IENs
        YXNzIDIgUjEwHhcNMTkwOTE3MTI1NDI0WhcNMjEwOTE2MTI1NDI0WjBbMQswCQYDVQQGEwJDTjEP
        MA0GA1UECgwG6ZKf6ZuoMQ8wDQYDVQQLDAZBbGlwYXkxKjAoBgNVBAMMITIwODgwMDI2NTY3MTg5
        MjAtMjAxOTA5MTc2NzE0NTAxOTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAI7lqNEh
        M+zmuofduwxRC/HeAcYW1S1/YmoREF71EV2bt4xexcs0p3hPGExM1IXur7HEZfc1jsq+7U2khRoN
        EVsadBZMsVPTtc3aiuiHWN/gUiSb4uM/hnARQSUt1M7mEXxpJRz0kWJsSUqjcx2Bovu00cGFbIZG
        Xv/H86QzBfPpRd9qAT30rfSiZb3CjtieVMTq60wmWIdd8/1rZpGy+EEXBGGkXOQoGTBgUXofQIzw
        rWigATNt/+Ngx60uONMeJTLk1RYo+1F/V2iWNgsECqhU6283iQ6ScjmUhrOVVuh20TOSaFx2xczN
        C1Cw5qP+hGtITnYuGITDVxSho1k+04UCAwEAAaMSMBAwDgYDVR0PAQH/BAQDAgP4MA0GCSqGSIb3
        DQEBCwUAA4IBAQA3EhSYXqVMWw9VJiLGigBgbSDJdrX0lMa2uRNB2X1n+SsRLK5MzXNx5oGZykgO
        WFoCH1rTO7mP7hCOjWROCgdn7mcttkyWHUFKaQjuAXh2UjmKiKkfzkDBe47DwpWtMNZI6d4aosxB
        asoNhXY8k2WtJvlGfdgsNYDIKpamjL3XAKRohSn6kNmTOaRsrOethJWsgClKIe7FDGLO8XBOSdyd
        7KClfLY8AEg7sCvIUjA5FhIpZML8SoClD11zb5ENH43vONQveQACzFkkYu4DiyCFCBfxt5uALVGs
        vV1qhwcQX35kmhYxuTdXwU5xJ8owS9abd5fu3dY1k34fY2L5M8oa
        -----END CERTIFICATE-----
        """;

    /// <summary>should_pass_rsa_check_when_sign_type_is_rsa2.</summary>
    public static Dictionary<string, string?> Rsa2Parameters() => new(StringComparer.Ordinal)
    {
        ["method"] = "koubei.marketing.data.indicator.query",
        ["app_id"] = "2019090366875133",
        ["sign_type"] = "RSA2",
        ["sign"] =
            "JzoDc8VxY1/w6yN9WdWV10aipS3YcRpK" +
            "+jw4xfLybf90ZK9L3AHLUJbNLWVnHW3IuLoJbBeSGVxSbPBhe4ggPklcYUkPowgtlZ6YlthuQDtjF23h2obXuXkQRd" +
            "+RPbDWvOA5AYQjsKH8uSHil5aRARewPIPhukl9Mn4HEovUccsBR/RirQFSGmGYiMM0zvhVSR7pXZDEhiADzvzAkvVVTI1" +
            "/HbNqcoBU4ctSPAGsuDPO/mah1+IwGQAuPP6xoEPL" +
            "+3zQ0wztQCwHT2o8aQmxFJ9a09q8ybRprHaNjCgTaLDeTWE0o1pllZIE8c7wnG3cOuj6quYjTcQyLm6P4M87Zw==",
    };

    /// <summary>should_pass_rsa_check_when_charset_is_utf8: a Chinese value, signed over its UTF-8 bytes.</summary>
    public static Dictionary<string, string?> Utf8Parameters() => new(StringComparer.Ordinal)
    {
        ["method"] = "koubei.marketing.data.indicator.query",
        ["app_id"] = "2019090366875133",
        ["extra"] = "中文测试",
        ["sign_type"] = "RSA2",
        ["sign"] =
            "KrRGUY3/2JX3KtlLgus8CbK0xuUIBDCpOdJkVzJDefez6HvlA8RA6uCVj2rrMd7DgVfarG5SROdSnkZbf8MLKHbVoFqi9w0QCvto9mc8n3ezfWej" +
            "ZECJVCZhbJ3OslB+4gij9+F70usrnCNEJZm02ntyNdVzcqMbgdRMB93BJIRC1jjmCotpXgXWrRdTb/SfhIAkoHqgGi2aCUHuLDInLGZCn8NeziGW" +
            "MnFOic6/sE/nMpwriOmwLb2nyzD0fGiolwuuxlOGMcBHAb22J8XqchFHyCpbs2A/rWdJMjhUfqsErbtZQM93fi1xfL2pUa9RMWX0Q81Qk7iSEeHC" +
            "R+NGyQ==",
    };
}
