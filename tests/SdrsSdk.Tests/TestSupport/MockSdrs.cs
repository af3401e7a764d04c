using Microsoft.Extensions.Time.Testing;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>A WireMock server standing in for SDRS, and clients pointed at it.</summary>
internal sealed class MockSdrs : IDisposable
{
    public MockSdrs()
    {
        Server = WireMockServer.Start();
    }

    public WireMockServer Server { get; }

    public Uri Endpoint => new(Server.Url!);

    /// <summary>A fake clock set to 2024-03-15T08:30:00Z.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2024, 3, 15, 8, 30, 0, TimeSpan.Zero));

    /// <summary>The path of a project-scoped resource.</summary>
    public static string ProjectPath(string relative) => $"/v1/{TestCredentials.ProjectId}/{relative}";

    /// <summary>
    /// A client on this server. Retries are off (each call is one exchange, and the fake clock, which nothing
    /// advances, would hold a retry's wait forever); resilience tests turn them on in <paramref name="configure"/>.
    /// </summary>
    public SdrsClient CreateClient(SdrsCredential? credential = null, Action<SdrsClientOptions>? configure = null)
    {
        var options = new SdrsClientOptions
        {
            Endpoint = Endpoint,
            ProjectId = TestCredentials.ProjectId,
            Credential = credential ?? TestCredentials.StaticToken(),
            AllowInsecureHttp = true,
            TimeProvider = Time,
            Retry = new SdrsRetryOptions { MaxRetries = 0 },

            // A stub answers only what a test maps, so the read-back of an ambiguous write would meet unmapped routes:
            // tests of the wire see the write's own failure, and tests of the resolution turn it on.
            ResolveAmbiguousWrites = false,
        };
        configure?.Invoke(options);
        return new SdrsClient(options);
    }

    /// <summary>Answers <paramref name="method"/> on a project-scoped path with a JSON example from the
    /// reference.</summary>
    public void StubExample(string method, string relativePath, string responseFile, int status = 200) =>
        Server
            .Given(Request.Create().WithPath(ProjectPath(relativePath)).UsingMethod(method))
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(status)
                    .WithHeader("Content-Type", "application/json")
                    .WithBody(Examples.Read(responseFile))
            );

    /// <summary>Answers the quota query (reference 5.9.1) of <paramref name="projectId"/> with the reference
    /// example.</summary>
    public void StubQuotas(string projectId = TestCredentials.ProjectId) =>
        Server
            .Given(Request.Create().WithPath($"/v1/{projectId}/sdrs/quotas").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("quotas/get.response.json")));

    /// <summary>The only request the server received.</summary>
    public IRequestMessage SingleRequest()
    {
        var entries = Server.LogEntries.ToList();
        entries.Should().ContainSingle("exactly one request should have reached the server");
        return entries[0].RequestMessage!;
    }

    public IReadOnlyList<IRequestMessage> Requests() =>
        Server.LogEntries.Select(entry => entry.RequestMessage!).ToList();

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }
}
