namespace SdrsSdk.Resolution.Internal;

/// <summary>How long a resolution may take and how much the service's clock may differ from the client's.</summary>
internal sealed record SdrsResolutionOptions
{
    /// <summary>Gets the time budget of one resolution, reads and settle wait included; past it, the verdict is
    /// <see cref="SdrsOutcomeVerdict.Unknown"/>.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets how far the service's timestamps (<c>created_at</c>, <c>updated_at</c>) may be from the client's clock:
    /// a resource created from <c>sent - skew</c> to <c>failed + skew</c> may be the request's.
    /// </summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets how long to wait before reading again when the first read finds no effect: a request a gateway gave up on
    /// may still be on its way to the service. Zero reads once.
    /// </summary>
    public TimeSpan SettleDelay { get; init; } = TimeSpan.FromSeconds(2);
}
