using System.Text;
using System.Text.Json;
using SdrsSdk.Benchmarks.Floor;

namespace SdrsSdk.Tests.Signing;

/// <summary>
/// The benchmarks' floor signer (tests/SdrsSdk.Benchmarks/Floor/FloorSigner.cs, compiled in here too) passes the
/// official vectors, so the SDK's signer is measured against a floor that does the same job.
/// </summary>
public sealed class FloorSignerTests
{
    [Fact]
    public void Sign_EveryOfficialVector_ProducesOfficialAuthorization()
    {
        using JsonDocument document = JsonDocument.Parse(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signing", "vectors.json"))
        );
        int count = 0;
        foreach (JsonElement vector in document.RootElement.GetProperty("vectors").EnumerateArray())
        {
            KeyValuePair<string, string>[] headers = vector
                .GetProperty("headers")
                .EnumerateObject()
                .Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!))
                .ToArray();
            using var signer = new FloorSigner(
                vector.GetProperty("ak").GetString()!,
                vector.GetProperty("sk").GetString()!
            );
            var uri = new Uri(vector.GetProperty("url").GetString()!);
            byte[] body = Encoding.UTF8.GetBytes(vector.GetProperty("body").GetString()!);

            string authorization = signer.Sign(vector.GetProperty("method").GetString()!, uri, headers, body);
            string again = signer.Sign(vector.GetProperty("method").GetString()!, uri, headers, body);

            authorization
                .Should()
                .Be(vector.GetProperty("expected_authorization").GetString(), vector.GetProperty("id").GetString());
            again.Should().Be(authorization, "the reused hash objects reset between signatures");
            count++;
        }

        count.Should().BeGreaterThanOrEqualTo(14);
    }
}
