using AccountingPlatform.Web.Platform.Admin;

namespace AccountingPlatform.Web.Components.Pages.Staff.Admin;

/// <summary>A province's terms as the administrator types them: Beijing times (<c>datetime-local</c>), the fee in 元, yes/no, the texts.</summary>
public sealed class ProvinceTermsForm
{
    public string? WindowOpensAt { get; set; }
    public string? WindowClosesAt { get; set; }
    public string? PaymentDeadline { get; set; }
    public string? FeeYuan { get; set; }
    public string? Linked { get; set; }
    public string? NoticeText { get; set; }
    public string? CommitmentText { get; set; }

    public static ProvinceTermsForm Of(AdminProvinceTermsView terms) => new()
    {
        WindowOpensAt = AdminText.LocalInput(terms.WindowOpensAt), WindowClosesAt = AdminText.LocalInput(terms.WindowClosesAt),
        PaymentDeadline = AdminText.LocalInput(terms.PaymentDeadline), FeeYuan = AdminText.Yuan(terms.FeePerSubjectFen),
        Linked = terms.LinkedToPersonnelRegistry ? "true" : "false", NoticeText = terms.NoticeText, CommitmentText = terms.CommitmentText,
    };

    /// <summary>The body of PUT …/provinces/{province}: what could not be read is sent empty, for the API to say what is wrong.</summary>
    public object Request() => new
    {
        windowOpensAt = AdminText.FromLocalInput(WindowOpensAt), windowClosesAt = AdminText.FromLocalInput(WindowClosesAt),
        paymentDeadline = AdminText.FromLocalInput(PaymentDeadline), feePerSubjectFen = AdminText.Fen(FeeYuan),
        linkedToPersonnelRegistry = Linked switch { "true" => true, "false" => false, _ => (bool?)null },
        noticeText = NoticeText?.Replace("\r\n", "\n"), commitmentText = CommitmentText?.Replace("\r\n", "\n"),
    };
}
