using System.Text;
using Xunit.Abstractions;

namespace SdrsSdk.Tests.Hostile;

/// <summary>A broken or hostile body, from SDRS or from IAM.</summary>
public enum Body
{
    /// <summary>Declares 400 MB and starts sending them.</summary>
    Oversized,

    /// <summary>Chunked, and never ends.</summary>
    Endless,

    /// <summary>Headers, then not a byte more.</summary>
    Stalled,

    /// <summary>JSON nested 100,000 levels deep.</summary>
    TooDeep,

    /// <summary>JSON whose strings are not UTF-8.</summary>
    NotUtf8,
}

/// <summary>Whose answer is hostile.</summary>
public enum Where
{
    Sdrs,
    Iam,
}

/// <summary>
/// A hostile or broken body, from SDRS or from IAM, ends the call within the configured timeouts with a typed
/// exception, and the client reads no more than its bound: the server cannot make it hold the body in memory.
/// </summary>
public sealed class HostileBodyTests(ITestOutputHelper output)
{
    private const long BodyLimit = 64 * 1024;

    /// <summary>
    /// The most bytes a server may manage to write before the client stops it: the client's bound, plus what the
    /// loopback socket buffers and the connection drain take in; far below the 400 MB (or endless) body offered.
    /// </summary>
    private const long WrittenBound = 48L * 1024 * 1024;

    public static TheoryData<Body, Where, Construction> Cases()
    {
        var data = new TheoryData<Body, Where, Construction>();
        foreach (Body body in Enum.GetValues<Body>())
        {
            foreach (Where where in Enum.GetValues<Where>())
            {
                foreach (Construction construction in Enum.GetValues<Construction>())
                {
                    data.Add(body, where, construction);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GetAsync_HostileBody_EndsTypedWithinBounds(Body body, Where where, Construction construction)
    {
        // Short timeouts only where the server stalls: elsewhere the call must end on the body, not on a timeout.
        bool stalls = body == Body.Stalled;
        await using var hostile = new LoopbackServer(Script(body, where == Where.Iam ? 201 : 200));
        await using var iam = new LoopbackServer(HostileClients.IamIssuesToken());
        await using var sdrs = new LoopbackServer(HostileClients.Unreachable());
        Uri sdrsEndpoint = where == Where.Sdrs ? hostile.Endpoint : sdrs.Endpoint;
        SdrsCredential credential = HostileClients.Credential(
            Secret.IamPasswordAtIam,
            where == Where.Iam ? hostile.Endpoint : iam.Endpoint,
            iamTimeout: stalls ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(10)
        );

        Exception thrown;
        using (HostileClients.Lease lease = HostileClients.Create(construction, credential, sdrsEndpoint, options =>
            {
                options.MaxResponseBodySize = BodyLimit;
                options.Retry.MaxRetries = 0;
                options.Retry.AttemptTimeout = stalls ? TimeSpan.FromMilliseconds(600) : TimeSpan.FromSeconds(20);
                options.Timeout = stalls ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30);
            }))
        {
            Func<Task> call = () => lease.Client.ServerGroups.GetAsync(HostileClients.ServerGroupId);
            thrown = (await call.Should().ThrowAsync<Exception>()).Which;
        }

        await hostile.ConnectionsEndedAsync();
        output.WriteLine(
            $"{body} from {where}: {thrown.GetType().Name}: {thrown.Message}; the server wrote "
                + $"{hostile.BytesWritten} bytes"
        );
        hostile.RequestCount.Should().Be(1);
        hostile.BytesWritten.Should().BeLessThan(WrittenBound);
        switch (body)
        {
            case Body.Oversized or Body.Endless:
                thrown
                    .Should()
                    .BeOfType<SdrsInvalidResponseException>()
                    .Which.Message.Should()
                    .Contain($"larger than the {BodyLimit} bytes the client accepts");
                break;
            case Body.Stalled:
                thrown.Should().BeOfType<SdrsTimeoutException>("a stall on SDRS or on IAM is typed alike");
                break;
            default:
                thrown.Should().BeOfType<SdrsInvalidResponseException>();
                break;
        }
    }

    private static Func<LoopbackExchange, Task> Script(Body body, int status) =>
        body switch
        {
            Body.Oversized => async exchange =>
            {
                await exchange.WriteHeadAsync(
                    status,
                    ("Content-Type", "application/json"),
                    ("Content-Length", "400000000"),
                    ("X-Subject-Token", "t")
                );
                await exchange.WriteRepeatedlyAsync(Filler());
            },
            Body.Endless => async exchange =>
            {
                await exchange.WriteHeadAsync(
                    status,
                    ("Content-Type", "application/json"),
                    ("Transfer-Encoding", "chunked"),
                    ("X-Subject-Token", "t")
                );
                byte[] data = Filler();
                byte[] chunk = [.. Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"), .. data, .. "\r\n"u8];
                await exchange.WriteRepeatedlyAsync(chunk);
            },
            Body.Stalled => async exchange =>
            {
                await exchange.WriteHeadAsync(
                    status,
                    ("Content-Type", "application/json"),
                    ("Content-Length", "1000"),
                    ("X-Subject-Token", "t")
                );
                await exchange.WaitForClientToLeaveAsync();
            },
            Body.TooDeep => exchange =>
                exchange.WriteResponseAsync(
                    status,
                    [.. Enumerable.Repeat((byte)'[', 100_000), .. Enumerable.Repeat((byte)']', 100_000)],
                    ("X-Subject-Token", "t")
                ),
            _ => exchange =>
                exchange.WriteResponseAsync(
                    status,
                    [
                        .. """{"token":{"expires_at":"2099-01-01T00:00:00.000000Z","project":{"id":"""u8,
                        0x22,
                        0xFF,
                        0xFE,
                        0xC3,
                        0x28,
                        0x22,
                        .. ""","name":"x"}},"server_group":{"id":"""u8,
                        0x22,
                        0xFF,
                        0xFE,
                        0xC3,
                        0x28,
                        0x22,
                        .. "}}"u8,
                    ],
                    ("X-Subject-Token", "t")
                ),
        };

    private static byte[] Filler() => Enumerable.Repeat((byte)' ', 16 * 1024).ToArray();
}
