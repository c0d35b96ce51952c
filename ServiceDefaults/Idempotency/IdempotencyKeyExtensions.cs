using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AccountingPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyKeyExtensions
{
    /// <summary>The endpoint honours <c>Idempotency-Key</c> (see <see cref="IdempotencyKeyFilter"/>).</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<IdempotencyKeyFilter>();
}
