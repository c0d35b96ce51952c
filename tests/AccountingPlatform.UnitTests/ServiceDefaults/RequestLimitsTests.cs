using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.UnitTests.ServiceDefaults;

/// <summary>One cap on request bodies, raised for an administrator's results file alone (and the console's form that sends it).</summary>
public sealed class RequestLimitsTests
{
    [Theory]
    [InlineData("POST", "/api/enrollment/admin/exams/ZJ2025/results", RequestLimits.MaxResultsFileBytes)]
    [InlineData("PUT", "/api/enrollment/admin/exams/ZJ2025/results", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/api/enrollment/admin/exams/ZJ2025/publish", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/api/personnel/records/me/files", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/api/enrollment/me/results", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/staff/admin/results", RequestLimits.MaxResultsFormBytes)]
    [InlineData("GET", "/staff/admin/results", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/staff/admin/exams", RequestLimits.MaxRequestBodyBytes)]
    [InlineData("POST", "/record/basic", RequestLimits.MaxRequestBodyBytes)]
    public void Only_a_results_file_and_the_consoles_form_that_sends_one_may_be_larger_than_the_platforms_cap(string method, string path, long cap) =>
        Assert.Equal(cap, RequestLimits.MaxBodyBytes(method, path));
}
