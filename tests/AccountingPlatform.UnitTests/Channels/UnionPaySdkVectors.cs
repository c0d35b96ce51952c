namespace AccountingPlatform.UnitTests.Channels;

/// <summary>
/// UnionPay 全渠道 (acp) 5.1.0 vectors published in the tests of https://github.com/yansongda/pay (a widely used PHP
/// payment SDK whose UnionPay plugin signs like the acp SDK: SHA256withRSA over the lowercase hex SHA-256 of the sorted
/// string). We found no worked example with a key published by UnionPay itself; these are the nearest reproducible ones.
/// </summary>
internal static class UnionPaySdkVectors
{
    /// <summary>
    /// The private key of yansongda/pay tests/Cert/unipayAppCert.pfx (@ 2b460f21, password "000000" per tests/TestCase.php):
    /// UnionPay's test signing certificate for merchant 777290058167151 (CFCA test CA, serial 0x1046900149 = certId
    /// 69903319369), taken out of the PKCS#12 with <c>openssl pkcs12 -nocerts -nodes</c>, unchanged.
    /// </summary>
    public const string SignPrivateKey = """
        -----BEGIN PRIVATE KEY-----
        MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7aFBhb16nFkWY
        8SJDzRvrZ5+uissVfK9fzlE+Vke8FAtxUKkLPp2T/8vyShihjYYHMHuASTwowKln
        q17AFoooIGC45g1lZlaW4FD24XkTAL33Il43/4v+kl0H7YlbbnEoFRlyHvFBR+m9
        XNJpgj53+n7i3zEs0g3ffyfI+s7PS7W68X9bi6EbpQb76NZUcvZisSFArVtCHA1D
        Lo1wEG3pgshnlQnYhK8LjNPp3jAx/FW+2MXtnYaWjNO42UPOha/bUU0reFg6ntcy
        Y6ZCpZimtKrEi7z9pP1D2RkYAJMAizKJHiV0Btkb7MKN1bnroew1W3TajSrPyodS
        j4fwNzFVAgMBAAECggEABi6wyCYWZ0iyzxLVYIs5qpBmkil9/Z15Y524zGeoQiof
        HoPcr8RHCoTbw4hyO5Iho8cTq+2+kFGaxRLAM3IK6Lv4tODR/FBd9ug7g4l4pwnV
        Onvlw88oXSOS8hoB+AQys3HOvxcKOm8W5OpU/qoPSYH4AZ//TU04q/DT7Sto+ymj
        w4FDb1C7xND2jpxyCa6+4h/hW4jxJRW8n7oMqIu76fhO3lEocXbShnPPxLVN64gR
        TUNwpo/uCQ0citlonyULdzJ5MfyzdVUbjNAHCOaQpyKlTW+pkKNaKw3Jayfp+JS1
        YWTh8BYLVEDZlq2UCLGYj3hVZwNrZJYT3CyhUjydGQKBgQDRGYpjaWyTRGWxbrA/
        eEyag0V6aAlV6Jb4sc/iBxL/VXR3j70NIIiCpstH/GbmBjzn+vn1UHihMcUyC74i
        oYBqv8XUGTFQN/qNaDfwTscsfezp4+Cret2KQiorkgh4l47BkK/aiYBH98s+kiYq
        yDD+L/YJGTAlAkvxSNDOwKBo2wKBgQDlcTUHgswKGuP/KeAt7z1DYKHxv/nnvolg
        pl3p3Al0iKmRqD198pDlbyLaQLLktsLh4pGfWwDUOgROFYxkITgdDobtS1ziWjKC
        30wsQGiKRUgOi0yyRkguwUYyzJ6wfnS/0Y/DV3bE+A/F39cF/R7Xokzs5fkJl1Nu
        sk0cT1SNjwKBgQDQjDyuMfOMXedfNBqs8vrUEKE3GJRXDoekuxOvR4b3CvACX2Ya
        tZvxUxHkViT6vrX4WST8OqpVeyJGa9fTCmjeDy7r/8RjUbGfX5aLIscb5OxpylHG
        NeDHiH4uvpOcUuyaugfqWsGLBeW8Hl/aw5e5rXQiVvDhuIyttgYsb4qNiQKBgEEH
        wB773Hb0vjBhHxAF4dhJ+Dx7zAn6ABfrr2yMGAX2ghEtnRgoexb8U+WGNu4KOtwp
        ClsfQPHl67hx9ROgMrZRmr6BALeLFwvu3DkinD6sekrdAoT41Jaj4xCc3FFr1g1U
        CSo1jQ0wvc+4rMoevvIhJypx2A723Afg82gVuAJTAoGATiqRNnWLze3bu2REOLw5
        pTFU6UIi+YNbqtl6qQ//4KJauX/w0f3PfalUQkKNHmU7g6qM2DEs7rWAtJR7BB5S
        3B0oEoLoT4ldFWD6AIoFhDYGVSmNVppaRHYinkAtNu2t+wCFbMryCQrGfQqNWQHH
        mZoUm+3cnsJrBz+Q4mEoG0c=
        -----END PRIVATE KEY-----
        """;

