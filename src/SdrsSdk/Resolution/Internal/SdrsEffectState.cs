namespace SdrsSdk.Resolution.Internal;

/// <summary>One read of the effect of an applied write: its stage and the status it was read from.</summary>
/// <param name="Stage">Where the effect stands.</param>
/// <param name="Status">The status read (for example <c>creating</c>), or <c>gone</c> when the resource no longer
/// exists.</param>
internal readonly record struct SdrsEffectState(SdrsEffectStage Stage, string Status)
{
    /// <summary>Gets a value indicating whether the effect has reached a stable status.</summary>
    public bool IsStable => Stage != SdrsEffectStage.Running;
}
