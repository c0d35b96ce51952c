using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Review;

/// <summary>
/// A personnel record submitted to 深圳市南山区 (440305), pending in the queues of both reviewers who cover it: the
/// Guangdong province reviewer and the Nanshan county reviewer, each logged in.
/// </summary>
internal sealed record NanshanItem(Candidate Candidate, PlatformClient Province, PlatformClient County, Guid ItemId) : IDisposable
{
    public static async Task<NanshanItem> SubmitAsync(EmulatorClient emulator, string candidateName = "张三")
    {
        var (candidate, recordId) = await ReviewTests.SubmittedRecordAsync(emulator, "440305", candidateName);
        var province = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        var county = await Reviewers.LoginAsync(Reviewers.NanshanPhone);
        return new NanshanItem(candidate, province, county, await PersonnelRecords.ReviewItemIdAsync(county, recordId, 1));
    }

    public void Dispose()
    {
        Candidate.Dispose();
        Province.Dispose();
        County.Dispose();
    }
}