    /// <summary>
    /// yansongda/pay tests/Plugin/Unipay/Open/AddPayloadSignaturePluginTest.php (testNormal, @ 0d5ad073): the request fields
    /// (txnAmt given as the integer 1, and an empty signature the plugin leaves out) and the signature it asserts.
    /// </summary>
    public static Dictionary<string, string?> SignedRequestFields() => new(StringComparer.Ordinal)
    {
        ["txnTime"] = "20220903065448",
        ["txnAmt"] = "1",
        ["orderId"] = "yansongda20220903065448",
        ["version"] = "5.1.0",
        ["encoding"] = "utf-8",
        ["bizType"] = "000201",
        ["backUrl"] = "https://yansongda.cn/unipay/notify",
        ["currencyCode"] = "156",
        ["txnType"] = "01",
        ["txnSubType"] = "01",
        ["accessType"] = "0",
        ["signature"] = "",
        ["signMethod"] = "01",
        ["channelType"] = "07",
        ["merId"] = "777290058167151",
        ["frontUrl"] = "https://yansongda.cn/unipay/return",
        ["certId"] = "69903319369",
    };

    public const string RequestSignature = "CJ0Hh6WC0YldYMi2cIi7rjOvV4IJyzhqgj8KKNeRWZz+2csPVlDcnP1f4YfykVww6NDimsl2zE+oQAm7lH8qiU5f8ojVH+P62uMe1yqb2WoNlIM45REg6bhfUPvATgecVplnKIPdFUGdRZ97va+ZVbla75HwtskZnDykmr9rkYaSg7PcGuilEwHcb2rV+BNkCi3bi4fYELjYlE1a7Imv/cSLRyXkPS1jzF0HUIUiVA6P98DYh0GbsgqRZqPYsGocFJs9jZoAlu44RygzDKjK/n8iwhHNH61IFaADdGp+uLQsol6kR/DRpF1pZgO7lsuK0YuaL6pfN6dtkJO9prbu6Q==";

    /// <summary>
    /// yansongda/pay tests/Plugin/Unipay/Open/VerifySignaturePluginTest.php (testNormal, @ f79e541e): a query answer from
    /// UnionPay's test environment, signed by UnionPay with the key of the signPubKeyCert it carries. That certificate is
    /// part of the signed string, with its CRLF line ends (hence <see cref="AnswerFields"/> rebuilds them).
    /// </summary>
    public const string AnswerSignPubKeyCert = """
        -----BEGIN CERTIFICATE-----
        MIIEYzCCA0ugAwIBAgIFEDkwhTQwDQYJKoZIhvcNAQEFBQAwWDELMAkGA1UEBhMC
        Q04xMDAuBgNVBAoTJ0NoaW5hIEZpbmFuY2lhbCBDZXJ0aWZpY2F0aW9uIEF1dGhv
        cml0eTEXMBUGA1UEAxMOQ0ZDQSBURVNUIE9DQTEwHhcNMjAwNzMxMDExOTE2WhcN
        MjUwNzMxMDExOTE2WjCBljELMAkGA1UEBhMCY24xEjAQBgNVBAoTCUNGQ0EgT0NB
        MTEWMBQGA1UECxMNTG9jYWwgUkEgT0NBMTEUMBIGA1UECxMLRW50ZXJwcmlzZXMx
        RTBDBgNVBAMMPDA0MUA4MzEwMDAwMDAwMDgzMDQwQOS4reWbvemTtuiBlOiCoeS7
        veaciemZkOWFrOWPuEAwMDAxNjQ5NTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCC
        AQoCggEBAMHNa81t44KBfUWUgZhb1YTx3nO9DeagzBO5ZEE9UZkdK5+2IpuYi48w
        eYisCaLpLuhrwTced19w2UR5hVrc29aa2TxMvQH9s74bsAy7mqUJX+mPd6KThmCr
        t5LriSQ7rDlD0MALq3yimLvkEdwYJnvyzA6CpHntP728HIGTXZH6zOL0OAvTnP8u
        RCHZ8sXJPFUkZcbG3oVpdXQTJVlISZUUUhsfSsNdvRDrcKYY+bDWTMEcG8ZuMZzL
        g0N+/spSwB8eWz+4P87nGFVlBMviBmJJX8u05oOXPyIcZu+CWybFQVcS2sMWDVZy
        sPeT3tPuBDbFWmKQYuu+gT83PM3G6zMCAwEAAaOB9DCB8TAfBgNVHSMEGDAWgBTP
        cJ1h6518Lrj3ywJA9wmd/jN0gDBIBgNVHSAEQTA/MD0GCGCBHIbvKgEBMDEwLwYI
        KwYBBQUHAgEWI2h0dHA6Ly93d3cuY2ZjYS5jb20uY24vdXMvdXMtMTQuaHRtMDkG
        A1UdHwQyMDAwLqAsoCqGKGh0dHA6Ly91Y3JsLmNmY2EuY29tLmNuL1JTQS9jcmw3
        NTAwMy5jcmwwCwYDVR0PBAQDAgPoMB0GA1UdDgQWBBTmzk7XEM/J/sd+wPrMils3
        9rJ2/DAdBgNVHSUEFjAUBggrBgEFBQcDAgYIKwYBBQUHAwQwDQYJKoZIhvcNAQEF
        BQADggEBAJLbXxbJaFngROADdNmNUyVxPtbAvK32Ia0EjgDh/vjn1hpRNgvL4flH
        NsGNttCy8afLJcH8UnFJyGLas8v/P3UKXTJtgrOj1mtothv7CQa4LUYhzrVw3UhL
        4L1CTtmE6D1Kf3+c2Fj6TneK+MoK9AuckySjK5at6a2GQi18Y27gVF88Nk8bp1lJ
        vzOwPKd8R7iGFotuF4/8GGhBKR4k46EYnKCodyIhNpPdQfpaN5AKeS7xeLSbFvPJ
        HYrtBsI48jUK/WKtWBJWhFH+Gty+GWX0e5n2QHXHW6qH62M0lDo7OYeyBvG1mh9u
        Q0C300Eo+XOoO4M1WvsRBAF13g9RPSw=
        -----END CERTIFICATE-----
        """;

