using AccountingPlatform.PersonnelRecord.Records;
using AccountingPlatform.PersonnelRecord.Work;

namespace AccountingPlatform.UnitTests.PersonnelRecord;

/// <summary>Seed 004: 在职在岗人员应选择工作单位所在地 — a department away from the current employer's registered location is asked about.</summary>
public sealed class EmployerLocationTests
{
    private const string BeijingRegistered = "91110000600037341L";    // registered in 北京市 (110000)
    private const string ChaoyangRegistered = "91110105MA01ABCD26";   // registered in 北京市朝阳区 (110105)
    private const string ShenzhenRegistered = "91440300MA5DC0QX18";   // registered in 深圳市 (440300)

    [Theory]
    [InlineData(BeijingRegistered, "110000")]
    [InlineData(ChaoyangRegistered, "110105")]
    [InlineData(ShenzhenRegistered, "440300")]
    [InlineData("91100000000013028J", null)]     // a national registering authority: no location
    [InlineData("short", null)]
    public void A_credit_code_says_where_the_employer_was_registered(string code, string? division) =>
        Assert.Equal(division, UnifiedSocialCreditCode.RegistrationDivisionOf(code));

    [Theory]
    [InlineData(BeijingRegistered, "110105")]     // registered at the province, department in one of its districts
    [InlineData(ChaoyangRegistered, "110105")]    // the same district
    [InlineData(ChaoyangRegistered, "110000")]    // the province above the district
    [InlineData(ShenzhenRegistered, "440305")]    // 南山区 inside 深圳市
    public void A_department_at_or_around_the_employer_asks_nothing(string creditCode, string department) =>
        Assert.Null(EmployerLocation.AwayFrom([("某单位", creditCode)], department));

    [Fact]
    public void A_department_in_another_place_names_the_employer_and_where_it_is()
    {
        var away = EmployerLocation.AwayFrom([("深圳某某科技有限公司", ShenzhenRegistered)], "110105");
        Assert.NotNull(away);
        Assert.Equal("深圳某某科技有限公司", away.Employer);
        Assert.Equal("440300", away.DivisionCode);
        Assert.Contains("深圳市", away.DivisionName);
    }

    [Fact]
    public void Another_district_of_the_same_city_is_another_place() =>
        Assert.NotNull(EmployerLocation.AwayFrom([("朝阳某单位", ChaoyangRegistered)], "110108"));

    [Fact]
    public void One_current_employer_at_the_department_is_enough() =>
        Assert.Null(EmployerLocation.AwayFrom([("深圳某单位", ShenzhenRegistered), ("北京某单位", BeijingRegistered)], "110105"));

    [Fact]
    public void Without_a_current_employer_or_a_department_there_is_nothing_to_compare()
    {
        Assert.Null(EmployerLocation.AwayFrom([], "110105"));
        Assert.Null(EmployerLocation.AwayFrom([("深圳某单位", ShenzhenRegistered)], null));
        Assert.Null(EmployerLocation.AwayFrom([("国家某单位", "91100000000013028J")], "110105"));
    }
}
