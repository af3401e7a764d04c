using System.Globalization;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>A WireMock server standing in for IAM: <c>POST /v3/auth/tokens</c> and <c>GET /v3/projects</c>.</summary>
internal sealed class MockIam : IDisposable
{
    public const string UserName = "dr-operator";
    public const string Password = "Pa55+w0rd&<with>\"quotes\"";
    public const string DomainName = "acme-dr";
    public const string ProjectName = "ap-southeast-3";
    public const string TokenA = "MIIZiamTOKENfirstAAAAAAAAAAAAAAAAAAAAAAAAAAA1";
    public const string TokenB = "MIIZiamTOKENsecondBBBBBBBBBBBBBBBBBBBBBBBBBB2";
    public const string TokensPath = "/v3/auth/tokens";
    public const string ProjectsPath = "/v3/projects";

    public MockIam()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri Endpoint => new(Server.Url!);

    /// <summary>Every secret a test must never find in logs, messages or ToString().</summary>
    public static IReadOnlyList<string> Secrets { get; } = [Password, TokenA, TokenB];

    /// <summary>A credential pointed at this server (scoped to <see cref="ProjectName"/> unless configured
    /// otherwise).</summary>
    public IamPasswordCredential Credential(Action<IamPasswordCredentialOptions>? configure = null)
    {
        var options = new IamPasswordCredentialOptions { IamEndpoint = Endpoint, ProjectName = ProjectName };
        configure?.Invoke(options);
        return new IamPasswordCredential(UserName, Password, DomainName, options);
    }

    /// <summary>IAM's answer to a token request: 201, the token in X-Subject-Token, expiry and project in the
    /// body.</summary>
    public static IResponseBuilder TokenResponse(
        string token,
        DateTimeOffset expiresAt,
        string? projectId = TestCredentials.ProjectId,
        string? projectName = ProjectName
    ) =>
        Response
            .Create()
            .WithStatusCode(201)
            .WithHeader("Content-Type", "application/json;charset=UTF-8")
            .WithHeader("X-Subject-Token", token)
            .WithBody(TokenBody(expiresAt, projectId, projectName));

    /// <summary>The token body of reference 3.3, with the expiry in IAM's format
    /// (<c>2019-02-13T06:52:13.855000Z</c>).</summary>
    public static string TokenBody(DateTimeOffset expiresAt, string? projectId, string? projectName)
    {
        var token = new JsonObject
        {
            ["expires_at"] = expiresAt.UtcDateTime.ToString(
                "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'",
                CultureInfo.InvariantCulture
            ),
            ["methods"] = new JsonArray("password"),
            ["catalog"] = new JsonArray(),
            ["user"] = new JsonObject
            {
                ["name"] = UserName,
                ["domain"] = new JsonObject { ["name"] = DomainName },
            },
        };
        if (projectId is not null || projectName is not null)
        {
            token["project"] = new JsonObject { ["id"] = projectId, ["name"] = projectName };
        }

        return new JsonObject { ["token"] = token }.ToJsonString();
    }

    /// <summary>Answers every token request with one token.</summary>
    public void StubToken(
        string token,
        DateTimeOffset expiresAt,
        string? projectId = TestCredentials.ProjectId,
        string? projectName = ProjectName,
        TimeSpan? delay = null
    )
    {
        IResponseBuilder response = TokenResponse(token, expiresAt, projectId, projectName);
        if (delay is { } wait)
        {
            response = response.WithDelay(wait);
        }

        Server.Given(Request.Create().WithPath(TokensPath).UsingPost()).RespondWith(response);
    }

    /// <summary>Answers the first token request with token A, every later one with token B.</summary>
    public void StubTokensInTurn(DateTimeOffset expiresA, DateTimeOffset expiresB, TimeSpan? delay = null)
    {
        IResponseBuilder first = TokenResponse(TokenA, expiresA);
        if (delay is { } wait)
        {
            first = first.WithDelay(wait);
        }

        Server
            .Given(Request.Create().WithPath(TokensPath).UsingPost())
            .InScenario("tokens")
            .WillSetStateTo("issued A")
            .RespondWith(first);
        Server
            .Given(Request.Create().WithPath(TokensPath).UsingPost())
            .InScenario("tokens")
            .WhenStateIs("issued A")
            .RespondWith(TokenResponse(TokenB, expiresB));
    }

    public void StubTokenError(int status, string body) =>
        Server
            .Given(Request.Create().WithPath(TokensPath).UsingPost())
            .RespondWith(
                Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body)
            );

    public IReadOnlyList<IRequestMessage> TokenRequests() =>
        Server.LogEntries.Select(entry => entry.RequestMessage!).Where(request => request.Path == TokensPath).ToList();

    public IReadOnlyList<IRequestMessage> ProjectRequests() =>
        Server
            .LogEntries.Select(entry => entry.RequestMessage!)
            .Where(request => request.Path == ProjectsPath)
            .ToList();

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
