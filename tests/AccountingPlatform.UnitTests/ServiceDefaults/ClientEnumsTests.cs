using AccountingPlatform.PersonnelRecord.Files;
using AccountingPlatform.ServiceDefaults.Validation;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>One rule for every enum a client sends: a defined member's name, as JSON bodies take it.</summary>
public sealed class ClientEnumsTests
{
    [Theory]
    [InlineData("StandardPhoto", RecordFileKind.StandardPhoto)]
    [InlineData("AccountingWorkProof", RecordFileKind.AccountingWorkProof)]
    public void A_members_name_is_that_member(string text, RecordFileKind expected)
    {
        Assert.True(ClientEnums.TryParse<RecordFileKind>(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData(" StandardPhoto")]
    [InlineData("StandardPhoto ")]
    [InlineData("StandardPhoto,CertificateBack")]
    [InlineData("Passport")]
    public void Numbers_padding_lists_and_unknown_names_are_no_value(string? text) =>
        Assert.False(ClientEnums.TryParse<RecordFileKind>(text, out _));

    [Fact]
    public void The_reason_names_the_values_there_are() =>
        Assert.Equal("取值无效，应为以下之一：StandardPhoto、CertificateFront、CertificateBack、OverseasCertification、AccountingWorkProof",
            ClientEnums.Error(typeof(RecordFileKind)));
}
