namespace SdrsSdk.RecoveryPlans.Tests.Readiness;

/// <summary>A bad request is refused before anything is read.</summary>
public sealed class ReadinessRequestTests : IDisposable
{
    private readonly ReadinessTestBed _bed = new();

    public static TheoryData<string, RecoveryAction, string?> BadRequests =>
        new()
        {
            { "", RecoveryAction.Failover, null },
            { "   ", RecoveryAction.EnableProtection, null },
            { "6b1d5a2e-0c7f-4d3a-9a8e-2f5b1c9d7e40", RecoveryAction.Drill, null },
            { "6b1d5a2e-0c7f-4d3a-9a8e-2f5b1c9d7e40", RecoveryAction.Drill, " " },
            { "6b1d5a2e-0c7f-4d3a-9a8e-2f5b1c9d7e40", (RecoveryAction)42, null },
        };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task CheckAsync_BadRequest_ThrowsArgumentExceptionBeforeAnyRequest(
        string groupId,
        RecoveryAction action,
        string? drillVpcId
    )
    {
        var request = new ReadinessRequest
        {
            ServerGroupId = groupId,
            Action = action,
            DrillVpcId = drillVpcId,
        };

        await FluentActions
            .Awaiting(() => _bed.Checker.CheckAsync(request))
            .Should()
            .ThrowAsync<ArgumentException>()
            .Where(e => e.ParamName == "request");
        _bed.Emulator.Journal.Should().BeEmpty();
    }

    [Fact]
    public async Task CheckAsync_NullRequest_ThrowsArgumentNullException()
    {
        await FluentActions.Awaiting(() => _bed.Checker.CheckAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_NullClient_ThrowsArgumentNullException() =>
        FluentActions.Invoking(() => new ReadinessChecker(null!)).Should().Throw<ArgumentNullException>();

    public void Dispose() => _bed.Dispose();
}
