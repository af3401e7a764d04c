using SdrsSdk.Tests.TestSupport;
using Xunit.Abstractions;

namespace SdrsSdk.Tests.Hostile;

/// <summary>
/// SDRS and IAM never redirect. Whatever the redirect code, method, credential or way the client was built, a
/// redirect to another host is not followed: the attacker receives nothing, and the call fails with a typed
/// exception that names the redirect, without being retried.
/// </summary>
public sealed class RedirectTests(ITestOutputHelper output)
{
    public static TheoryData<int, string, Secret, Construction> Matrix()
    {
        var data = new TheoryData<int, string, Secret, Construction>();
        foreach (int status in new[] { 301, 302, 303, 307, 308 })
        {
            foreach (string method in new[] { "GET", "POST", "PUT", "DELETE" })
            {
                foreach (Secret secret in Enum.GetValues<Secret>())
                {
                    foreach (Construction construction in Enum.GetValues<Construction>())
                    {
                        data.Add(status, method, secret, construction);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Call_RedirectToAnotherHost_AttackerReceivesNothingAndCallFailsTyped(
        int status,
        string method,
        Secret secret,
        Construction construction
    )
    {
        await using var attacker = new LoopbackServer(HostileClients.AttackerAnswers());
        bool iamRedirects = secret == Secret.IamPasswordAtIam;
        await using var iam = new LoopbackServer(
            iamRedirects ? HostileClients.Redirect(status, attacker) : HostileClients.IamIssuesToken()
        );
        await using var sdrs = new LoopbackServer(
            iamRedirects ? HostileClients.Unreachable() : HostileClients.Redirect(status, attacker)
        );
        using HostileClients.Lease lease = HostileClients.Create(
            construction,
            HostileClients.Credential(secret, iam.Endpoint),
            sdrs.Endpoint
        );

        Func<Task> call = () => HostileClients.CallAsync(lease.Client, method);

        SdrsInvalidResponseException thrown = (await call.Should().ThrowAsync<SdrsInvalidResponseException>()).Which;
        output.WriteLine($"attacker requests received: {attacker.RequestCount}; {thrown.Message}");
        attacker.RequestCount.Should().Be(0);
        thrown.Status.Should().Be(status);
        thrown
            .Message.Should()
            .Contain($"HTTP {status} redirect to {attacker.Endpoint.GetLeftPart(UriPartial.Authority)}")
            .And.Contain(iamRedirects ? "IAM never redirects; not followed" : "SDRS never redirects; not followed")
            .And.NotContain("stolen");
        (iamRedirects ? iam : sdrs).RequestCount.Should().Be(1, "a redirect is not retried");
        if (iamRedirects)
        {
            sdrs.RequestCount.Should().Be(0);
        }

        foreach (string secretText in TestCredentials.Secrets.Concat(MockIam.Secrets).Append(HostileClients.IamToken))
        {
            thrown.ToString().Should().NotContain(secretText);
        }
    }
}
