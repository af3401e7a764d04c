namespace SdrsSdk.RecoveryPlans.Tests.Plans;

/// <summary>The plan model: loading from JSON, and validation that names every broken rule.</summary>
public sealed class RecoveryPlanTests
{
    private const string Json = """
        {
          // comments and trailing commas are accepted
          "name": "shop",
          "failurePolicy": "FinishTierThenStop",
          "maxDegreeOfParallelism": 3,
          "tiers": [
            {
              "name": "databases",
              "groups": [ { "serverGroupId": "sg-db", "name": "orders-db", "drillVpcId": "vpc-d" } ]
            },
            { "name": "web", "maxDegreeOfParallelism": 1, "groups": [ { "ServerGroupId": "sg-web" }, ] }
          ]
        }
        """;

    [Fact]
    public void FromJson_ValidPlan_ReadsEveryField_AndRoundTrips()
    {
        RecoveryPlan plan = RecoveryPlan.FromJson(Json);

        plan.Name.Should().Be("shop");
        plan.FailurePolicy.Should().Be(PlanFailurePolicy.FinishTierThenStop);
        plan.MaxDegreeOfParallelism.Should().Be(3);
        plan.Tiers.Select(tier => tier.Name).Should().Equal("databases", "web");
        plan.Tiers[0].Groups[0].DrillVpcId.Should().Be("vpc-d");
        plan.Tiers[0].Groups[0].Name.Should().Be("orders-db");
        plan.Tiers[1].Groups[0].ServerGroupId.Should().Be("sg-web");
        plan.Tiers[1].MaxDegreeOfParallelism.Should().Be(1);
        RecoveryPlan.FromJson(plan.ToJson()).ToJson().Should().Be(plan.ToJson());
        plan.ToJson().Should().Contain("\"failurePolicy\": \"FinishTierThenStop\"");
    }

    [Fact]
    public void Validate_BrokenPlan_NamesEveryBrokenRule()
    {
        var plan = new RecoveryPlan
        {
            Name = " ",
            MaxDegreeOfParallelism = 0,
            Tiers =
            [
                new RecoveryTier
                {
                    Name = "db",
                    Groups =
                    [
                        new RecoveryPlanGroup { ServerGroupId = "sg-1" },
                        new RecoveryPlanGroup { ServerGroupId = "a/b" },
                    ],
                },
                new RecoveryTier
                {
                    Name = "db",
                    MaxDegreeOfParallelism = 65,
                    Groups = [new RecoveryPlanGroup { ServerGroupId = "sg-1", DrillVpcId = "" }],
                },
                new RecoveryTier { Name = "empty" },
            ],
        };

        IReadOnlyList<string> errors = plan.GetValidationErrors();
        Action validate = plan.Validate;

        errors
            .Should()
            .BeEquivalentTo([
                "Name must be 1 to 64 characters, not blank.",
                "MaxDegreeOfParallelism must be 1 to 64 (was 0).",
                "Tiers[0].Groups[1].ServerGroupId 'a/b' must be 1 to 64 ASCII letters, digits, '-', '_' or '.' "
                    + "(a protection group ID).",
                "Tiers[1].Name 'db' is used by another tier.",
                "Tiers[1].MaxDegreeOfParallelism must be 1 to 64 (was 65).",
                "Tiers[1].Groups[0].ServerGroupId 'sg-1' is already in Tiers[0]: a group runs once per plan.",
                "Tiers[1].Groups[0].DrillVpcId '' must be 1 to 64 ASCII letters, digits, '-', '_' or '.' "
                    + "(a VPC ID), or absent.",
                "Tiers[2].Groups must hold at least one protection group.",
            ]);
        validate.Should().Throw<ArgumentException>().WithMessage("*8 problem(s)*Tiers[2].Groups*");
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("null")]
    [InlineData("""{ "name": "p", "tiers": [] }""")]
    [InlineData("""{ "name": "p", "failurePolicy": "Sometimes", "tiers": [] }""")]
    public void FromJson_NotAValidPlan_ThrowsArgumentException(string json)
    {
        Action load = () => RecoveryPlan.FromJson(json);

        load.Should().Throw<ArgumentException>().WithMessage("*recovery plan*");
    }

    [Fact]
    public async Task RunAsync_InvalidPlan_ThrowsBeforeAnyRequest()
    {
        await using Testing.SdrsEmulator emulator = Testing.SdrsEmulator.Start();
        using SdrsClient client = emulator.CreateClient();
        var runner = new RecoveryPlanRunner(
            client,
            new RecoveryPlanRunnerOptions { Store = new TestSupport.MemoryRunStore() }
        );

        Func<Task> run = () => runner.RunAsync(new RecoveryPlan(), RecoveryRunKind.Failover);
        Func<Task> cleanUp = () => runner.RunAsync(RecoveryPlan.FromJson(Json), RecoveryRunKind.CleanUpDrill);

        await run.Should().ThrowAsync<ArgumentException>().WithMessage("*Name must be*Tiers must hold*");
        await cleanUp.Should().ThrowAsync<ArgumentException>().WithMessage("*CleanUpDrillAsync*");
        emulator.Journal.Should().BeEmpty();
    }
}
