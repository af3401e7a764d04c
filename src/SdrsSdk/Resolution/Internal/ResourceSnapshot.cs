namespace SdrsSdk.Resolution.Internal;

/// <summary>What a resolution reads of one resource: its status (or <see cref="StatusRule.Gone"/>) and when it was
/// last updated.</summary>
/// <param name="Status">The status, as the service spells it.</param>
/// <param name="UpdatedAt">The <c>updated_at</c> of the resource, if any.</param>
internal readonly record struct ResourceSnapshot(string Status, DateTimeOffset? UpdatedAt)
{
    public static ResourceSnapshot GoneNow { get; } = new(StatusRule.Gone, null);

    /// <summary>Reads one resource of each kind the rules look at, as a snapshot.</summary>
    public static async Task<ResourceSnapshot> OfGroupAsync(SdrsClient client, string id, CancellationToken ct) =>
        await ResolutionContext.ReadOrGoneAsync(() => client.ServerGroups.GetAsync(id, ct)).ConfigureAwait(false)
            is { } group
            ? new ResourceSnapshot(group.Status.ToString(), group.UpdatedAt)
            : GoneNow;

    public static async Task<ResourceSnapshot> OfInstanceAsync(SdrsClient client, string id, CancellationToken ct) =>
        await ResolutionContext.ReadOrGoneAsync(() => client.ProtectedInstances.GetAsync(id, ct)).ConfigureAwait(false)
            is { } instance
            ? new ResourceSnapshot(instance.Status.ToString(), instance.UpdatedAt)
            : GoneNow;

    public static async Task<ResourceSnapshot> OfPairAsync(SdrsClient client, string id, CancellationToken ct) =>
        await ResolutionContext.ReadOrGoneAsync(() => client.Replications.GetAsync(id, ct)).ConfigureAwait(false)
            is { } pair
            ? new ResourceSnapshot(pair.Status.ToString(), pair.UpdatedAt)
            : GoneNow;

    public static async Task<ResourceSnapshot> OfDrillAsync(SdrsClient client, string id, CancellationToken ct) =>
        await ResolutionContext.ReadOrGoneAsync(() => client.Drills.GetAsync(id, ct)).ConfigureAwait(false) is { } drill
            ? new ResourceSnapshot(drill.Status.ToString(), drill.UpdatedAt)
            : GoneNow;
}
