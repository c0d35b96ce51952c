using AccountingPlatform.Channels.Alipay;

namespace AccountingPlatform.UnitTests.Channels;

public sealed class AlipayAmountTests
{
    [Theory]
    [InlineData(12000, "120.00")]
    [InlineData(5, "0.05")]
    [InlineData(5650, "56.50")]
    public void Fen_become_yuan_with_two_decimals(long fen, string yuan) => Assert.Equal(yuan, AlipayAmount.FromFen(fen));

    [Theory]
    [InlineData("120.00", 12000L)]
    [InlineData("0.05", 5L)]
    [InlineData("120", 12000L)]
    [InlineData("120.001", null)]
    [InlineData("-1.00", null)]
    [InlineData("abc", null)]
    [InlineData(null, null)]
    public void Notified_amounts_are_read_exactly_or_not_at_all(string? yuan, long? fen) => Assert.Equal(fen, AlipayAmount.ToFen(yuan));
}
