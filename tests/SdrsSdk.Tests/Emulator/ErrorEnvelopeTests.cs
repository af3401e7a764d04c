using System.Text.Json.Nodes;

namespace SdrsSdk.Tests.Emulator;

/// <summary>The wrapper of each SDRS error envelope: <c>itemNotFound</c> for a 404, <c>badrequest</c> for a request
/// the emulator cannot read, <c>error</c> for every other refusal.</summary>
public sealed class ErrorEnvelopeTests : EmulatorTest
{
    [Fact]
    public async Task AMissingJob_IsAnItemNotFoundEnvelope()
    {
        (int status, JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Get,
            ProjectPath("jobs/0000000000000000000000000000abcd")
        );

        status.Should().Be(404);
        EnvelopeOf(body).Should().Be(("itemNotFound", "SDRS.0408"));
    }

    [Fact]
    public async Task AnUnknownApiVersion_IsAnItemNotFoundEnvelope()
    {
        (int status, JsonNode? body, _) = await SendRawAsync(HttpMethod.Get, "v9");

        status.Should().Be(404);
        EnvelopeOf(body).Wrapper.Should().Be("itemNotFound");
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("not json")]
    public async Task AnUnreadableBody_IsABadRequestEnvelope(string json)
    {
        (int status, JsonNode? body, _) = await SendRawAsync(HttpMethod.Post, ProjectPath("server-groups"), json);

        status.Should().Be(400);
        EnvelopeOf(body).Should().Be(("badrequest", "SDRS.0201"));
    }

    [Fact]
    public async Task APreconditionRefusal_IsAnErrorEnvelope()
    {
        (int status, JsonNode? body, _) = await SendRawAsync(
            HttpMethod.Get,
            ProjectPath("server-groups/1b8c2e3f-0a9d-4c55-9b1e-3f0e1d2c4b5a")
        );

        status.Should().Be(400);
        EnvelopeOf(body).Should().Be(("error", "SDRS.1013"));
    }
}
