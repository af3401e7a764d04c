using SdrsSdk.Auth;
using SdrsSdk.Auth.Internal;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Auth;

/// <summary>The project ID found through IAM when only a project or region name is known (reference 5.11.1).</summary>
public sealed class ProjectDiscoveryTests : IDisposable
{
    private const string ExampleProjectId = "a4a5d4098fb4474fa22cd05f897d6b99";
    private readonly MockSdrs _sdrs = new();
    private readonly MockIam _iam = new();

    private DateTimeOffset Now => _sdrs.Time.GetUtcNow();

    [Fact]
    public async Task Call_RegionOnly_ScopesTokenToRegionProjectAndUsesTokenProjectId()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), projectId: ExampleProjectId, projectName: "ap-southeast-3");
        _sdrs.StubQuotas(ExampleProjectId);
        using SdrsClient client = CreateClient(_iam.Credential(options => options.ProjectName = null), options =>
            options.Region = "ap-southeast-3"
        );

        await client.Quotas.GetAsync();
        await client.Quotas.GetAsync();

        var token = _iam.TokenRequests().Should().ContainSingle().Subject;
        token
            .Body.Should()
            .Contain(
                """
                "scope":{"project":{"name":"ap-southeast-3"}}
                """.Trim(),
                "a region's default project bears the region's name"
            );
        _iam.ProjectRequests().Should().BeEmpty("a project-scoped token names its project's ID");
        _sdrs
            .Requests()
            .Should()
            .HaveCount(2)
            .And.OnlyContain(request => request.Path == $"/v1/{ExampleProjectId}/sdrs/quotas");
        client.ProjectId.Should().BeNull();
        client.ToString().Should().Contain("ProjectId=<discovered through IAM>");
    }

    [Fact]
    public async Task Call_TokenWithoutProject_ListsProjectsByNameOnce()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), projectId: null, projectName: null);
        _iam.Server.Given(Request.Create().WithPath(MockIam.ProjectsPath).WithParam("name", "project_name").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("iam/projects.response.json")));
        _sdrs.StubQuotas(ExampleProjectId);
        using SdrsClient client = CreateClient(_iam.Credential(options => options.ProjectName = "project_name"));

        await Task.WhenAll(client.Quotas.GetAsync(), client.Quotas.GetAsync());
        await client.Quotas.GetAsync();

        var lookup = _iam.ProjectRequests().Should().ContainSingle().Subject;
        lookup.Method.Should().Be("GET");
        lookup.Query!["name"].Should().Equal("project_name");
        lookup.Header(StaticTokenCredential.HeaderName).Should().Be(MockIam.TokenA);
        _iam.TokenRequests().Should().ContainSingle();
        _sdrs
            .Requests()
            .Should()
            .HaveCount(3)
            .And.OnlyContain(request => request.Path == $"/v1/{ExampleProjectId}/sdrs/quotas");
    }

    [Theory]
    [InlineData(
        "no-such-project",
        """{"projects":[],"links":{"self":"https://www.example.com/v3/projects"}}""",
        "ProjectId"
    )]
    [InlineData("odd-project", """{"projects":[{"id":"../../admin","name":"odd-project"}]}""", "not a project ID")]
    public async Task Call_NoUsableProjectListed_ThrowsWithIamsAnswerBeforeCallingSdrs(
        string projectName,
        string listing,
        string expectedMessage
    )
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), projectId: null, projectName: null);
        _iam.Server.Given(Request.Create().WithPath(MockIam.ProjectsPath).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithHeader("X-Request-Id", "iam-req-7").WithBody(listing)
            );
        using SdrsClient client = CreateClient(_iam.Credential(options => options.ProjectName = projectName));

        var exception = await Assert.ThrowsAsync<SdrsInvalidResponseException>(() => client.Quotas.GetAsync());

        exception.Message.Should().Contain(projectName).And.Contain(expectedMessage);
        exception.RequestId.Should().Be("iam-req-7", "the details come from IAM's own answer, not a hand-built copy");
        exception.Method.Should().Be("GET");
        exception.Path.Should().Be("/v3/projects?name=" + projectName);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task Call_ProjectListingRefused_SurfacesTypedException()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), projectId: null, projectName: null);
        _iam.Server.Given(Request.Create().WithPath(MockIam.ProjectsPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(403)
                    .WithBody(
                        """{"error":{"code":403,"message":"You are not authorized to perform the requested action.","title":"Forbidden"}}"""
                    )
            );
        using SdrsClient client = CreateClient(_iam.Credential(options => options.ProjectName = "project_name"));

        var exception = await Assert.ThrowsAsync<SdrsPermissionException>(() => client.Quotas.GetAsync());

        exception.Path.Should().Be("/v3/projects?name=project_name");
        exception.ErrorMessage.Should().Be("You are not authorized to perform the requested action.");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task Call_EndpointRootOperation_NeedsNoProjectId()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), projectId: null, projectName: null);
        _sdrs
            .Server.Given(Request.Create().WithPath("/").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("versions/list.response.json")));
        using SdrsClient client = CreateClient(_iam.Credential());

        await client.Versions.ListAsync();

        _iam.ProjectRequests().Should().BeEmpty();
        _sdrs.SingleRequest().Header(StaticTokenCredential.HeaderName).Should().Be(MockIam.TokenA);
    }

    [Fact]
    public void Validate_NoProjectIdWithIamPassword_IsValid()
    {
        var options = new SdrsClientOptions
        {
            Region = "ap-southeast-3",
            Credential = _iam.Credential(options => options.ProjectName = null),
            AllowInsecureHttp = true,
        };

        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Validate_NoProjectIdWithAccessKey_ReportsProjectIdRequired()
    {
        var options = new SdrsClientOptions { Region = "ap-southeast-3", Credential = TestCredentials.AkSk() };

        options
            .Invoking(o => o.Validate())
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*ProjectId is required*only an IamPasswordCredential can discover it*");
    }

    [Fact]
    public void Validate_IamPasswordWithoutRegionOrIamEndpoint_ReportsWhatIsMissing()
    {
        var options = new SdrsClientOptions
        {
            Endpoint = new Uri("https://sdrs.internal.example.com"),
            ProjectId = TestCredentials.ProjectId,
            Credential = new IamPasswordCredential(MockIam.UserName, MockIam.Password, MockIam.DomainName),
        };

        var message = options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().Which.Message;

        message.Should().Contain("needs the IAM endpoint").And.Contain("Region").And.Contain("IamEndpoint");
        message.Should().NotContain(MockIam.Password);
    }

    [Fact]
    public void Validate_IamPasswordWithoutAnyProject_ReportsProjectIdRequired()
    {
        var options = new SdrsClientOptions
        {
            Endpoint = new Uri("https://sdrs.internal.example.com"),
            Credential = new IamPasswordCredential(
                MockIam.UserName,
                MockIam.Password,
                MockIam.DomainName,
                new IamPasswordCredentialOptions { IamEndpoint = new Uri("https://iam.internal.example.com") }
            ),
        };

        var message = options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().Which.Message;

        message.Should().Contain("ProjectId is required").And.Contain("needs a project to scope its token to");
    }

    [Fact]
    public void Validate_PlainHttpIamEndpoint_RequiresAllowInsecureHttp()
    {
        var options = new SdrsClientOptions
        {
            Region = "ap-southeast-3",
            Credential = new IamPasswordCredential(
                MockIam.UserName,
                MockIam.Password,
                MockIam.DomainName,
                new IamPasswordCredentialOptions { IamEndpoint = new Uri("http://iam.internal.example.com") }
            ),
        };

        options
            .Invoking(o => o.Validate())
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*IAM endpoint*plain http*AllowInsecureHttp*");
        options.AllowInsecureHttp = true;
        options.Invoking(o => o.Validate()).Should().NotThrow();
    }

    [Fact]
    public void IamEndpoint_Default_IsDerivedFromTheRegionOrTheSdrsEndpoint()
    {
        var credential = new IamPasswordCredential(MockIam.UserName, MockIam.Password, MockIam.DomainName);

        IamTokenCache fromRegion = credential.GetCache(
            AuthenticationContext.From(new SdrsClientOptions { Region = "cn-north-4" })
        );
        IamTokenCache fromEndpoint = credential.GetCache(
            AuthenticationContext.From(
                new SdrsClientOptions
                {
                    Endpoint = new Uri("https://sdrs.ap-southeast-1.myhuaweicloud.com"),
                    ProjectId = TestCredentials.ProjectId,
                }
            )
        );

        fromRegion.IamEndpoint.Should().Be(new Uri("https://iam.cn-north-4.myhuaweicloud.com/"));
        fromRegion.Scope.Should().Be(IamScope.ByName("cn-north-4"));
        fromEndpoint.IamEndpoint.Should().Be(new Uri("https://iam.ap-southeast-1.myhuaweicloud.com/"));
        fromEndpoint.Scope.Should().Be(IamScope.ById(TestCredentials.ProjectId));
        IamEndpoints.EffectiveRegion(null, new Uri("https://sdrs.example.com")).Should().BeNull();
        IamEndpoints.EffectiveRegion(null, new Uri("http://localhost:8080")).Should().BeNull();
    }

    [Theory]
    [InlineData("http://localhost:9000/v1/%7Bproject_id%7D/sdrs/quotas", "http://localhost:9000/v1/p-1/sdrs/quotas")]
    [InlineData(
        "https://h/prefix/v1/%7bproject_id%7d/server-groups?limit=10&name=%7Bproject_id%7D",
        "https://h/prefix/v1/p-1/server-groups?limit=10&name=%7Bproject_id%7D"
    )]
    public void Placeholder_InPath_IsReplacedAndQueryKept(string before, string after)
    {
        var uri = new Uri(before);

        ProjectIdPlaceholder.IsIn(uri).Should().BeTrue();
        ProjectIdPlaceholder.Replace(uri, "p-1").AbsoluteUri.Should().Be(after);
    }

    [Fact]
    public void Placeholder_OnlyInQuery_IsNotReplaced()
    {
        ProjectIdPlaceholder.IsIn(new Uri("https://h/v1/p/x?name=%7Bproject_id%7D")).Should().BeFalse();
        ProjectIdPlaceholder.IsIn(new Uri("https://h/")).Should().BeFalse();
    }

    [Fact]
    public void ScheduleRenewal_MarginAndLifetime_FollowTheRules()
    {
        DateTimeOffset now = new(2024, 3, 15, 8, 30, 0, TimeSpan.Zero);

        IamTokenCache.ScheduleRenewal(now, now.AddHours(24), TimeSpan.FromMinutes(15)).Should().Be(now.AddHours(23.75));
        IamTokenCache.ScheduleRenewal(now, now.AddHours(24), TimeSpan.Zero).Should().Be(now.AddHours(24));
        IamTokenCache
            .ScheduleRenewal(now, now.AddHours(1), TimeSpan.FromMinutes(45))
            .Should()
            .Be(now.AddMinutes(30), "a token is used for at least half its lifetime");
        IamTokenCache
            .ScheduleRenewal(now, now.AddSeconds(-5), TimeSpan.FromMinutes(15))
            .Should()
            .Be(now.AddSeconds(30), "a clock ahead of IAM's must not turn every call into a token request");
    }

    [Fact]
    public void ExpiresAt_IamFormat_ParsesAsUtc()
    {
        SdrsSdk
            .Serialization.SdrsTimestampConverter.TryParse("2019-02-13T06:52:13.855000Z", out DateTimeOffset value)
            .Should()
            .BeTrue();

        value.Should().Be(new DateTimeOffset(2019, 2, 13, 6, 52, 13, 855, TimeSpan.Zero));
    }

    [Fact]
    public async Task Call_IamUnreachable_IsAnSdrsConnectionExceptionNamingIam()
    {
        int closedPort;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }

        using SdrsClient client = CreateClient(
            _iam.Credential(options => options.IamEndpoint = new Uri($"http://127.0.0.1:{closedPort}"))
        );

        var exception = await Assert.ThrowsAsync<SdrsConnectionException>(() => client.Quotas.GetAsync());

        exception.Host.Should().Be("127.0.0.1");
        exception.Path.Should().Be("/v3/auth/tokens", "the failure happened while obtaining the IAM token");
        exception.NeverSent.Should().BeTrue();
        exception.Should().BeAssignableTo<SdrsException>("catch (SdrsException) is enough");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    private SdrsClient CreateClient(SdrsCredential credential, Action<SdrsClientOptions>? configure = null) =>
        _sdrs.CreateClient(credential, options =>
        {
            options.ProjectId = null;
            configure?.Invoke(options);
        });

    public void Dispose()
    {
        _iam.Dispose();
        _sdrs.Dispose();
    }
}
