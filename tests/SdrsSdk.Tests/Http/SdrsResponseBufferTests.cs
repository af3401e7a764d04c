using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Tests.Http;

/// <summary>
/// The body is read once, into a pooled array, within bounds; Refit's buffering of it afterwards copies nothing
/// (issue 13).
/// </summary>
public sealed class SdrsResponseBufferTests
{
    private const long Limit = 64 * 1024;
    private readonly FakeTimeProvider _time = new();

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(40_000, true)]
    [InlineData(40_000, false)]
    [InlineData(Limit, true)]
    [InlineData(Limit, false)]
    public async Task LoadAsync_BodyWithinTheLimit_IsKeptWhole(long size, bool declared)
    {
        byte[] body = Body((int)size);
        using HttpResponseMessage response = Response(HttpStatusCode.OK, body, declared);

        await SdrsResponseBuffer.LoadAsync(response, Limit, _time, CancellationToken.None);

        var content = response.Content.Should().BeOfType<SdrsResponseContent>().Subject;
        content.Body.ToArray().Should().Equal(body);
        content.Truncated.Should().BeFalse();
        content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task LoadAsync_SuccessBodyOneBytePastTheLimit_IsRefused(bool declared)
    {
        using HttpResponseMessage response = Response(HttpStatusCode.OK, Body((int)Limit + 1), declared);

        Func<Task> act = () => SdrsResponseBuffer.LoadAsync(response, Limit, _time, CancellationToken.None);

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.Message.Should()
            .Contain("MaxResponseBodySize");
    }

    [Fact]
    public async Task LoadAsync_ErrorBodyPastItsBound_IsCutAndMarked()
    {
        byte[] body = Body(SdrsResponseBuffer.MaxErrorBodyBytes + 5_000);
        using HttpResponseMessage response = Response(HttpStatusCode.BadGateway, body, declared: false);

        await SdrsResponseBuffer.LoadAsync(response, Limit, _time, CancellationToken.None);

        var content = response.Content.Should().BeOfType<SdrsResponseContent>().Subject;
        content.Truncated.Should().BeTrue();
        content.Body.ToArray().Should().Equal(body.AsSpan(0, SdrsResponseBuffer.MaxErrorBodyBytes).ToArray());
    }

    [Fact]
    public async Task ReadAsString_BeforeRefitHasTheResponse_ReadsTheBody()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.OK, "{\"a\":1}"u8.ToArray(), declared: true);
        await SdrsResponseBuffer.LoadAsync(response, Limit, _time, CancellationToken.None);

        // A resilience strategy a user adds sees an ordinary content.
        (await response.Content.ReadAsStringAsync()).Should().Be("{\"a\":1}");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal("{\"a\":1}"u8.ToArray());
    }

    [Fact]
    public async Task LoadIntoBuffer_AfterHandToReader_CopiesNothingAndKeepsTheBody()
    {
        byte[] body = Body(200_000);
        using HttpResponseMessage response = Response(HttpStatusCode.OK, body, declared: true);
        await SdrsResponseBuffer.LoadAsync(response, 1_000_000, _time, CancellationToken.None);
        var content = (SdrsResponseContent)response.Content;
        content.HandToReader();
        long? length = content.Headers.ContentLength;

        long before = GC.GetAllocatedBytesForCurrentThread();
#if NET9_0_OR_GREATER
        Task buffering = content.LoadIntoBufferAsync(CancellationToken.None);
#else
        Task buffering = content.LoadIntoBufferAsync(); // net8.0 has no overload that takes a token
#endif
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        await buffering;

        allocated.Should().BeLessThan(1_000, "Refit's buffering of a body the reader reads in place copies nothing");
        length.Should().Be(body.Length);
        content.Headers.ContentLength.Should().Be(body.Length);
        content.Body.ToArray().Should().Equal(body);
    }

    [Fact]
    public async Task Dispose_ReturnsTheArray_AndTheBodyIsNoLongerReadable()
    {
        using HttpResponseMessage response = Response(HttpStatusCode.OK, Body(100), declared: true);
        await SdrsResponseBuffer.LoadAsync(response, Limit, _time, CancellationToken.None);
        var content = (SdrsResponseContent)response.Content;

        content.Dispose();
        content.Dispose();

        Action read = () => _ = content.Body;
        read.Should().Throw<ObjectDisposedException>();
    }

    private static byte[] Body(int size)
    {
        byte[] body = new byte[size];
        for (int i = 0; i < size; i++)
        {
            body[i] = (byte)('a' + (i % 26));
        }

        return body;
    }

    private static HttpResponseMessage Response(HttpStatusCode status, byte[] body, bool declared)
    {
        // Without a declared length the body arrives as a stream of unknown length, as a chunked one does.
        HttpContent content = declared ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A stream that does not tell its length and returns at most 3,000 bytes per read.</summary>
    private sealed class UnknownLengthStream(byte[] body) : MemoryStream(body, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 3_000)], cancellationToken);

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, 3_000));
    }
}
