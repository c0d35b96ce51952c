namespace AccountingPlatform.ChannelEmulator.Email;

/// <summary>Lets a test or a developer read the e-mail the SMTP sink accepted.</summary>
public static class EmailControlApi
{
    public static IEndpointRouteBuilder MapEmailControlApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/emulator/email").WithTags("E-mail emulator control");
        group.MapGet("/messages", (string? to, EmailInbox inbox) => TypedResults.Ok(inbox.List(string.IsNullOrWhiteSpace(to) ? null : to)));
        group.MapDelete("/messages", (EmailInbox inbox) =>
        {
            inbox.Clear();
            return TypedResults.NoContent();
        });
        return app;
    }
}
