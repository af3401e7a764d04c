using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>Stubs that answer a sequence: a job that progresses, an attempt that fails before one that
/// succeeds.</summary>
internal static class WireMockSequences
{
    /// <summary>Answers the matching requests in order, one response each, the last one from then on.</summary>
    public static void RespondInTurn(
        this WireMockServer server,
        IRequestBuilder request,
        string scenario,
        params IResponseBuilder[] responses
    )
    {
        for (int i = 0; i < responses.Length; i++)
        {
            var given = server.Given(request).InScenario(scenario);
            var stateful = i == 0 ? given : given.WhenStateIs($"{scenario}-{i}");
            var next = i < responses.Length - 1 ? stateful.WillSetStateTo($"{scenario}-{i + 1}") : stateful;
            next.RespondWith(responses[i]);
        }
    }
}
