using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SdrsSdk.Benchmarks.Data;

namespace SdrsSdk.Benchmarks;

/// <summary>
/// A Kestrel server on 127.0.0.1 (a free port) answering the three calls of the end-to-end benchmarks with fixed
/// bodies: GET server-groups/{id} (one protection group, about 1 KB), GET server-groups (a page of one group, any
/// query) and POST server-groups (<c>{"job_id": …}</c>).
/// It checks nothing, so the SDK and the floor pay exactly the same server cost.
/// </summary>
internal sealed class LoopbackSdrs : IAsyncDisposable
{
    public const string ProjectId = "0605767d4a00d5762fb7c0005c8d6e22";
    public const string ServerGroupId = "decf224d-87fe-403a-8721-037a1a45c287";
    public const string JobId = "ff8080826b45d4a5016b5036242c0025";

    private static int s_chunked;
    private readonly WebApplication _app;

    private LoopbackSdrs(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>Gets how many POST bodies arrived chunked (without Content-Length), for diagnostics.</summary>
    public static int ChunkedRequests => s_chunked;

    public static byte[] GetBody { get; } = ServerGroupJson.Single();

    public static byte[] ListBody { get; } = ServerGroupJson.List(1);

    public static byte[] PostBody { get; } = """{"job_id":"ff8080826b45d4a5016b5036242c0025"}"""u8.ToArray();

    public static async Task<LoopbackSdrs> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.MapGet("/v1/{projectId}/server-groups/{serverGroupId}", (HttpContext context) => Write(context, GetBody));
        app.MapGet("/v1/{projectId}/server-groups", (HttpContext context) => Write(context, ListBody));
        app.MapPost("/v1/{projectId}/server-groups", async (HttpContext context) =>
        {
            if (context.Request.ContentLength is null)
            {
                Interlocked.Increment(ref s_chunked);
            }

            await context.Request.Body.CopyToAsync(Stream.Null);
            await Write(context, PostBody);
        });
        await app.StartAsync();
        string address = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new LoopbackSdrs(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task Write(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body).AsTask();
    }
}
