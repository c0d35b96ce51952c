namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>One province's enrollment figures.</summary>
public sealed record ProvinceFiguresView(string ProvinceCode, string ProvinceName, int Enrolled, int AwaitingPayment, int Paid, int Refunded, int CancelledOrExpired);
