using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SdrsSdk.Tests.Hostile;

/// <summary>One HTTP/1.1 request as a <see cref="LoopbackServer"/> received it.</summary>
/// <param name="Method">The method.</param>
/// <param name="Target">The request target (path and query).</param>
/// <param name="Headers">The headers, names case-insensitive.</param>
/// <param name="Body">The body bytes (by Content-Length).</param>
internal sealed record LoopbackRequest(
    string Method,
    string Target,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body
);

/// <summary>
/// A small HTTP/1.1 server on 127.0.0.1 that answers each connection's one request with whatever bytes a script
/// writes (well-formed or not), counts the requests it received and the response bytes it managed to write, and
/// closes the connection. It plays a hostile or broken SDRS or IAM endpoint, and the attacker a redirect points to.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    /// <summary>The most bytes one response may write, so that an "endless" script stops by itself.</summary>
    public const long WriteCap = 512L * 1024 * 1024;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<LoopbackExchange, Task> _script;
    private readonly ConcurrentQueue<LoopbackRequest> _requests = new();
    private readonly ConcurrentBag<Task> _connections = [];
    private readonly Task _accepting;
    private long _bytesWritten;

    /// <summary>Starts a server that answers every request with <paramref name="script"/>.</summary>
    public LoopbackServer(Func<LoopbackExchange, Task> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync(_listener, client => _connections.Add(ServeAsync(client)), _stop.Token);
    }

    /// <summary>Gets the server's base URI, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{Port}/");

    /// <summary>Gets the port the server listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Gets how many requests arrived (request line and headers read).</summary>
    public int RequestCount => _requests.Count;

    /// <summary>Gets the requests that arrived, in order.</summary>
    public IReadOnlyList<LoopbackRequest> Requests => _requests.ToArray();

    /// <summary>Gets how many response bytes the server managed to write, over all connections.</summary>
    public long BytesWritten => Interlocked.Read(ref _bytesWritten);

    /// <summary>Waits until every connection accepted so far has ended (the client went away or the script
    /// finished).</summary>
    public Task ConnectionsEndedAsync() => Task.WhenAll(_connections.ToArray()).WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections.ToArray());
        _stop.Dispose();
    }

    /// <summary>Accepts connections until <paramref name="stop"/> is cancelled, handing each to <paramref
    /// name="serve"/>.</summary>
    internal static async Task AcceptAsync(TcpListener listener, Action<TcpClient> serve, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception exception)
                when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            serve(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                NetworkStream stream = client.GetStream();
                LoopbackRequest? request = await ReadRequestAsync(stream, _stop.Token);
                if (request is null)
                {
                    return;
                }

                _requests.Enqueue(request);
                await _script(new LoopbackExchange(request, stream, this, _stop.Token));
            }
            catch (Exception exception)
                when (exception
                        is IOException
                            or SocketException
                            or OperationCanceledException
                            or ObjectDisposedException
                )
            {
                // The client went away, or the server is stopping: that ends the exchange.
            }
        }
    }

    internal void CountWritten(int bytes) => Interlocked.Add(ref _bytesWritten, bytes);

    private static async Task<LoopbackRequest?> ReadRequestAsync(
        NetworkStream stream,
        CancellationToken cancellationToken
    )
    {
        var head = new List<byte>(1024);
        var one = new byte[1];
        while (head.Count < 64 * 1024)
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
            {
                return null;
            }

            head.Add(one[0]);
            if (head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n')
            {
                break;
            }
        }

        string[] lines = Encoding.Latin1.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        string[] requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        byte[] body = [];
        if (
            headers.TryGetValue("Content-Length", out string? length)
            && int.Parse(length, CultureInfo.InvariantCulture) is > 0 and var size
        )
        {
            body = new byte[size];
            await stream.ReadExactlyAsync(body, cancellationToken);
        }

        return new LoopbackRequest(requestLine[0], requestLine[1], headers, body);
    }
}

/// <summary>One request and the connection to answer it on, with helpers that write (and count) response
/// bytes.</summary>
internal sealed class LoopbackExchange(
    LoopbackRequest request,
    NetworkStream stream,
    LoopbackServer server,
    CancellationToken stopping
)
{
    public LoopbackRequest Request { get; } = request;

    /// <summary>Writes raw bytes and counts them.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> bytes)
    {
        await stream.WriteAsync(bytes, stopping);
        server.CountWritten(bytes.Length);
    }

    /// <summary>Writes a status line and headers (and <c>Connection: close</c>).</summary>
    public Task WriteHeadAsync(int status, params (string Name, string Value)[] headers)
    {
        var text = new StringBuilder(
            string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} Status\r\nConnection: close\r\n")
        );
        foreach ((string name, string value) in headers)
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        return WriteAsync(Encoding.Latin1.GetBytes(text.Append("\r\n").ToString()));
    }

    /// <summary>Writes a whole response with a Content-Length.</summary>
    public async Task WriteResponseAsync(int status, byte[] body, params (string Name, string Value)[] headers)
    {
        await WriteHeadAsync(
            status,
            [
                ("Content-Type", "application/json;charset=UTF-8"),
                ("Content-Length", body.Length.ToString(CultureInfo.InvariantCulture)),
                .. headers,
            ]
        );
        await WriteAsync(body);
    }

    /// <summary>Waits until the client closes the connection (or the server stops), reading and discarding what
    /// comes.</summary>
    public async Task WaitForClientToLeaveAsync()
    {
        var sink = new byte[1024];
        while (await stream.ReadAsync(sink, stopping) > 0) { }
    }

    /// <summary>Writes <paramref name="chunk"/> again and again, up to <see cref="LoopbackServer.WriteCap"/>, until the
    /// client goes away.</summary>
    public async Task WriteRepeatedlyAsync(ReadOnlyMemory<byte> chunk)
    {
        for (long written = 0; written < LoopbackServer.WriteCap; written += chunk.Length)
        {
            await WriteAsync(chunk);
        }
    }
}
