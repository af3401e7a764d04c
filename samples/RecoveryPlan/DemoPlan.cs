using Samples.Shared;
using SdrsSdk;
using SdrsSdk.RecoveryPlans;
using SdrsSdk.Testing;

namespace RecoveryPlanSample;

/// <summary>The demo's three-tier plan over six protected groups made in the emulator.</summary>
public static class DemoPlan
{
    /// <summary>The tiers and their groups' names, in order.</summary>
    public static readonly IReadOnlyList<(string Tier, string[] Groups)> Tiers =
    [
        ("databases", ["orders-db", "billing-db"]),
        ("applications", ["orders-app", "billing-app"]),
        ("web", ["web-1", "web-2"]),
    ];

    /// <summary>Creates the groups (protected, one server and one disk each) and returns the plan over them.</summary>
    public static async Task<RecoveryPlan> CreateAsync(SdrsClient client)
    {
        var plan = new RecoveryPlan
        {
            Name = "shop",
            FailurePolicy = PlanFailurePolicy.FinishTierThenStop,
            MaxDegreeOfParallelism = 2,
        };
        foreach ((string tier, string[] names) in Tiers)
        {
            string[] ids = await Task.WhenAll(names.Select(name => Demo.CreateProtectedGroupAsync(client, name)));
            plan.Tiers.Add(
                new RecoveryTier
                {
                    Name = tier,
                    Groups =
                    [
                        .. names.Select(
                            (name, index) =>
                                new RecoveryPlanGroup
                                {
                                    ServerGroupId = ids[index],
                                    Name = name,
                                    DrillVpcId = EmulatedIds.NewVpcId(),
                                }
                        ),
                    ],
                }
            );
        }

        return plan;
    }
}
