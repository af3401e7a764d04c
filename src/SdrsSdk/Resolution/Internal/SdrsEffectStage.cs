namespace SdrsSdk.Resolution.Internal;

/// <summary>Where the effect of an applied write stands, read from the resource's status.</summary>
internal enum SdrsEffectStage
{
    /// <summary>In a transitional status: the work goes on.</summary>
    Running,

    /// <summary>In the stable status the write leads to (or gone, for a delete).</summary>
    Succeeded,

    /// <summary>In an error status of the write, or any other stable status.</summary>
    Failed,
}
