namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// The effect of a write found by a resolution: what a handle needs to stand in for the lost job. SDRS has no job list,
/// so the job ID is gone; the handle follows the resource's status to its stable state instead
/// (<see cref="ReadStateAsync"/>, on the job polling schedule).
/// </summary>
/// <remarks>
/// The wiring wraps it in an <see cref="SdrsJobOperation"/> (or <see cref="SdrsJobOperation{T}"/> with
/// <see cref="ResourceId"/>) whose job ID is null or marked as resolved: waiting reads <see cref="ReadStateAsync"/>
/// until <see cref="SdrsEffectState.IsStable"/>, and fails like a failed job on <see cref="SdrsEffectStage.Failed"/>.
/// </remarks>
/// <param name="ResourceId">The ID of the resource the write created, for the handles of creations; otherwise the
/// resource it changed, or <see langword="null"/> for a batch.</param>
/// <param name="State">The state read during the resolution.</param>
/// <param name="ReadStateAsync">Reads the resource(s) again and says where the effect stands.</param>
internal sealed record SdrsResolvedEffect(
    string? ResourceId,
    SdrsEffectState State,
    Func<CancellationToken, Task<SdrsEffectState>> ReadStateAsync
);
