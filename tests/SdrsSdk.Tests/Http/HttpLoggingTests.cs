using System.Diagnostics;
using System.Net.Http.Json;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdrsSdk.Http.Internal;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// The HTTP log: what it shows (method, path, status, duration, request ID, attempt), which header values it may
/// show, bodies only on request, and never a secret: not the SK, a token, a security token, an IAM password or a
/// signature, at any level, nor in exception text, ToString() or debugger displays.
/// </summary>
[Collection(EnvironmentVariablesGroup.Name)]
public sealed class HttpLoggingTests : IDisposable
{
    private const string RequestId = "5e4d3c2b1a0998877665544332211000";
    private readonly MockSdrs _sdrs = new();
    private readonly MockIam _iam = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly EnvironmentScope _environment = new([]);

    public HttpLoggingTests()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("sdrs/quotas")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithHeader("Server", "sdrs-gateway")
                    .WithBody(Examples.Read("quotas/get.response.json"))
            );
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("active-domains")).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(401)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error_msg":"Incorrect IAM authentication information","error_code":"APIGW.0301"}""")
            );
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("server-groups")).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(503)
                    .WithHeader("X-Request-Id", RequestId)
                    .WithBody("""{"error":{"code":"SDRS.0408","message":"Null job"}}""")
            );
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Log_TraceLevelSignedAndTokenCallsWithFailures_ShowsNoSecret(bool logBodies)
    {
        _iam.StubToken(MockIam.TokenA, _sdrs.Time.GetUtcNow().AddDays(1));
        var exceptions = new List<Exception>();
        foreach (
            SdrsCredential credential in new SdrsCredential[]
            {
                TestCredentials.AkSk(withSecurityToken: true),
                TestCredentials.StaticToken(),
                _iam.Credential(),
            }
        )
        {
            using SdrsClient client = CreateClient(credential, options => options.Logging.LogBodies = logBodies);
            await client.Quotas.GetAsync();
            exceptions.Add(await Record.ExceptionAsync(() => client.ActiveDomains.ListAsync()));
            exceptions.Add(
                await Record.ExceptionAsync(() =>
                    client.ServerGroups.StartCreateAsync(
                        new CreateServerGroupRequest("pg-1", "az-a", "az-b", "d-1", "v-1")
                    )
                )
            );
        }

        string[] authorizations = _sdrs
            .Requests()
            .Select(request => request.Header("Authorization"))
            .OfType<string>()
            .ToArray();
        authorizations.Should().HaveCount(3, "the three AK/SK calls were signed");
        string[] signatures = authorizations.Select(value => value.Split("Signature=")[1]).ToArray();
        string everything =
            string.Join('\n', _logs.Messages) + string.Join('\n', exceptions.Select(exception => exception.ToString()));

        exceptions.Should().AllSatisfy(exception => exception.Should().BeAssignableTo<SdrsException>());
        _logs
            .Messages.Should()
            .Contain(message => message.StartsWith("Trace ", StringComparison.Ordinal), "the test logs at Trace level");
        AssertNoSecret(everything, signatures.Concat(authorizations));
        everything
            .Should()
            .Contain("Authorization: REDACTED")
            .And.Contain("X-Security-Token: REDACTED")
            .And.Contain("X-Auth-Token: REDACTED");
        everything.Should().Contain("X-Sdk-Date: 20240315T083000Z", "X-Sdk-Date is on the allow-list");
        everything.Should().ContainEquivalentOf($"X-Request-Id: {RequestId}");
        everything.Should().Contain("Server: REDACTED", "headers off the allow-list are redacted");
    }

    [Fact]
    public async Task Log_DependencyInjectionAtTrace_ShowsNoSecret()
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSdrsClient(options =>
        {
            options.Endpoint = _sdrs.Endpoint;
            options.AllowInsecureHttp = true;
            options.ProjectId = TestCredentials.ProjectId;
            options.Credential = TestCredentials.AkSk(withSecurityToken: true);
            options.TimeProvider = _sdrs.Time;
            options.Logging.LogBodies = true;
        });
        using ServiceProvider provider = services.BuildServiceProvider();
        SdrsClient client = provider.GetRequiredService<SdrsClient>();

        await client.Quotas.GetAsync();
        Exception failure = await Record.ExceptionAsync(() => client.ActiveDomains.ListAsync());

        string authorization = _sdrs.Requests()[0].Header("Authorization")!;
        string everything = string.Join('\n', _logs.Messages) + failure;
        everything.Should().Contain("SdrsSdk.Http", "the container's logger factory reaches the SDK's HTTP log");
        AssertNoSecret(everything, [authorization, authorization.Split("Signature=")[1]]);
    }

    [Fact]
    public async Task Log_CallLine_HasMethodPathStatusDurationRequestIdAndAttempts()
    {
        using SdrsClient client = CreateClient(TestCredentials.StaticToken());

        await client.Quotas.GetAsync();

        string line = _logs.Messages.Single(message =>
            message.StartsWith("Information SdrsSdk.Http:", StringComparison.Ordinal)
        );
        line.Should()
            .Contain($"SDRS GET {MockSdrs.ProjectPath("sdrs/quotas")} returned HTTP 200 in ")
            .And.Contain("after 1 attempt(s)")
            .And.Contain($"request ID {RequestId}")
            .And.Contain("ElapsedMilliseconds=")
            .And.Contain("Attempts=1");
        _logs
            .Messages.Should()
            .Contain(message =>
                message.StartsWith("Debug SdrsSdk.Http:", StringComparison.Ordinal)
                && message.Contains("(attempt 1, request ID", StringComparison.Ordinal)
            );
    }

    [Fact]
    public async Task Log_Default_LeavesBodiesOut()
    {
        using SdrsClient client = CreateClient(TestCredentials.StaticToken());

        await client.Quotas.GetAsync();
        await Record.ExceptionAsync(() =>
            client.ServerGroups.StartCreateAsync(
                new CreateServerGroupRequest("pg-secret-name", "az-a", "az-b", "d-1", "v-1")
            )
        );

        string everything = string.Join('\n', _logs.Messages);
        everything
            .Should()
            .NotContain("server_groups\"", "response bodies are off by default")
            .And.NotContain("pg-secret-name", "request bodies are off by default");
        everything.Should().NotContain("body of");
    }

    [Fact]
    public async Task Log_BodiesEnabled_ShowsBodiesWithSecretLookingFieldsMasked()
    {
        using HttpClient http = CreatePipelineClient(TestCredentials.AkSk(), logBodies: true);

        (
            await http.PostAsJsonAsync(
                "server-groups",
                new
                {
                    server_group = new
                    {
                        name = "pg-1",
                        admin_password = "Hunter2!pass",
                        auth_token = "tok-123456",
                    },
                }
            )
        ).Dispose();

        string everything = string.Join('\n', _logs.Messages);
        everything.Should().Contain("Request body of POST").And.Contain("\"name\":\"pg-1\"");
        everything.Should().Contain("\"admin_password\":\"***\"").And.Contain("\"auth_token\":\"***\"");
        everything.Should().NotContain("Hunter2!pass").And.NotContain("tok-123456");
        everything.Should().Contain("Response body of POST").And.Contain("Null job");
    }

    [Fact]
    public async Task Log_CredentialCall_NeverLogsItsBodies()
    {
        const string Password = "iam-password-never-logged";
        const string IssuedToken = "MIIissued-token-never-logged";
        _sdrs
            .Server.Given(Request.Create().WithPath("/v3/auth/tokens").UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(201)
                    .WithHeader("X-Subject-Token", IssuedToken)
                    .WithBody(
                        "{\"token\":{\"expires_at\":\"2024-03-16T08:30:00Z\",\"user\":{\"name\":\"ops\",\"password\":\""
                            + Password
                            + "\"}}}"
                    )
            );
        using HttpClient http = CreatePipelineClient(TestCredentials.StaticToken(), logBodies: true);

        (
            await http.PostAsJsonAsync(
                new Uri(_sdrs.Endpoint, "/v3/auth/tokens"),
                new
                {
                    auth = new
                    {
                        identity = new { password = new { user = new { name = "ops", password = Password } } },
                    },
                }
            )
        ).Dispose();

        string everything = string.Join('\n', _logs.Messages);
        everything.Should().Contain("/v3/auth/tokens", "the call itself is logged");
        everything
            .Should()
            .NotContain(Password)
            .And.NotContain(IssuedToken)
            .And.NotContain("body of POST /v3/auth/tokens");
        everything.Should().Contain("X-Subject-Token: REDACTED");
    }

    [Fact]
    public async Task Log_AllowList_IsConfigurableButNeverShowsCredentialHeaders()
    {
        using SdrsClient client = CreateClient(TestCredentials.AkSk(withSecurityToken: true), options =>
        {
            options.Logging.LoggedHeaderNames.Add("Server");
            options.Logging.LoggedHeaderNames.Add("Authorization");
            options.Logging.LoggedHeaderNames.Add("X-Security-Token");
            options.Logging.LoggedHeaderNames.Remove("User-Agent");
        });

        await client.Quotas.GetAsync();

        string everything = string.Join('\n', _logs.Messages);
        everything.Should().Contain("Server: sdrs-gateway").And.Contain("User-Agent: REDACTED");
        everything.Should().Contain("Authorization: REDACTED").And.Contain("X-Security-Token: REDACTED");
        AssertNoSecret(everything, [_sdrs.SingleRequest().Header("Authorization")!]);
    }

    [Fact]
    public void ToString_EveryOptionsAndCredentialType_ShowsNoSecret()
    {
        var retry = new SdrsRetryOptions { ConfigurePipeline = _ => { } };
        var options = new SdrsClientOptions
        {
            Credential = TestCredentials.AkSk(withSecurityToken: true),
            ProjectId = TestCredentials.ProjectId,
            Region = "ap-southeast-3",
            Retry = retry,
        };
        using var client = new SdrsClient(options);
        string[] texts =
        [
            options.ToString(),
            new SdrsClientOptions
            {
                Credential = TestCredentials.StaticToken(),
                ProjectId = "p",
                Region = "ap-southeast-3",
            }.ToString(),
            retry.ToString(),
            new SdrsLoggingOptions().ToString(),
            new JobPollingOptions().ToString(),
            TestCredentials.AkSk().ToString(),
            TestCredentials.AkSk(withSecurityToken: true).ToString(),
            TestCredentials.StaticToken().ToString(),
            client.ToString(),
            new SdrsTimeoutException(
                "POST",
                "/v1/p/server-groups",
                TimeSpan.FromSeconds(30),
                1,
                isOverallTimeout: false,
                null
            ).ToString(),
            _iam.Credential().ToString(),
            new IamPasswordCredentialOptions { ProjectName = MockIam.ProjectName }.ToString(),
            new SdrsClientOptions { Credential = _iam.Credential(), Region = "ap-southeast-3" }.ToString(),
        ];

        texts.Should().AllSatisfy(text => AssertNoSecret(text, []));
        texts[0].Should().Contain("Retry=SdrsRetryOptions(MaxRetries=3").And.Contain("SecurityToken=***");
        texts[2].Should().Contain("ConfigurePipeline=set");
        texts[3].Should().Contain("X-Sdk-Date").And.Contain("LogBodies=False");
        texts[4].Should().StartWith("JobPollingOptions(InitialDelay=00:00:01");
    }

    [Fact]
    public void DebuggerDisplay_OptionsAndCredentials_ShowToStringAndHideSecretFields()
    {
        Type[] types =
        [
            typeof(SdrsClientOptions),
            typeof(SdrsRetryOptions),
            typeof(SdrsLoggingOptions),
            typeof(JobPollingOptions),
            typeof(AccessKeyCredential),
            typeof(StaticTokenCredential),
            typeof(IamPasswordCredential),
            typeof(DefaultSdrsCredential),
            typeof(SdrsClient),
        ];

        types
            .Should()
            .AllSatisfy(type =>
                type.GetCustomAttribute<DebuggerDisplayAttribute>()
                    .Should()
                    .NotBeNull(type.Name)
                    .And.Subject.As<DebuggerDisplayAttribute>()
                    .Value.Should()
                    .Be("{ToString(),nq}", $"{type.Name} shows its masked ToString() in the debugger")
            );
        FieldInfo[] secretFields =
        [
            .. typeof(AccessKeyCredential)
                .GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Where(field => field.Name is "_signer" or "_securityToken"),
            .. typeof(StaticTokenCredential)
                .GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Where(field => field.Name == "_token"),
            .. typeof(IamPasswordCredential)
                .GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Where(field => field.Name == "_password"),
        ];
        secretFields
            .Should()
            .HaveCount(4)
            .And.AllSatisfy(field =>
                field
                    .GetCustomAttribute<DebuggerBrowsableAttribute>()!
                    .State.Should()
                    .Be(DebuggerBrowsableState.Never, $"{field.DeclaringType!.Name}.{field.Name} holds a secret")
            );
    }

    private SdrsClient CreateClient(SdrsCredential credential, Action<SdrsClientOptions>? configure = null) =>
        _sdrs.CreateClient(credential, options =>
        {
            options.LoggerFactory = LoggerFactory.Create(builder =>
                builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)
            );
            configure?.Invoke(options);
        });

    /// <summary>An HttpClient on the SDK's handler chain, to send requests no resource client makes.</summary>
    private HttpClient CreatePipelineClient(SdrsCredential credential, bool logBodies)
    {
        var options = new SdrsClientOptions
        {
            Endpoint = _sdrs.Endpoint,
            ProjectId = TestCredentials.ProjectId,
            Credential = credential,
            AllowInsecureHttp = true,
            TimeProvider = _sdrs.Time,
            Retry = new SdrsRetryOptions { MaxRetries = 0 },
            LoggerFactory = LoggerFactory.Create(builder => builder.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)),
        };
        options.Logging.LogBodies = logBodies;
        return new HttpClient(SdrsPipeline.CreateHandler(options, new SocketsHttpHandler()))
        {
            BaseAddress = SdrsPipeline.ProjectBaseAddress(options),
        };
    }

    private static void AssertNoSecret(string text, IEnumerable<string> more)
    {
        foreach (string secret in TestCredentials.Secrets.Concat(MockIam.Secrets).Concat(more))
        {
            text.Should().NotContain(secret);
        }
    }

    public void Dispose()
    {
        _environment.Dispose();
        _sdrs.Dispose();
        _iam.Dispose();
        _logs.Dispose();
    }
}
