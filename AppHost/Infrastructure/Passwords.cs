using Aspire.Hosting.ApplicationModel;

namespace AccountingPlatform.AppHost.Infrastructure;

/// <summary>Generated development passwords: letters and digits only, so they need no escaping in a connection
/// string or an amqp:// URI.</summary>
internal static class Passwords
{
    public static GenerateParameterDefault Default => new() { MinLength = 24, Special = false };
}
