using System.Security.Cryptography;
using System.Text;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>
/// Stable UUIDs for the readable names tests give the cloud's resources: <c>TestIds.Of("ecs-a")</c> is the same UUID
/// on every call and every run, so a test keeps its names and still sends the IDs the service (and the emulator)
/// requires.
/// </summary>
internal static class TestIds
{
    public static string Of(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return new Guid(hash[..16]).ToString("D");
    }
}
