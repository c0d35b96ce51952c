using System.Threading.RateLimiting;

namespace AccountingPlatform.Gateway;

/// <summary>The gateway's two admission pools (<see cref="AdmissionControl"/>).</summary>
public sealed record AdmissionPools(ConcurrencyLimiter Passwords, ConcurrencyLimiter Others);
