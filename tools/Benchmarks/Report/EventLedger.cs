namespace AccountingPlatform.Benchmarks.Report;

/// <summary>
/// Events counted in the databases after a run: written to the six outboxes, still unpublished, and deliveries missing
/// (an event of a type some consumer took, with no inbox row of that consumer); plus the journeys' end states.
/// </summary>
public sealed record EventLedger(int Written, int Unpublished, int Deliveries, int DeliveriesMissing, int EnrollmentsConfirmed, int OrdersPaid)
{
    public int Lost => Unpublished + DeliveriesMissing;
}
