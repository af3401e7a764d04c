namespace SdrsSdk.RecoveryPlans.Readiness;

/// <summary>
/// Checks, client-side and without changing anything, whether a protection group is ready for an action: the
/// reference's preconditions evaluated against the group's current state, each unmet one named with the SDRS error
/// code the service would answer.
/// </summary>
public class ReadinessChecker
{
    private readonly SdrsClient _client;
    private readonly TimeProvider _time;

    /// <summary>Creates a checker that reads state through <paramref name="client"/>.</summary>
    /// <param name="client">The client to read the group, its instances, pairs, drills, tasks and quotas with.</param>
    /// <param name="timeProvider">The clock (for the 3-month drill window); the system clock by default.</param>
    public ReadinessChecker(SdrsClient client, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>For mocking: a checker without a client, whose members are all to be overridden.</summary>
    protected ReadinessChecker()
    {
        _client = null!;
        _time = TimeProvider.System;
    }

    /// <summary>Checks one protection group's readiness for one action.</summary>
    /// <param name="request">The group and the action.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The findings and the verdict.</returns>
    /// <exception cref="ArgumentException">The request is incomplete or malformed.</exception>
    /// <exception cref="SdrsException">Reading the state failed.</exception>
    public virtual Task<ReadinessReport> CheckAsync(
        ReadinessRequest request,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(request);
        // Scaffolding: the helper building readiness (branch q8-ready) replaces this body before merge.
        _ = _client;
        _ = _time;
        throw new NotImplementedException("Readiness checks are being built on branch q8-ready.");
    }
}
