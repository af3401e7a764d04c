namespace SdrsSdk.Http.Internal;

/// <summary>
/// A caller-owned handler (<see cref="SdrsClientOptions.Transport"/>) behind a handler the SDK may dispose: the
/// client disposes its chain, and IHttpClientFactory disposes its primary handlers when it rotates them, never the
/// caller's.
/// </summary>
internal sealed class BorrowedHandler(HttpMessageHandler inner) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _invoker = new(inner, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    ) => _invoker.SendAsync(request, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _invoker.Dispose();
        }

        base.Dispose(disposing);
    }
}
