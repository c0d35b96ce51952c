using AccountingPlatform.BrowserTests.Support;

namespace AccountingPlatform.BrowserTests.Record;

/// <summary>
/// A candidate's own images on the record's pages, through the gateway: the page names them by the portal's address and
/// the browser fetches them beside the page (the page itself stays small), kept by no cache; another person, signed in
/// or not, gets none of them; an image that cannot be had is said in words where it would be.
/// </summary>
public sealed class PrivateImageTests : IDisposable
{
    private readonly EmulatorClient _emulator = new();

    [Fact]
    public async Task The_record_page_shows_the_candidates_own_images_from_the_portal_and_nobody_else_gets_them()
    {
        var visitor = await PortalVisitor.OpenAsync(Browser.Phone, "/login?returnUrl=%2Frecord%2Fbasic");
        var page = visitor.Page;
        using var owner = await PersonnelRecords.VerifiedWithDraftAsync(_emulator);
        await PersonnelRecords.UploadOkAsync(owner.Client, "StandardPhoto", await RealPhotos.StandardPhotoAsync(page));
        await PersonnelRecords.UploadOkAsync(owner.Client, "CertificateFront", PersonnelRecords.Attachment());
        await PersonnelRecords.UploadOkAsync(owner.Client, "CertificateBack", PersonnelRecords.Attachment());
        await visitor.LogInAsync(owner.Phone, owner.Password);
        await Expect.HeadingAsync(page, "基本信息");
        var images = page.Locator("figure.record-thumb img");
        await images.Nth(2).WaitForAsync();   // the page streams: its images come after its heading
        Assert.Equal(3, await images.CountAsync());
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('figure.record-thumb img')].every(i => i.complete && i.naturalWidth > 0)");
        var sources = new List<string>();
        for (var i = 0; i < 3; i++) sources.Add((await images.Nth(i).GetAttributeAsync("src"))!);
        Assert.All(sources, src => Assert.StartsWith("/private-images/personnel/records/", src));
        var html = await page.ContentAsync();
        Assert.DoesNotContain("data:image", html);
        Assert.True(html.Length < 40_000, $"the page is {html.Length} characters");   // three images inline made it ~300 KB

        // The owner's browser gets each image, kept by no cache and never sniffed.
        var own = await page.Context.APIRequest.GetAsync(sources[0]);
        Assert.Equal(200, own.Status);
        Assert.Equal("image/jpeg", own.Headers["content-type"]);
        Assert.Equal("private, no-store", own.Headers["cache-control"]);
        Assert.Equal("nosniff", own.Headers["x-content-type-options"]);
        var photo = await own.BodyAsync();
        Assert.Equal([0xFF, 0xD8, 0xFF], photo[..3]);   // a JPEG, whole: over the rule's 10 KB
        Assert.True(photo.Length > 10_000, $"{photo.Length} bytes");

        // Another candidate, signed in, is told there is no such image; nobody signed in is sent to the login.
        using var other = await Candidate.RegisterAsync(_emulator);
        var stranger = await PortalVisitor.OpenAsync(Browser.Pc, "/login");
        await stranger.LogInAsync(other.Phone, other.Password);
        var refused = await stranger.Page.Context.APIRequest.GetAsync(sources[0]);
        Assert.Equal(404, refused.Status);
        Assert.DoesNotContain("image", refused.Headers.GetValueOrDefault("content-type") ?? "");
        var anonymous = await Browser.NewPageAsync(Browser.Pc);
        var unsigned = await anonymous.Context.APIRequest.GetAsync(sources[0], new() { MaxRedirects = 0 });
        Assert.Equal(302, unsigned.Status);
        Assert.Contains("/login", unsigned.Headers["location"]);

        // An image that cannot be had (here: one that does not exist) is replaced by words, read out as an alert.
        await page.EvaluateAsync("""
            () => { const img = document.querySelector('figure.record-thumb img');
                    img.src = '/private-images/personnel/records/00000000-0000-0000-0000-000000000000/files/00000000-0000-0000-0000-000000000000'; }
            """);
        await page.GetByRole(AriaRole.Alert).GetByText("已上传的标准证件照暂时无法显示，请稍后刷新页面。").WaitForAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "record-image-unavailable-phone");
    }

    public void Dispose() => _emulator.Dispose();
}
