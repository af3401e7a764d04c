namespace SdrsSdk.Tests.Jobs;

/// <summary>The message of a failed job: the fail reason, then the catalog's advice, each said once.</summary>
public sealed class JobFailedMessageTests
{
    [Fact]
    public void Message_FailReasonSameAsTheCatalogDescription_SaysItOnce()
    {
        var job = new SdrsJob
        {
            JobId = "0000000000000000000000000000abcd",
            Status = JobStatus.Fail,
            ErrorCode = "SDRS.0013",
            FailReason = "Internal error",
        };

        var failure = new SdrsJobFailedException(job);

        failure.Message.Should().Contain("failed with SDRS.0013: Internal error. What to do: ");
        failure.Message.Split("Internal error", StringSplitOptions.None).Should().HaveCount(2, failure.Message);
    }

    [Fact]
    public void Message_FailReasonOtherThanTheDescription_AddsTheDescription()
    {
        var job = new SdrsJob
        {
            JobId = "0000000000000000000000000000abcd",
            Status = JobStatus.Fail,
            ErrorCode = "SDRS.0013",
            FailReason = "disk in use",
        };

        var failure = new SdrsJobFailedException(job);

        failure.Message.Should().Contain(": disk in use. Internal error. What to do: ");
    }
}
