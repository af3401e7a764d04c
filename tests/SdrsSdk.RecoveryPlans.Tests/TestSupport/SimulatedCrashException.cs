namespace SdrsSdk.RecoveryPlans.Tests.TestSupport;

/// <summary>The process "dies": thrown by <see cref="MemoryRunStore"/> instead of saving.</summary>
internal sealed class SimulatedCrashException : Exception
{
    public SimulatedCrashException()
        : base("Simulated crash while saving the run's state.") { }
}
