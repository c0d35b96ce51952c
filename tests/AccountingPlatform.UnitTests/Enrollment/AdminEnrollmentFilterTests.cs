using AccountingPlatform.Enrollment.Enrollments;

namespace AccountingPlatform.UnitTests.Enrollment;

/// <summary>What an administrator may ask of an exam's 报名名单: a province, a status, one person, a position, a page size.</summary>
public sealed class AdminEnrollmentFilterTests
{
    [Fact]
    public void A_province_alone_lists_everyone_twenty_at_a_time()
    {
        var (filter, errors) = AdminEnrollmentFilter.Parse("110000", null, null, null, 20);
        Assert.Null(errors);
        Assert.Equal(new AdminEnrollmentFilter("110000", null, null, null, null, 20), filter);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("11")]
    [InlineData("110105")]   // a county: the list is per province
    [InlineData("11000a")]
    public void The_province_must_be_a_provincial_code(string? province)
    {
        var (filter, errors) = AdminEnrollmentFilter.Parse(province, null, null, null, 20);
        Assert.Null(filter);
        Assert.Equal(["province"], errors!.Keys);
    }

    [Theory]
    [InlineData("Confirmed", EnrollmentStatus.Confirmed)]
    [InlineData("awaitingpayment", EnrollmentStatus.AwaitingPayment)]
    public void A_status_is_named_in_any_case(string status, EnrollmentStatus expected) =>
        Assert.Equal(expected, AdminEnrollmentFilter.Parse("110000", status, null, null, 20).Filter!.Status);

    [Theory]
    [InlineData("Paid")]
    [InlineData("1")]   // not the enum's number
    public void An_unknown_status_is_a_field_error(string status) =>
        Assert.Equal(["status"], AdminEnrollmentFilter.Parse("110000", status, null, null, 20).Errors!.Keys);

    [Fact]
    public void Twenty_and_a_province_then_digits_are_an_enrollment_number()
    {
        var filter = AdminEnrollmentFilter.Parse("110000", null, " 202411000123 ", null, 20).Filter!;
        Assert.Equal(("202411000123", (string?)null), (filter.EnrollmentNumber, filter.CertificateNumber));
    }

    [Theory]
    [InlineData("11010519491231002x", "11010519491231002X")]   // a resident ID starts with a province code, never 20
    [InlineData("110105491231002", "110105491231002")]
    [InlineData("G12345678", "G12345678")]
    public void Anything_else_is_a_certificate_number(string q, string expected)
    {
        var filter = AdminEnrollmentFilter.Parse("110000", null, q, null, 20).Filter!;
        Assert.Equal(((string?)null, expected), (filter.EnrollmentNumber, filter.CertificateNumber));
    }

    [Fact]
    public void A_lookup_longer_than_any_number_is_a_field_error() =>
        Assert.Equal(["q"], AdminEnrollmentFilter.Parse("110000", null, new string('1', 41), null, 20).Errors!.Keys);

    [Theory]
    [InlineData("abc")]
    [InlineData("not base64url!")]
    [InlineData("AAAAAAAAAAA")]   // base64url, but not a cursor's length
    public void A_cursor_this_list_did_not_give_is_a_field_error(string after) =>
        Assert.Equal(["after"], AdminEnrollmentFilter.Parse("110000", null, null, after, 20).Errors!.Keys);

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void The_page_size_is_one_to_a_hundred(int pageSize) =>
        Assert.Equal(["pageSize"], AdminEnrollmentFilter.Parse("110000", null, null, null, pageSize).Errors!.Keys);

    [Fact]
    public void Every_bad_field_is_named_at_once() =>
        Assert.Equal(["after", "pageSize", "province", "status"],
            AdminEnrollmentFilter.Parse("x", "x", null, "x", 0).Errors!.Keys.Order());
}
