using System.Buffers.Binary;
using System.Buffers.Text;

namespace AccountingPlatform.Enrollment.Enrollments;

/// <summary>
/// Where a page of an exam's enrollments ended: the last row's (CreatedAt, Id), the list's total order. Sent back as
/// <c>after=</c>, opaque to clients (base64url of the two values), so the next page reads only its own rows however deep it is.
/// </summary>
public sealed record EnrollmentListCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int Length = sizeof(long) + 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor <paramref name="value"/> encodes, or null when it is not one this list gave.</summary>
    public static EnrollmentListCursor? Parse(string value)
    {
        if (value.Length > 64) return null;
        Span<byte> bytes = stackalloc byte[48];
        if (!Base64Url.IsValid(value) || Base64Url.DecodeFromChars(value, bytes) != Length) return null;
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return null;
        return new EnrollmentListCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[sizeof(long)..Length], bigEndian: true));
    }
}
