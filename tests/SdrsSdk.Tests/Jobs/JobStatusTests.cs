namespace SdrsSdk.Tests.Jobs;

/// <summary>Job statuses compare ignoring case (the poller's decisions: <see cref="JobPollerTests"/>).</summary>
public sealed class JobStatusTests
{
    [Theory]
    [InlineData("success", "SUCCESS")]
    [InlineData("Success", "SUCCESS")]
    [InlineData("fail", "FAIL")]
    [InlineData("running", "RUNNING")]
    [InlineData("init", "INIT")]
    public void Equals_IgnoresCase(string sent, string known)
    {
        var status = new JobStatus(sent);

        status.Should().Be(new JobStatus(known));
        (status == new JobStatus(known)).Should().BeTrue();
        status.GetHashCode().Should().Be(new JobStatus(known).GetHashCode());
        status.Value.Should().Be(sent, "the value keeps the server's spelling");
    }

    [Fact]
    public void IsTerminal_AnyCase()
    {
        new JobStatus("success").IsTerminal.Should().BeTrue();
        new JobStatus("Fail").IsTerminal.Should().BeTrue();
        new JobStatus("running").IsTerminal.Should().BeFalse();
        default(JobStatus).IsTerminal.Should().BeFalse();
        default(JobStatus).Should().Be(default(JobStatus));
        default(JobStatus).GetHashCode().Should().Be(0);
    }
}
