namespace AccountingPlatform.ChannelEmulator.Sms;

/// <summary>Lets a test or a developer read the messages "sent to phones".</summary>
public static class SmsControlApi
{
    public static IEndpointRouteBuilder MapSmsControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/sms").WithTags("SMS emulator control");
        group.MapGet("/messages", (string? phone, SmsInbox inbox) => TypedResults.Ok(inbox.List(string.IsNullOrWhiteSpace(phone) ? null : phone)));
        group.MapDelete("/messages", (SmsInbox inbox) =>
        {
            inbox.Clear();
            return TypedResults.NoContent();
        });
        return app;
    }
}