    public static Dictionary<string, string?> AnswerFields() => new(StringComparer.Ordinal)
    {
        ["accNo"] = "dZRvehtDtCcBPbPBVJk+ezkyeXkF07UnbKwr8/012R5XSsDLE4RqpHSLis7WCItKIf6SYUcXCLHYpV9deIfnJfziDGpUdQXnlPfejrw5pKglzjKI/pRYg0ApNomryVBIoUIdTwlpELh048ITEojRgJwzaazWdLaB5iZPeN22E2KP7JkfwsYHEclVpLY4tYEc35IjMpWCs0i8U5KY4qAJ3zXpCFIur4x+9z4gyK89Mwf+csowScvfDbFBsqTpClQlNRJ6lLWOrISNnlCdc1ONK4QVhabDTTWsemM7PSuya2e3imeZFfRYDmSv6W1eMIs0gbRo8BxOr3suUhb2ukPL7w==",
        ["accessType"] = "0",
        ["bizType"] = "000000",
        ["currencyCode"] = "156",
        ["encoding"] = "utf-8",
        ["issuerIdentifyMode"] = "0",
        ["merId"] = "777290058167151",
        ["orderId"] = "pay20220911041647",
        ["origRespCode"] = "00",
        ["origRespMsg"] = "成功[0000000]",
        ["queryId"] = "512209110416475616528",
        ["respCode"] = "00",
        ["respMsg"] = "成功[0000000]",
        ["settleAmt"] = "1",
        ["settleCurrencyCode"] = "156",
        ["settleDate"] = "0911",
        ["signMethod"] = "01",
        ["traceNo"] = "561652",
        ["traceTime"] = "0911041647",
        ["txnAmt"] = "1",
        ["txnSubType"] = "01",
        ["txnTime"] = "20220911041647",
        ["txnType"] = "01",
        ["version"] = "5.1.0",
        ["signPubKeyCert"] = AnswerSignPubKeyCert.ReplaceLineEndings("\r\n"),
        ["signature"] = AnswerSignature,
    };

    public const string AnswerSignature = "b59zh7aztBFNDNmCBOR4189VeG3Vypvuf7H3izqA4etA0AtsjtzV7RXigEFlNXaIHSTSkbAUfPXevY3nX18umwQSFsSphF5C+DiMzBmEJNo9vNiX1kpaeQPlXQfXTDQqmDjdQ4lyeNw/aDx6MHww2D8wpkUem+50cyWOeO1/brHDxwt8N/R2LMRC8QTFIg48N+9UZu6QDIUybQYBAoVS6F0emMxFTpAhVi85RVqIDofStiGhHZw7UocW0hw96+JSExyhc6WXEvmLW41DI3PqRxVu+HacjZqeU+siH7V9pdTPV7Yi3ATznzRhmufvN7r1LJmf/4GkGI1ayM3WLubZjg==";
}
