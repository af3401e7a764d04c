namespace SdrsSdk.Tests.Jobs;

/// <summary>The Retry-After cap of job polling: its default, its validation, its place in ToString.</summary>
public sealed class JobPollingOptionsTests
{
    [Fact]
    public void MaxRetryAfter_Default_IsTwoMinutes()
    {
        var options = new JobPollingOptions();

        options.MaxRetryAfter.Should().Be(TimeSpan.FromMinutes(2));
        options.ToString().Should().Contain("MaxRetryAfter=00:02:00");
        options.Clone().MaxRetryAfter.Should().Be(TimeSpan.FromMinutes(2));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(86_400)]
    public void Validate_MaxRetryAfterInRange_Passes(int seconds)
    {
        var options = new JobPollingOptions { MaxRetryAfter = TimeSpan.FromSeconds(seconds) };

        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(86_401)]
    public void Validate_MaxRetryAfterOutOfRange_NamesIt(int seconds)
    {
        var options = new JobPollingOptions { MaxRetryAfter = TimeSpan.FromSeconds(seconds) };

        options
            .Invoking(o => o.Validate())
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*MaxRetryAfter must be from 0 to 1 day*");
    }

    [Fact]
    public void Validate_ClientOptionsWithBadCap_RefusedWhenTheClientIsBuilt()
    {
        var options = new SdrsClientOptions
        {
            Endpoint = new Uri("https://sdrs.example.com"),
            ProjectId = "p",
            Credential = SdrsSdk.Tests.TestSupport.TestCredentials.StaticToken(),
            JobPolling = { MaxRetryAfter = TimeSpan.FromDays(365) },
        };

        Action act = () => _ = new SdrsClient(options);

        act.Should().Throw<ArgumentException>().WithMessage("*MaxRetryAfter*");
    }
}
