namespace AccountingPlatform.BrowserTests.Support;

/// <summary>
/// A standard photo a browser can show (the test images of the API tests are valid JPEG structures whose pixels do not
/// decode): drawn and encoded by Chromium itself, 295 × 413, a face-like shape on a white ground with grain, so it is
/// above PersonnelRecord's 10 KB floor.
/// </summary>
public static class RealPhotos
{
    public static async Task<byte[]> StandardPhotoAsync(IPage page)
    {
        var dataUrl = await page.EvaluateAsync<string>("""
            () => {
              const c = document.createElement('canvas'); c.width = 295; c.height = 413;
              const g = c.getContext('2d');
              g.fillStyle = '#ffffff'; g.fillRect(0, 0, 295, 413);
              g.fillStyle = '#2b3f73'; g.beginPath(); g.ellipse(147, 420, 130, 150, 0, 0, Math.PI * 2); g.fill();
              g.fillStyle = '#e9c2a0'; g.beginPath(); g.ellipse(147, 170, 70, 90, 0, 0, Math.PI * 2); g.fill();
              g.fillStyle = '#222'; g.beginPath(); g.ellipse(147, 105, 75, 40, 0, Math.PI, Math.PI * 2); g.fill();
              const img = g.getImageData(0, 0, 295, 413);
              for (let i = 0; i < img.data.length; i += 4) { const n = (Math.random() - 0.5) * 40; img.data[i] += n; img.data[i + 1] += n; img.data[i + 2] += n; }
              g.putImageData(img, 0, 0);
              return c.toDataURL('image/jpeg', 0.9);
            }
            """);
        return Convert.FromBase64String(dataUrl[(dataUrl.IndexOf(',') + 1)..]);
    }
}
