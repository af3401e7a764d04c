namespace SdrsSdk.RecoveryPlans.Runs.Internal;

/// <summary>The outcome a resource's state shows, what was read, and the drill concerned (drills).</summary>
internal readonly record struct ActionState(ActionOutcome Outcome, string Evidence, string? DrillId = null);
