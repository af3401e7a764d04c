using SdrsSdk.Validation.Internal;

namespace SdrsSdk.Tests.Validation;

/// <summary>The one helper that collects broken rules and reports them in one exception.</summary>
public sealed class ValidationErrorsTests
{
    [Fact]
    public void Check_NoBrokenRule_DoesNotThrow()
    {
        Action act = () => ValidationErrors.Check("Thing", "thing", errors => errors.AddIf(false, "never"));

        act.Should().NotThrow();
    }

    [Fact]
    public void Check_BrokenRules_ReportsEveryOneInOrderWithTheTypeAndParameter()
    {
        Action act = () => ValidationErrors.Check("Thing", "thing", errors =>
            {
                errors.Add("A is wrong.");
                errors.AddIf(true, "B is wrong.");
                errors.For("Inner").Add("C is wrong.");
                errors.For("Inner").For("Deeper").Add("D is wrong.");
            });

        act.Should()
            .Throw<ArgumentException>()
            .Which.Should()
            .Match<ArgumentException>(exception =>
                exception.ParamName == "thing"
                && exception.Message.StartsWith(
                    "Invalid Thing: A is wrong. B is wrong. Inner.C is wrong. Inner.Deeper.D is wrong.",
                    StringComparison.Ordinal
                )
            );
    }

    [Fact]
    public void SdrsClientOptions_BadNestedOptions_NameTheirPathOnce()
    {
        var options = new SdrsClientOptions
        {
            Endpoint = new Uri("https://sdrs.ap-southeast-1.myhuaweicloud.com"),
            ProjectId = "0605767d4a00d5762fb7c0005c8d6e22",
            Credential = new StaticTokenCredential("token"),
            JobPolling = new JobPollingOptions { InitialDelay = TimeSpan.FromSeconds(-1), JitterRatio = 2 },
            Retry = new SdrsRetryOptions { MaxRetries = -1 },
            Logging = new SdrsLoggingOptions { MaxLoggedBodyLength = -1 },
        };

        string message = ((Action)options.Validate).Should().Throw<ArgumentException>().Which.Message;

        message
            .Should()
            .StartWith("Invalid SdrsClientOptions: ")
            .And.Contain("JobPolling.InitialDelay must not be negative.")
            .And.Contain("JobPolling.JitterRatio must be at least 0 and less than 1.")
            .And.Contain("Retry.MaxRetries must be from 0 to")
            .And.Contain("Logging.MaxLoggedBodyLength must not be negative");
        message.Should().NotContain("Invalid JobPollingOptions").And.NotContain("JobPolling:");
    }

    [Fact]
    public void IamPasswordCredential_SeveralBadOptions_ReportsThemAllAtOnce()
    {
        var options = new IamPasswordCredentialOptions
        {
            RefreshMargin = TimeSpan.FromHours(13),
            Timeout = TimeSpan.Zero,
            ProjectId = "../etc",
        };

        Action act = () => _ = new IamPasswordCredential("u", "password", "d", options);

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                "Invalid IamPasswordCredentialOptions: *ProjectId may contain only*RefreshMargin must be from zero "
                    + "to 12 hours*Timeout must be positive*"
            )
            .Which.ParamName.Should()
            .Be("options");
    }

    [Fact]
    public void ResizeRequest_SeveralBrokenRules_ReportsThemAllAndNamesTheFirstMember()
    {
        var resize = new ResizeProtectedInstanceRequest
        {
            FlavorRef = "e2.small",
            ProductionFlavorRef = "s3.small.1",
            DrFlavorRef = "s3.large.2",
            DrDedicatedHostId = " ",
        };

        Action act = resize.Validate;

        act.Should()
            .Throw<ArgumentException>()
            .WithMessage(
                "Invalid ResizeProtectedInstanceRequest: dr_dedicated_host_id must not be empty when it is specified. "
                    + "production_flavorRef does not take effect*dr_flavorRef does not take effect*"
            )
            .Which.ParamName.Should()
            .Be(nameof(ResizeProtectedInstanceRequest.DrDedicatedHostId));
    }

    [Theory]
    [InlineData(null, "Third")]
    [InlineData("Second", "Second")]
    public void ThrowIfAny_NamesTheFirstMemberGiven(string? member, string expected)
    {
        var errors = new ValidationErrors();
        errors.Add("first.");
        errors.Add("second.", member);
        errors.Add("third.", "Third");

        Action act = () => errors.ThrowIfAny("Thing", "thing");

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(expected);
    }
}
