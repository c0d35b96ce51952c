namespace AccountingPlatform.Web.Platform.Admin;

/// <summary>The enrollment figures of all provinces together.</summary>
public sealed record FigureCountsView(int Enrolled, int AwaitingPayment, int Paid, int Refunded, int CancelledOrExpired);
