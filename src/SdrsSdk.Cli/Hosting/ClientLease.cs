using SdrsSdk.Testing;

namespace SdrsSdk.Cli.Hosting;

/// <summary>The client a command runs with, and what the tool must dispose after it (nothing for a client a test
/// passed in).</summary>
internal sealed class ClientLease(
    SdrsClient client,
    bool owned,
    SdrsEmulator? emulator = null,
    JobPollingOptions? polling = null
) : IAsyncDisposable
{
    public SdrsClient Client => client;

    /// <summary>Gets the polling schedule the client was built with, when it is not the SDK's default; a command's
    /// <c>--timeout</c> is applied to a copy of it.</summary>
    public JobPollingOptions? Polling => polling;

    public async ValueTask DisposeAsync()
    {
        if (owned)
        {
            client.Dispose();
        }

        if (emulator is not null)
        {
            await emulator.DisposeAsync().ConfigureAwait(false);
        }
    }
}
