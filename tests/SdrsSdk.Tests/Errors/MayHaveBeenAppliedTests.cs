namespace SdrsSdk.Tests.Errors;

/// <summary><see cref="SdrsException.MayHaveBeenApplied"/>: stated by the failure, or the conservative rule.</summary>
public sealed class MayHaveBeenAppliedTests
{
    [Theory]
    [InlineData("GET", 503, false)]
    [InlineData("GET", 0, false)]
    [InlineData("HEAD", 504, false)]
    [InlineData("POST", 400, false)]
    [InlineData("POST", 409, false)]
    [InlineData("POST", 429, false)]
    [InlineData("DELETE", 404, false)]
    [InlineData("POST", 0, true)]
    [InlineData("POST", 408, true)]
    [InlineData("POST", 500, true)]
    [InlineData("POST", 502, true)]
    [InlineData("PUT", 504, true)]
    [InlineData("DELETE", 503, true)]
    [InlineData("POST", 200, true)]
    public void MayHaveBeenApplied_NotStated_FollowsTheRule(string method, int status, bool expected)
    {
        var exception = new SdrsServerException(new SdrsErrorDetails { Method = method, Status = status });

        exception.MayHaveBeenApplied.Should().Be(expected);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MayHaveBeenApplied_StatedByTheFailure_IsWhatItSays(bool stated)
    {
        var exception = new SdrsException(
            new SdrsErrorDetails
            {
                Method = stated ? "GET" : "POST",
                Status = 0,
                MayHaveBeenApplied = stated,
            }
        );

        exception.MayHaveBeenApplied.Should().Be(stated);
    }

    [Fact]
    public void MayHaveBeenApplied_WithoutARequest_IsFalse()
    {
        new SdrsException("message only").MayHaveBeenApplied.Should().BeFalse();
        new SdrsException().MayHaveBeenApplied.Should().BeFalse();
    }
}
