namespace SdrsSdk.Tests.Emulator;

public sealed class RpoStatisticsEmulationTests : EmulatorTest
{
    [Fact]
    public async Task ListAsync_NoPairs_ListsNoPoints()
    {
        RpoStatisticPage page = await Client.RpoStatistics.ListAsync();

        page.RpoStatistics.Should().BeEmpty();
        page.Count.Should().Be(0);
    }

    [Fact]
    public async Task ListAllAsync_AfterFailover_CountsThePairOutOfRpoAtEveryMinute()
    {
        (ServerGroup group, _, _) = await CreateProtectedAsync();
        (await Client.RpoStatistics.ListAsync())
            .RpoStatistics.Should()
            .OnlyContain(point => point.ResourceNum == 0, "a protected pair keeps its RPO");

        await (await Client.ServerGroups.StartFailoverAsync(group.Id)).WaitForCompletionAsync();
        List<RpoStatistic> points = await Client
            .RpoStatistics.ListAllAsync(new RpoStatisticQuery { Limit = 2 })
            .ToListAsync();

        DateTimeOffset first = points[0].PointTime!.Value;
        points.Should().NotBeEmpty("one point per minute since the pair was created");
        points
            .Select(point => point.PointTime!.Value)
            .Should()
            .BeInAscendingOrder()
            .And.OnlyContain(time => time.Second == 0);
        points
            .Should()
            .OnlyContain(
                point => point.ResourceNum == 1 && point.ResourceType == "replication",
                "the failed-over group's pair is out of its RPO"
            );
        points[^1].PointTime.Should().BeOnOrBefore(Emulator.TimeProvider.GetUtcNow());

        RpoStatisticPage bounded = await Client.RpoStatistics.ListAsync(
            new RpoStatisticQuery { StartTime = first, EndTime = first }
        );
        bounded.RpoStatistics.Should().ContainSingle().Which.PointTime.Should().Be(first);
        bounded.Count.Should().Be(1);
    }

    [Fact]
    public async Task RawList_BadStartTime_Is400()
    {
        var (status, body, _) = await SendRawAsync(
            HttpMethod.Get,
            ProjectPath("resource/rpo-statistics?start_time=yesterday")
        );

        status.Should().Be(400);
        ErrorCodeOf(body).Should().Be("SDRS.0201");
    }
}
