using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.RpoStatistics;

public sealed class RpoStatisticsClientTests : IDisposable
{
    private static readonly string ListPath = MockSdrs.ProjectPath("resource/rpo-statistics");
    private readonly MockSdrs _sdrs = new();

    [Fact]
    public async Task ListAsync_Example_SendsQueryAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("rpo-statistics/list.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        RpoStatisticPage page = await client.RpoStatistics.ListAsync(
            new RpoStatisticQuery
            {
                StartTime = new DateTimeOffset(2024, 3, 15, 16, 0, 0, TimeSpan.FromHours(8)),
                EndTime = new DateTimeOffset(2024, 3, 15, 8, 30, 15, 250, TimeSpan.Zero),
                ResourceType = "replication",
                Limit = 50,
                Offset = 10,
            }
        );

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/resource/rpo-statistics");
        request.Query!["limit"].Should().Equal("50");
        request.Query["offset"].Should().Equal("10");
        request.Query["start_time"]!
            .Single()
            .Should()
            .Be("2024-03-15 08:00:00.000", "times go out in UTC as yyyy-MM-dd HH:mm:ss.SSS");
        request.Query["end_time"].Should().Equal("2024-03-15 08:30:15.250");
        request.Query["resource_type"].Should().Equal("replication");
        request.ShouldCarryToken();

        page.Count.Should().Be(2);
        page.RpoStatistics.Should().HaveCount(2);
        RpoStatistic first = page.RpoStatistics[0];
        first.Id.Should().Be("8d3c3b5e-4a6b-4c1d-9a2f-0b1e2c3d4e5f");
        first
            .PointTime.Should()
            .Be(new DateTimeOffset(2024, 3, 15, 8, 15, 0, TimeSpan.Zero), "point_time has minute precision");
        first.ResourceNum.Should().Be(2);
        first.ResourceType.Should().Be("replication");
        first.CreatedAt.Should().Be(new DateTimeOffset(2024, 3, 15, 8, 15, 2, 431, TimeSpan.Zero));
        first.UpdatedAt.Should().Be(first.CreatedAt);
        page.RpoStatistics[1].ResourceNum.Should().BeNull("a null number reads as unknown");
        page.ToString().Should().Be("2 RPO statistic point(s) of 2");
    }

    [Fact]
    public async Task ListAllAsync_WalksPagesUntilCount()
    {
        for (int offset = 0; offset < 3; offset += 2)
        {
            int items = offset == 0 ? 2 : 1;
            string points = string.Join(
                ',',
                Enumerable
                    .Range(offset, items)
                    .Select(i =>
                        $$"""{"id":"p{{i}}","point_time":"2024-03-15 08:1{{i}}","resource_num":{{i}},"resource_type":"replication"}"""
                    )
            );
            _sdrs
                .Server.Given(
                    Request
                        .Create()
                        .WithPath(ListPath)
                        .WithParam("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        .UsingGet()
                )
                .RespondWith(
                    Response
                        .Create()
                        .WithStatusCode(200)
                        .WithBody($$"""{"resource_rpo_statistics":[{{points}}],"count":3}""")
                );
        }

        using SdrsClient client = _sdrs.CreateClient();

        List<RpoStatistic> all = await client
            .RpoStatistics.ListAllAsync(new RpoStatisticQuery { Limit = 2 })
            .ToListAsync();

        all.Select(point => point.Id).Should().Equal("p0", "p1", "p2");
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task ListAsync_AnswerWithoutStatistics_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(ListPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"count":0}"""));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.RpoStatistics.ListAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("/resource/rpo-statistics")
            .And.Contain("resource_rpo_statistics");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(1001, null)]
    [InlineData(null, -1)]
    public async Task ListAsync_BadPaging_ThrowsBeforeAnyRequest(int? limit, int? offset)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.RpoStatistics.ListAsync(new RpoStatisticQuery { Limit = limit, Offset = offset });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
        _sdrs.Requests().Should().BeEmpty();
    }

    [Fact]
    public async Task ListAsync_LimitZero_IsRefusedByTheSharedLimitRule()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.RpoStatistics.ListAsync(new RpoStatisticQuery { Limit = 0 });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage(
            "limit must be from 1 to 1000; leave it unset for the default.*"
        );
        _sdrs.Requests().Should().BeEmpty();
    }

    [Fact]
    public void ListAllAsync_StartAfterEnd_ThrowsWhenCalled()
    {
        using SdrsClient client = _sdrs.CreateClient();
        DateTimeOffset now = _sdrs.Time.GetUtcNow();

        Action act = () =>
            client.RpoStatistics.ListAllAsync(new RpoStatisticQuery { StartTime = now, EndTime = now.AddMinutes(-1) });

        act.Should().Throw<ArgumentException>().WithMessage("*start_time*");
        _sdrs.Requests().Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();
}
