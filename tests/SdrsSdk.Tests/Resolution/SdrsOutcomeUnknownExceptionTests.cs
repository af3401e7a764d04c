namespace SdrsSdk.Tests.Resolution;

public sealed class SdrsOutcomeUnknownExceptionTests
{
    [Fact]
    public void Constructor_NamesTheOperationTheRequestIdMayHaveBeenAppliedAndWhatToCheck()
    {
        var failure = new HttpRequestException("An error occurred while sending the request.");
        var exception = new SdrsOutcomeUnknownException(
            "ProtectedInstances.AddNic",
            "the NICs of server s-1 (in ECS)",
            new SdrsErrorDetails
            {
                Method = "POST",
                Path = "/v1/p/protected-instances/i-1/nic",
                Status = 504,
                RequestId = "req-1",
            },
            "SDRS does not list the NICs of a protected instance",
            failure
        );

        exception
            .Message.Should()
            .Be(
                "SDRS operation ProtectedInstances.AddNic (POST /v1/p/protected-instances/i-1/nic) failed and may have "
                    + "been applied; it was not sent again: SDRS does not list the NICs of a protected instance. Check "
                    + "the NICs of server s-1 (in ECS) before repeating it. Request ID: req-1."
            );
        exception.Should().BeAssignableTo<SdrsException>();
        exception.MayHaveBeenApplied.Should().BeTrue();
        exception.Operation.Should().Be("ProtectedInstances.AddNic");
        exception.WhatToCheck.Should().Be("the NICs of server s-1 (in ECS)");
        exception.Reason.Should().Be("SDRS does not list the NICs of a protected instance");
        exception.RequestId.Should().Be("req-1");
        exception.Status.Should().Be(504);
        exception.InnerException.Should().BeSameAs(failure);
    }

    [Fact]
    public void Constructor_WithoutRequestIdOrReason_SaysLess()
    {
        var exception = new SdrsOutcomeUnknownException("ServerGroups.Create", "the groups", new SdrsErrorDetails());

        exception
            .Message.Should()
            .Be(
                "SDRS operation ServerGroups.Create failed and may have been applied; it was not sent again. Check the "
                    + "groups before repeating it."
            );
        exception.MayHaveBeenApplied.Should().BeTrue("even when the details did not say so");
    }

    [Fact]
    public void Constructor_WithoutOperationOrWhatToCheck_Throws()
    {
        Action noOperation = () => _ = new SdrsOutcomeUnknownException(" ", "x", new SdrsErrorDetails());
        Action noCheck = () => _ = new SdrsOutcomeUnknownException("Op", "", new SdrsErrorDetails());

        noOperation.Should().Throw<ArgumentException>();
        noCheck.Should().Throw<ArgumentException>();
    }
}
