using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Auth;

/// <summary>Tokens obtained from IAM with a password: first fetch, reuse, renewal, concurrency, 401 retry, IAM
/// errors.</summary>
public sealed class IamPasswordCredentialTests : IDisposable
{
    private static readonly string QuotasPath = MockSdrs.ProjectPath("sdrs/quotas");
    private readonly MockSdrs _sdrs = new();
    private readonly MockIam _iam = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ILoggerFactory _loggerFactory;

    public IamPasswordCredentialTests()
    {
        _loggerFactory = LoggerFactory.Create(builder => builder.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
    }

    private DateTimeOffset Now => _sdrs.Time.GetUtcNow();

    [Fact]
    public async Task FirstCall_RequestsTokenWithReferenceBody_AndSendsItAsAuthToken()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());

        await client.Quotas.GetAsync();

        var tokenRequest = _iam.TokenRequests().Should().ContainSingle().Subject;
        tokenRequest.Method.Should().Be("POST");
        tokenRequest.Header("Content-Type").Should().StartWith("application/json");
        tokenRequest
            .Header("X-Auth-Token")
            .Should()
            .BeNull("the token request is the one IAM call that needs no authentication");
        tokenRequest.ShouldHaveJsonBody(
            JsonNode.Parse(
                $$"""
                {
                    "auth": {
                        "identity": {
                            "methods": ["password"],
                            "password": {
                                "user": {
                                    "name": "{{MockIam.UserName}}",
                                    "password": {{JsonValue.Create(MockIam.Password).ToJsonString()}},
                                    "domain": { "name": "{{MockIam.DomainName}}" }
                                }
                            }
                        },
                        "scope": { "project": { "name": "{{MockIam.ProjectName}}" } }
                    }
                }
                """
            )!
        );
        var sdrsRequest = _sdrs.SingleRequest();
        sdrsRequest.Header(StaticTokenCredential.HeaderName).Should().Be(MockIam.TokenA);
        sdrsRequest.Header("Authorization").Should().BeNull();
        sdrsRequest.Path.Should().Be(QuotasPath);
    }

    [Fact]
    public async Task FirstCall_NoScopeOnCredential_ScopesTokenToClientProjectId()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential(options => options.ProjectName = null));

        await client.Quotas.GetAsync();

        JsonNode body = JsonNode.Parse(_iam.TokenRequests().Single().Body!)!;
        JsonNode
            .DeepEquals(
                body["auth"]!["scope"],
                JsonNode.Parse($$$"""{"project":{"id":"{{{TestCredentials.ProjectId}}}"}}""")
            )
            .Should()
            .BeTrue(body.ToJsonString());
    }

    [Fact]
    public async Task FirstCall_ProjectIdOnCredential_ScopesTokenById()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(
            _iam.Credential(options =>
            {
                options.ProjectName = null;
                options.ProjectId = TestCredentials.ProjectId;
            }),
            options => options.ProjectId = null
        );

        await client.Quotas.GetAsync();

        JsonNode body = JsonNode.Parse(_iam.TokenRequests().Single().Body!)!;
        body["auth"]!["scope"]!["project"]!["id"]!.GetValue<string>().Should().Be(TestCredentials.ProjectId);
        body["auth"]!["scope"]!["project"]!["name"].Should().BeNull();
        _sdrs
            .SingleRequest()
            .Path.Should()
            .Be(QuotasPath, "the credential's project ID is the client's when the client sets none");
    }

    [Fact]
    public async Task SecondCall_WithinValidity_ReusesToken()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());

        await client.Quotas.GetAsync();
        _sdrs.Time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(44));
        await client.Quotas.GetAsync();

        _iam.TokenRequests().Should().ContainSingle();
        _sdrs
            .Requests()
            .Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenA);
    }

    [Fact]
    public async Task Call_PastRefreshMargin_RenewsTokenBeforeItExpires()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());

        await client.Quotas.GetAsync();
        _sdrs.Time.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(45) + TimeSpan.FromSeconds(1));
        await client.Quotas.GetAsync();
        await client.Quotas.GetAsync();

        _iam.TokenRequests()
            .Should()
            .HaveCount(2, "the default margin is 15 minutes: the token is renewed 14 min 59 s before it expires");
        _sdrs
            .Requests()
            .Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenB, MockIam.TokenB);
    }

    [Fact]
    public async Task Call_ConfiguredRefreshMargin_IsHonoured()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(
            _iam.Credential(options => options.RefreshMargin = TimeSpan.FromHours(2))
        );

        await client.Quotas.GetAsync();
        _sdrs.Time.Advance(TimeSpan.FromHours(21) + TimeSpan.FromMinutes(59));
        await client.Quotas.GetAsync();
        _sdrs.Time.Advance(TimeSpan.FromMinutes(2));
        await client.Quotas.GetAsync();

        _sdrs
            .Requests()
            .Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenA, MockIam.TokenB);
    }

    [Fact]
    public async Task TwentyConcurrentCalls_WithoutToken_RequestExactlyOneToken()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), delay: TimeSpan.FromMilliseconds(300));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Quotas.GetAsync()));

        _iam.TokenRequests().Should().ContainSingle();
        _sdrs
            .Requests()
            .Should()
            .HaveCount(20)
            .And.OnlyContain(request => request.Header(StaticTokenCredential.HeaderName) == MockIam.TokenA);
    }

    [Fact]
    public async Task TwentyConcurrentCalls_TokenDue_ShareOneRenewal()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48), delay: null);
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());
        await client.Quotas.GetAsync();
        _iam.Server.ResetMappings();
        _iam.StubToken(MockIam.TokenB, Now.AddHours(48), delay: TimeSpan.FromMilliseconds(300));
        _sdrs.Time.Advance(TimeSpan.FromHours(23.9));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Quotas.GetAsync()));

        _iam.TokenRequests().Should().HaveCount(2);
        _sdrs
            .Requests()
            .Skip(1)
            .Should()
            .HaveCount(20)
            .And.OnlyContain(request => request.Header(StaticTokenCredential.HeaderName) == MockIam.TokenB);
    }

    [Fact]
    public async Task Unauthorized_Once_RenewsTokenAndSendsTheSameRequestOnceMore()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        const string TagsPath = "protected-instances/4f2bdf18-4dd5-4a6b-9bd1-6b1d1e5a8e0c/tags";
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath(TagsPath))
                    .UsingPost()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenA)
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithBody("""{"error_msg":"The token has expired.","error_code":"APIGW.0307"}""")
            );
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(MockSdrs.ProjectPath(TagsPath))
                    .UsingPost()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenB)
            )
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = CreateClient(_iam.Credential());

        await client.Tags.AddTagAsync("4f2bdf18-4dd5-4a6b-9bd1-6b1d1e5a8e0c", "tier", "gold");

        _iam.TokenRequests().Should().HaveCount(2, "one token, then one renewal after the 401");
        var sent = _sdrs.Requests();
        sent.Should().HaveCount(2, "the request is sent once more, and only once");
        sent.Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenB);
        sent[1].Body.Should().NotBeNullOrEmpty().And.Be(sent[0].Body, "the body is sent again, byte for byte");
        JsonNode
            .DeepEquals(JsonNode.Parse(sent[1].Body!), JsonNode.Parse("""{"tag":{"key":"tier","value":"gold"}}"""))
            .Should()
            .BeTrue();
        _logs.Messages.Should().Contain(message => message.Contains("HTTP 401") && message.Contains("sent once more"));
    }

    [Fact]
    public async Task Unauthorized_Twice_ThrowsAuthenticationExceptionAfterOneRetry()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithBody("""{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301"}""")
            );
        using SdrsClient client = CreateClient(_iam.Credential());

        var exception = await Assert.ThrowsAsync<SdrsAuthenticationException>(() => client.Quotas.GetAsync());

        exception.Status.Should().Be(401);
        exception.ErrorCode.Should().Be("APIGW.0301");
        exception.Path.Should().Be(QuotasPath);
        _iam.TokenRequests().Should().HaveCount(2);
        _sdrs.Requests().Should().HaveCount(2);
        AssertNoSecret(exception.ToString());
    }

    [Fact]
    public async Task Unauthorized_TwentyConcurrentCallsWithOneStaleToken_RenewOnce()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48), delay: TimeSpan.FromMilliseconds(100));
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(QuotasPath)
                    .UsingGet()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenA)
            )
            .RespondWith(Response.Create().WithStatusCode(401).WithDelay(TimeSpan.FromMilliseconds(100)));
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(QuotasPath)
                    .UsingGet()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenB)
            )
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));
        using SdrsClient client = CreateClient(_iam.Credential());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.Quotas.GetAsync()));

        _iam.TokenRequests().Should().HaveCount(2, "20 rejections of the same token cause one renewal");
        _sdrs.Requests().Should().HaveCount(40);
    }

    [Fact]
    public async Task Unauthorized_WithAccessKeyOrStaticToken_IsNotRetried()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(QuotasPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithBody("""{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301"}""")
            );

        foreach (
            SdrsCredential credential in new SdrsCredential[] { TestCredentials.AkSk(), TestCredentials.StaticToken() }
        )
        {
            using SdrsClient client = CreateClient(credential);
            await Assert.ThrowsAsync<SdrsAuthenticationException>(() => client.Quotas.GetAsync());
        }

        _sdrs
            .Requests()
            .Should()
            .HaveCount(2, "neither an AK/SK nor a fixed token can be renewed, so each request goes once");
        _sdrs.Requests()[0].ShouldHaveValidSignature();
    }

    public static TheoryData<int, string, Type, string, string> IamErrors =>
        new()
        {
            {
                401,
                """{"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}}""",
                typeof(SdrsAuthenticationException),
                "401",
                "The username or password is wrong."
            },
            {
                403,
                """{"error_msg":"You do not have permission to perform this operation.","error_code":"IAM.0003"}""",
                typeof(SdrsPermissionException),
                "IAM.0003",
                "You do not have permission to perform this operation."
            },
            {
                500,
                """{"error":{"code":500,"message":"An unexpected error prevented the server from fulfilling your request.","title":"Internal Server Error"}}""",
                typeof(SdrsServerException),
                "500",
                "An unexpected error prevented the server from fulfilling your request."
            },
        };

    [Theory]
    [MemberData(nameof(IamErrors))]
    public async Task TokenRequest_IamError_BecomesTypedExceptionAndSdrsIsNotCalled(
        int status,
        string body,
        Type expectedType,
        string code,
        string message
    )
    {
        _iam.StubTokenError(status, body);
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());

        Exception thrown = await Record.ExceptionAsync(() => client.Quotas.GetAsync());

        thrown.Should().BeOfType(expectedType);
        var exception = (SdrsException)thrown;
        exception.Status.Should().Be(status);
        exception.ErrorCode.Should().Be(code);
        exception.ErrorMessage.Should().Be(message);
        exception.Method.Should().Be("POST");
        exception.Path.Should().Be(MockIam.TokensPath);
        exception.RawBody.Should().Be(body);
        _sdrs.Server.LogEntries.Should().BeEmpty();
        AssertNoSecret(exception.ToString());
        AssertNoSecret(string.Join('\n', _logs.Messages));
    }

    [Fact]
    public async Task TokenRequest_SuccessWithoutSubjectToken_ThrowsInvalidResponse()
    {
        _iam.Server.Given(Request.Create().WithPath(MockIam.TokensPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(201)
                    .WithBody(MockIam.TokenBody(Now.AddHours(24), TestCredentials.ProjectId, MockIam.ProjectName))
            );
        using SdrsClient client = CreateClient(_iam.Credential());

        var exception = await Assert.ThrowsAsync<SdrsInvalidResponseException>(() => client.Quotas.GetAsync());

        exception.Message.Should().Contain("X-Subject-Token");
        exception.Status.Should().Be(201);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task Renewal_IamFailsWhileTokenValid_KeepsUsingTokenAndTriesAgainLater()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());
        await client.Quotas.GetAsync();
        _iam.Server.ResetMappings();
        _iam.StubTokenError(
            503,
            """{"error":{"code":503,"message":"Service Unavailable","title":"Service Unavailable"}}"""
        );
        _sdrs.Time.Advance(TimeSpan.FromHours(23.8));

        await client.Quotas.GetAsync();
        await client.Quotas.GetAsync();
        _iam.Server.ResetMappings();
        _iam.StubToken(MockIam.TokenB, Now.AddHours(24));
        _sdrs.Time.Advance(TimeSpan.FromSeconds(31));
        await client.Quotas.GetAsync();

        _iam.TokenRequests()
            .Should()
            .HaveCount(3, "one renewal failed, the next call within 30 s did not retry it, the one after did");
        _sdrs
            .Requests()
            .Select(request => request.Header(StaticTokenCredential.HeaderName))
            .Should()
            .Equal(MockIam.TokenA, MockIam.TokenA, MockIam.TokenA, MockIam.TokenB);
        _logs
            .Messages.Should()
            .Contain(message =>
                message.StartsWith("Warning") && message.Contains("SdrsServerException") && message.Contains("HTTP 503")
            );
    }

    [Fact]
    public async Task Renewal_IamFailsAfterTokenExpired_Throws()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());
        await client.Quotas.GetAsync();
        _iam.Server.ResetMappings();
        _iam.StubTokenError(
            503,
            """{"error":{"code":503,"message":"Service Unavailable","title":"Service Unavailable"}}"""
        );
        _sdrs.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));

        var exception = await Assert.ThrowsAsync<SdrsServerException>(() => client.Quotas.GetAsync());

        exception.Path.Should().Be(MockIam.TokensPath);
        _sdrs.Requests().Should().ContainSingle("an expired token is never sent");
    }

    [Fact]
    public async Task CancelledWaiter_DoesNotCancelTheSharedRenewal()
    {
        _iam.StubToken(MockIam.TokenA, Now.AddHours(24), delay: TimeSpan.FromMilliseconds(500));
        _sdrs.StubQuotas();
        using SdrsClient client = CreateClient(_iam.Credential());
        using var cancellation = new CancellationTokenSource();

        Task cancelled = client.Quotas.GetAsync(cancellation.Token);
        Task other = client.Quotas.GetAsync();
        await Task.Delay(100);
        await cancellation.CancelAsync();

        await FluentActions.Awaiting(() => cancelled).Should().ThrowAsync<OperationCanceledException>();
        await other;
        _iam.TokenRequests().Should().ContainSingle();
        _sdrs
            .Requests()
            .Should()
            .ContainSingle()
            .Which.Header(StaticTokenCredential.HeaderName)
            .Should()
            .Be(MockIam.TokenA);
    }

    [Fact]
    public async Task FullFlow_LogsExceptionsAndToString_ShowNoPasswordOrToken()
    {
        _iam.StubTokensInTurn(Now.AddHours(24), Now.AddHours(48));
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(QuotasPath)
                    .UsingGet()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenA)
            )
            .RespondWith(Response.Create().WithStatusCode(401));
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(QuotasPath)
                    .UsingGet()
                    .WithHeader(StaticTokenCredential.HeaderName, MockIam.TokenB)
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(403)
                    .WithBody("""{"error":{"code":"SDRS.0004","message":"Invalid roles"}}""")
            );
        IamPasswordCredential credential = _iam.Credential();
        using SdrsClient client = CreateClient(credential);

        Exception exception = await Record.ExceptionAsync(() => client.Quotas.GetAsync());

        exception.Should().BeOfType<SdrsPermissionException>();
        _logs.Messages.Should().NotBeEmpty();
        string everything =
            string.Join('\n', _logs.Messages)
            + exception
            + ((SdrsException)exception).Details
            + credential
            + client
            + client.Options
            + new IamPasswordCredentialOptions { ProjectName = "p" };
        AssertNoSecret(everything);
        credential
            .ToString()
            .Should()
            .Be(
                $"IamPasswordCredential(User={MockIam.UserName}, Domain={MockIam.DomainName}, "
                    + $"ProjectName={MockIam.ProjectName}, IamEndpoint={_iam.Endpoint}, Password=***)"
            );
    }

    [Fact]
    public void Credential_SecretFields_AreHiddenFromTheDebugger()
    {
        // Hand-written private fields (the password, the token cache); backing fields of the public, non-secret
        // properties are shown by the debugger like the properties themselves (and hidden only in Debug builds).
        var fields = typeof(IamPasswordCredential)
            .GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)
            .Where(field => !field.Name.EndsWith(">k__BackingField", StringComparison.Ordinal))
            .ToList();

        fields.Should().NotBeEmpty();
        fields
            .Should()
            .OnlyContain(field =>
                field
                    .GetCustomAttributes(typeof(System.Diagnostics.DebuggerBrowsableAttribute), false)
                    .Cast<System.Diagnostics.DebuggerBrowsableAttribute>()
                    .Any(attribute => attribute.State == System.Diagnostics.DebuggerBrowsableState.Never)
            );
        typeof(IamPasswordCredential)
            .GetCustomAttributes(typeof(System.Diagnostics.DebuggerDisplayAttribute), false)
            .Should()
            .ContainSingle();
    }

    [Theory]
    [InlineData("", "pw", "domain")]
    [InlineData(" ", "pw", "domain")]
    [InlineData("user", "", "domain")]
    [InlineData("user", "pw", "")]
    [InlineData("user\n", "pw", "domain")]
    [InlineData("user", "pw", "do\r\nmain")]
    public void Constructor_MissingOrBrokenValue_Throws(string userName, string password, string domainName)
    {
        Action act = () => _ = new IamPasswordCredential(userName, password, domainName);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_InvalidOptions_NameTheOption()
    {
        static Action Create(IamPasswordCredentialOptions options) =>
            () => _ = new IamPasswordCredential("u", MockIam.Password, "d", options);

        Create(new() { ProjectName = "p", ProjectId = "0605767d4a00d5762fb7c0005c8d6e22" })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*ProjectName or ProjectId, not both*");
        Create(new() { ProjectId = "../etc" })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*ProjectId may contain only*");
        Create(new() { RefreshMargin = TimeSpan.FromMinutes(-1) })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*RefreshMargin must be from zero to 12 hours*");
        Create(new() { RefreshMargin = TimeSpan.FromHours(13) })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*RefreshMargin*");
        Create(new() { IamEndpoint = new Uri("ftp://iam.example.com") })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*IamEndpoint must be an absolute https URI*");
        Create(new() { IamEndpoint = new Uri("https://iam.example.com/?x=1") })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*IamEndpoint*");
        Create(new() { Timeout = TimeSpan.Zero })
            .Should()
            .Throw<ArgumentException>()
            .WithMessage("*Timeout must be positive*");
        Create(new() { ProjectName = "p", RefreshMargin = TimeSpan.Zero }).Should().NotThrow();
    }

    private SdrsClient CreateClient(SdrsCredential credential, Action<SdrsClientOptions>? configure = null) =>
        _sdrs.CreateClient(credential, options =>
        {
            options.LoggerFactory = _loggerFactory;
            configure?.Invoke(options);
        });

    private static void AssertNoSecret(string text)
    {
        foreach (string secret in MockIam.Secrets.Concat(TestCredentials.Secrets))
        {
            text.Should().NotContain(secret);
        }
    }

    public void Dispose()
    {
        _loggerFactory.Dispose();
        _iam.Dispose();
        _sdrs.Dispose();
    }
}
