using System.Net;
using AccountingPlatform.IntegrationTests.Support;

namespace AccountingPlatform.IntegrationTests.Journeys;

/// <summary>
/// One candidate from registration to a paid enrollment, through the gateway, every service on real servers; the first
/// test of the run, on the freshly started platform (<see cref="Conventions.CleanStartLogsTests"/> reads what it logged).
/// </summary>
[Collection(Conventions.CleanStartCollection.Journey)]
public sealed class CandidateJourneyTests
{
    [Fact]
    public async Task A_candidate_registers_verifies_is_approved_enrolls_and_pays()
    {
        using var emulator = new EmulatorClient();
        using var candidate = await Candidate.RegisterAsync(emulator);
        var me = candidate.Client;

        // Real name through Alipay (the emulator plays Alipay and the candidate's face scan).
        var certificationId = await AlipayCertifications.StartAndFinishAsync(candidate, emulator, "Pass");
        var certification = await me.GetAsync($"/api/realname/me/alipay-certifications/{certificationId}");
        Assert.Equal("Passed", certification.Json.GetProperty("status").GetString());

        // The exam is in a province linked to the personnel registry: refused until the record is approved.
        var exam = await Enrollments.DevelopmentExamAsync(me);
        var enrollment = await Enrollments.RequestAsync(candidate, exam.GetProperty("code").GetString()!, "110000", ["ZJ-SW", "ZJ-JJF"]);
        var refused = await Eventually.GetAsync(() => me.PostAsync("/api/enrollment/me/enrollments", enrollment),
            r => r.ProblemCode != "ENROLLMENT_REALNAME_REQUIRED", "Enrollment learns of the real-name verification");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("ENROLLMENT_PERSONNEL_RECORD_NOT_APPROVED", refused.ProblemCode);

        // The personnel record, every step of the wizard, submitted to the Beijing (朝阳区) department.
        var submitted = await PersonnelRecords.FillAndSubmitAsync(candidate, "110105");
        Assert.Equal(candidate.IdNumber, submitted.Json.GetProperty("basicInfo").GetProperty("certificateNumber").GetString());
        Assert.Equal("Pending", submitted.Json.GetProperty("status").GetString());
        var recordId = submitted.Json.GetProperty("id").GetGuid();

        using var beijing = await Reviewers.LoginAsync(Reviewers.BeijingPhone);
        var itemId = await PersonnelRecords.ReviewItemIdAsync(beijing, recordId, submitted.Json.GetProperty("version").GetInt32());
        using var guangdong = await Reviewers.LoginAsync(Reviewers.GuangdongPhone);
        Assert.Equal(HttpStatusCode.NotFound, (await guangdong.PostAsync($"/api/review/items/{itemId}/approve")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsync($"/api/review/items/{itemId}/approve")).Status);

        var approved = await beijing.PostAsync($"/api/review/items/{itemId}/approve");
        Assert.True(approved.Status == HttpStatusCode.OK, approved.ToString());
        Assert.Equal("REVIEW_ALREADY_DECIDED", (await beijing.PostAsync($"/api/review/items/{itemId}/approve")).ProblemCode);

        // ReviewApproved reaches PersonnelRecord and Enrollment: the record shows approved and enrollment is unlocked.
        await Eventually.GetAsync(() => me.GetAsync("/api/personnel/me/record"),
            r => r.Json.GetProperty("status").GetString() == "Approved", "the record shows approved");
        var enrolled = await Eventually.GetAsync(() => me.PostAsync("/api/enrollment/me/enrollments", enrollment),
            r => r.Status != HttpStatusCode.UnprocessableEntity, "ReviewApproved unlocks enrollment");
        Assert.True(enrolled.Status == HttpStatusCode.Created, enrolled.ToString());
        Assert.Equal(12000, enrolled.Json.GetProperty("amountFen").GetInt64());
        Assert.Equal("AwaitingPayment", enrolled.Json.GetProperty("status").GetString());
        Assert.Equal("Linked", enrolled.Json.GetProperty("kind").GetString());
        var enrollmentId = enrolled.Json.GetProperty("id").GetGuid();
        var secondProvince = await me.PostAsync(Enrollments.Path,
            await Enrollments.RequestAsync(candidate, exam.GetProperty("code").GetString()!, "310000", ["ZJ-SW", "ZJ-JJF"]));
        Assert.Equal("ENROLLMENT_ALREADY_ENROLLED", secondProvince.ProblemCode);

        // Before paying: a phone verified by SMS and an e-mail address for the receipt.
        var receiptEmail = $"journey-{Guid.NewGuid():N}@example.cn";
        var contactToken = await PaymentContacts.VerifyAsync(candidate, emulator, email: receiptEmail);

        // Payment: a QR code from Alipay, paid in the emulator, confirmed by Alipay's signed notification.
        var order = await Eventually.GetAsync(() => me.PostAsync(PaymentOrders.Path, new { enrollmentId, channel = "Alipay", contactToken }),
            r => r.Status != HttpStatusCode.NotFound, "Payment learns of the enrollment");
        Assert.True(order.Status == HttpStatusCode.OK, order.ToString());
        Assert.Equal(12000, order.Json.GetProperty("amountFen").GetInt64());
        Assert.False(string.IsNullOrEmpty(order.Json.GetProperty("qrCode").GetString()));
        Assert.True(order.Json.GetProperty("expiresAt").GetDateTimeOffset() > PlatformEnvironment.Now);
        var outTradeNo = order.Json.GetProperty("outTradeNo").GetString()!;

        var paid = await emulator.PayAsync(outTradeNo);
        Assert.True(paid.GetProperty("notified").GetBoolean(), paid.ToString());
        var orderId = order.Json.GetProperty("id").GetGuid();
        Assert.Equal("Paid", (await me.GetAsync($"/api/payment/me/orders/{orderId}")).Json.GetProperty("status").GetString());

        // Alipay notifies again (it retries): acknowledged, nothing changes.
        var again = await emulator.NotifyAgainAsync(outTradeNo);
        Assert.Equal("success", again.GetProperty("lastResponse").GetString());

        // PaymentSucceeded reaches Enrollment: payment success = enrollment success.
        var mine = await Eventually.GetAsync(() => me.GetAsync("/api/enrollment/me/enrollments"),
            r => r.Json.GetProperty("items")[0].GetProperty("status").GetString() == "Confirmed", "the enrollment is confirmed");
        Assert.Equal(1, mine.Json.GetProperty("total").GetInt32());
        Assert.NotNull(mine.Json.GetProperty("items")[0].GetProperty("paidAt").GetString());
        Assert.Matches($"^{exam.GetProperty("year").GetInt32()}11[0-9]{{6}}$", mine.Json.GetProperty("items")[0].GetProperty("enrollmentNumber").GetString());

        // The electronic receipt reaches the address given before paying.
        var receipt = Assert.Single(await Eventually.GetAsync(() => emulator.EmailsToAsync(receiptEmail), m => m.Count > 0, "the payment receipt"));
        Assert.Contains(outTradeNo, receipt.Subject);
        Assert.Contains("120.00 元", receipt.TextBody);
        Assert.Contains("支付宝", receipt.TextBody);
    }
}
