using AccountingPlatform.BrowserTests.Support;
using AccountingPlatform.ServiceDefaults;

namespace AccountingPlatform.BrowserTests.Record;

/// <summary>
/// A photo straight from a phone's camera is often larger than the platform takes in one request (2 MB). Chosen on the
/// record's page it is refused beside its field before anything is sent, and the person can choose another; a browser
/// without script, whose form the gateway refuses (413), gets a page in Chinese with the way back, never a bare error.
/// </summary>
public sealed class OversizeUploadTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();
    private static readonly FilePayload CameraPhoto = new() { Name = "IMG_20261205.jpg", MimeType = "image/jpeg", Buffer = new byte[3 * 1024 * 1024] };

    [Fact]
    public async Task A_photo_over_2_MB_is_refused_beside_its_field_before_it_is_sent_and_another_can_be_chosen()
    {
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login?returnUrl=%2Frecord%2Fbasic");
        var page = visitor.Page;
        using var candidate = await PersonnelRecords.VerifiedWithDraftAsync(_emulator);
        await visitor.LogInAsync(candidate.Phone, candidate.Password);
        await Expect.HeadingAsync(page, "基本信息");
        var posts = 0;
        page.Request += (_, request) => { if (request.Method == "POST") posts++; };

        await page.Locator("#StandardPhoto-file").SetInputFilesAsync(CameraPhoto);
        await visitor.ClickAsync("上传标准证件照");
        var said = page.Locator("#StandardPhoto-file-size-error");
        await said.WaitForAsync();
        Assert.Equal("所选文件为 3MB，超过了一次最多上传的 2MB，请压缩后重新选择。", (await said.InnerTextAsync()).Trim());
        Assert.Equal("alert", await said.GetAttributeAsync("role"));
        var field = page.Locator("#StandardPhoto-file");
        Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
        Assert.Contains("StandardPhoto-file-size-error", await field.GetAttributeAsync("aria-describedby"));
        Assert.True(await field.EvaluateAsync<bool>("e => e === document.activeElement"), "the field has the focus again");
        Assert.Equal(0, posts);   // nothing was sent
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "record-upload-too-large-phone");

        // Another photo, within the limits: sent, accepted, shown; the words about the first one are gone.
        await field.SetInputFilesAsync(new FilePayload { Name = "photo.jpg", MimeType = "image/jpeg", Buffer = await RealPhotos.StandardPhotoAsync(page) });
        await visitor.SubmitAsync("上传标准证件照");
        await page.GetByRole(AriaRole.Img, new() { Name = "已上传的标准证件照" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#StandardPhoto-file-size-error").CountAsync());
        Assert.Equal(1, posts);
    }

    [Fact]
    public async Task Without_script_a_form_over_2_MB_gets_a_page_in_Chinese_with_the_way_back()
    {
        var visitor = await PortalVisitor.OpenAsync(Browser.Pc, "/login?returnUrl=%2Frecord%2Fbasic", javaScript: false);
        var page = visitor.Page;
        using var candidate = await PersonnelRecords.VerifiedWithDraftAsync(_emulator);
        await visitor.FillLoginAsync(candidate.Phone, candidate.Password);
        await visitor.ClickAsync("登录");
        await Expect.HeadingAsync(page, "基本信息");

        await page.Locator("#StandardPhoto-file").SetInputFilesAsync(CameraPhoto);
        var answer = await page.RunAndWaitForResponseAsync(() => visitor.ClickAsync("上传标准证件照"), r => r.Request.Method == "POST");
        Assert.Equal(413, answer.Status);
        await Expect.HeadingAsync(page, "上传的文件过大");
        Assert.Contains($"超过了一次最多上传的 {RequestLimits.MaxRequestBodyBytes / 1024 / 1024}MB，未保存任何内容", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        var checking = await Browser.NewPageAsync(Browser.Pc);   // axe is a script: the same page, read where script runs
        await checking.SetContentAsync(await page.ContentAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(checking);
        await Screenshots.SaveAsync(page, "record-upload-too-large-no-script-pc");
        await page.GetByRole(AriaRole.Link, new() { Name = "回到原页面" }).ClickAsync();
        await Expect.HeadingAsync(page, "基本信息");
    }

    public void Dispose() => _emulator.Dispose();
}
