using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Hostile;

/// <summary>User information in an endpoint (<c>https://admin:hunter2@host</c>) is refused, and never echoed.</summary>
public sealed class EndpointUserInfoTests
{
    private static readonly Uri WithUserInfo = new("https://admin:hunter2@sdrs.ap-southeast-1.myhuaweicloud.com");

    [Fact]
    public void Constructor_EndpointWithUserInfo_ThrowsWithoutEchoingIt()
    {
        var options = new SdrsClientOptions
        {
            Endpoint = WithUserInfo,
            ProjectId = TestCredentials.ProjectId,
            Credential = TestCredentials.StaticToken(),
        };

        Action create = () => new SdrsClient(options).Dispose();

        create
            .Should()
            .Throw<ArgumentException>()
            .Which.Message.Should()
            .Contain("Endpoint must not contain user information")
            .And.NotContain("hunter2")
            .And.NotContain("admin");
    }

    [Fact]
    public void ToString_EndpointWithUserInfo_DoesNotShowIt()
    {
        var options = new SdrsClientOptions { Endpoint = WithUserInfo, Credential = TestCredentials.StaticToken() };
        var iam = new IamPasswordCredentialOptions { IamEndpoint = new Uri("https://admin:hunter2@iam.example.com") };

        options
            .ToString()
            .Should()
            .NotContain("hunter2")
            .And.NotContain("admin")
            .And.Contain("sdrs.ap-southeast-1.myhuaweicloud.com");
        iam.ToString().Should().NotContain("hunter2").And.NotContain("admin").And.Contain("iam.example.com");
    }

    [Fact]
    public void IamPasswordCredential_IamEndpointWithUserInfo_ThrowsWithoutEchoingIt()
    {
        var options = new IamPasswordCredentialOptions
        {
            IamEndpoint = new Uri("https://admin:hunter2@iam.example.com"),
        };

        Action create = () =>
            _ = new IamPasswordCredential(MockIam.UserName, MockIam.Password, MockIam.DomainName, options);

        create
            .Should()
            .Throw<ArgumentException>()
            .Which.Message.Should()
            .Contain("user information")
            .And.NotContain("hunter2")
            .And.NotContain("admin");
    }

    [Fact]
    public void AddSdrsClient_EndpointWithUserInfo_FailsValidationWithoutEchoingIt()
    {
        var services = new ServiceCollection();
        services.AddSdrsClient(options =>
        {
            options.Endpoint = WithUserInfo;
            options.ProjectId = TestCredentials.ProjectId;
            options.Credential = TestCredentials.StaticToken();
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        Action resolve = () => provider.GetRequiredService<SdrsClient>();

        resolve
            .Should()
            .Throw<OptionsValidationException>()
            .Which.Message.Should()
            .Contain("user information")
            .And.NotContain("hunter2")
            .And.NotContain("admin");
    }
}
