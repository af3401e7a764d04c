using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>
/// A loopback server that reads each request's headers and then either resets the connection without answering
/// (the request reached the server, and the connection died mid-request) or holds it open without ever answering
/// (the server is processing, slowly).
/// </summary>
internal sealed class DroppingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _requestLines = [];
    private readonly bool _hold;

    /// <summary>Starts the server.</summary>
    /// <param name="hold"><see langword="true"/> to keep each connection open without answering, instead of resetting
    /// it.</param>
    public DroppingServer(bool hold = false)
    {
        _hold = hold;
        _listener.Start();
        _ = Hostile.LoopbackServer.AcceptAsync(_listener, client => _ = DropAsync(client), _stop.Token);
    }

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");

    /// <summary>Gets the request line (<c>POST /v1/... HTTP/1.1</c>) of every request whose headers arrived.</summary>
    public IReadOnlyList<string> RequestLines
    {
        get
        {
            lock (_requestLines)
            {
                return _requestLines.ToList();
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task DropAsync(TcpClient client)
    {
        using (client)
        {
            var received = new StringBuilder();
            byte[] buffer = new byte[4096];
            NetworkStream stream = client.GetStream();
            try
            {
                while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    int read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }
            }
            catch (Exception exception)
                when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                return;
            }

            lock (_requestLines)
            {
                _requestLines.Add(received.ToString().Split("\r\n")[0]);
            }

            if (_hold)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            // Reset (RST), not a graceful close: the connection dies mid-request.
            client.Client.LingerState = new LingerOption(true, 0);
        }
    }
}
