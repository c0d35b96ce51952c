using System.Security.Cryptography;
using System.Text;
using AccountingPlatform.Channels.Sms;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class AliyunRpcSignatureTests
{
    [Theory]
    [InlineData("*", "%2A")]
    [InlineData("~", "~")]
    [InlineData(" ", "%20")]
    [InlineData("+", "%2B")]
    [InlineData("-_.", "-_.")]
    [InlineData("/=&:", "%2F%3D%26%3A")]
    [InlineData("会计", "%E4%BC%9A%E8%AE%A1")]
    [InlineData("{\"code\":\"123456\"}", "%7B%22code%22%3A%22123456%22%7D")]
    public void Percent_encoding_follows_aliyun_rules(string value, string expected)
    {
        Assert.Equal(expected, AliyunRpcSignature.PercentEncode(value));
    }

    [Fact]
    public void Matches_the_sms_documentation_example()
    {
        // Aliyun SMS "签名机制" example (help.aliyun.com/document_detail/56189.html): AccessKeySecret testSecret.
        var parameters = new Dictionary<string, string>
        {
            ["AccessKeyId"] = "testId",
            ["Action"] = "SendSms",
            ["Format"] = "XML",
            ["OutId"] = "123",
            ["PhoneNumbers"] = "15300000001",
            ["RegionId"] = "cn-hangzhou",
            ["SignName"] = "阿里云短信测试专用",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "45e25e9b-0a6f-4070-8c85-2956eda1b466",
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = "SMS_71390007",
            ["TemplateParam"] = "{\"customer\":\"test\"}",
            ["Timestamp"] = "2017-07-12T02:42:19Z",
            ["Version"] = "2017-05-25",
        };

        Assert.Equal("zJDF+Lrzhj/ThnlvIToysFRq6t4=", AliyunRpcSignature.Sign(parameters, "testSecret"));
    }

    [Fact]
    public void Matches_the_rpc_signature_documentation_example()
    {
        // Alibaba Cloud ECS "Signature method" example (DescribeRegions): AccessKeySecret testsecret.
        var parameters = new Dictionary<string, string>
        {
            ["Timestamp"] = "2016-02-23T12:46:24Z",
            ["Format"] = "XML",
            ["AccessKeyId"] = "testid",
            ["Action"] = "DescribeRegions",
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
            ["Version"] = "2014-05-26",
            ["SignatureVersion"] = "1.0",
        };

        Assert.Equal("OLeaidS1JvxuMvnyHOwuJ+uX5qY=", AliyunRpcSignature.Sign(parameters, "testsecret"));
    }

    [Fact]
    public void Matches_a_hand_built_string_to_sign_with_special_characters()
    {
        var parameters = new Dictionary<string, string>
        {
            ["b"] = "x y*z~",
            ["A"] = "会",
            ["a"] = "1+1",
        };
        // Built by hand: sorted A, a, b; each pair encoded; then the whole query encoded once more.
        const string canonical = "A=%E4%BC%9A&a=1%2B1&b=x%20y%2Az~";
        const string stringToSign = "POST&%2F&A%3D%25E4%25BC%259A%26a%3D1%252B1%26b%3Dx%2520y%252Az~";
        Assert.Equal(stringToSign, "POST&%2F&" + Uri.EscapeDataString(canonical));
        var expected = Convert.ToBase64String(
            HMACSHA1.HashData(Encoding.UTF8.GetBytes("s3cret&"), Encoding.UTF8.GetBytes(stringToSign)));

        Assert.Equal(expected, AliyunRpcSignature.Sign(parameters, "s3cret", "POST"));
    }

    [Fact]
    public void Signature_parameter_is_not_signed()
    {
        var parameters = new Dictionary<string, string> { ["Action"] = "SendSms" };
        var withSignature = new Dictionary<string, string> { ["Action"] = "SendSms", ["Signature"] = "whatever" };

        Assert.Equal(AliyunRpcSignature.Sign(parameters, "k"), AliyunRpcSignature.Sign(withSignature, "k"));
    }

    [Fact]
    public void Http_method_is_part_of_the_signature()
    {
        var parameters = new Dictionary<string, string> { ["Action"] = "SendSms" };

        Assert.NotEqual(AliyunRpcSignature.Sign(parameters, "k", "GET"), AliyunRpcSignature.Sign(parameters, "k", "POST"));
    }
}
