using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace AccountingPlatform.Web.Platform.RealName;

/// <summary>
/// The certificate photos a person has chosen for 线上实名认证, one upload at a time, until they submit the application
/// (the API takes the three photos and the county in one request, and judges the photos then). Kept in Redis under the
/// portal session, encrypted with the shared Data Protection keys, for two hours; any portal instance finds them. The
/// portal judges nothing about them: it only refuses to hold a file larger than <see cref="MaxHeldBytes"/>, so that a
/// huge file cannot fill Redis (the API's own limit, far smaller, is what the person is told and what is enforced).
/// </summary>
public sealed class HeldPhotos(IConnectionMultiplexer redis, IDataProtectionProvider dataProtection, string sessionId)
{
    public const long MaxHeldBytes = 4 * 1024 * 1024;
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("AccountingPlatform.Web.RealName.HeldPhotos.v1");

    public sealed record Photo(string FileName, string ContentType, byte[] Bytes)
    {
        public string DataUrl => Platform.DataUrl.Of(ContentType, Bytes);
    }

    public async Task HoldAsync(string field, IFormFile file, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream()) await stream.CopyToAsync(buffer, cancellationToken);
        var entries = new HashEntry[]
        {
            new("name", Path.GetFileName(file.FileName)),
            new("type", string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType),
            new("bytes", _protector.Protect(buffer.ToArray())),
        };
        var database = redis.GetDatabase();
        await database.HashSetAsync(Key(field), entries);
        await database.KeyExpireAsync(Key(field), Lifetime);
    }

    public async Task<Photo?> GetAsync(string field)
    {
        var values = await redis.GetDatabase().HashGetAsync(Key(field), ["name", "type", "bytes"]);
        if (values.Any(v => v.IsNullOrEmpty)) return null;
        try
        {
            return new Photo(values[0]!, values[1]!, _protector.Unprotect((byte[])values[2]!));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;   // written with keys no longer known: as good as gone
        }
    }

    public Task ForgetAsync(IEnumerable<string> fields) =>
        redis.GetDatabase().KeyDeleteAsync(fields.Select(f => (RedisKey)Key(f)).ToArray());

    private string Key(string field) => $"portal:realname-photos:{sessionId}:{field}";
}
