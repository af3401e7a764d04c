using System.Collections.ObjectModel;
using System.Globalization;
using SdrsSdk.Errors.Internal;
using SdrsSdk.Http.Internal;

namespace SdrsSdk;

/// <summary>
/// What the service answered a call with: the HTTP status, the request ID to quote to support, the headers and how
/// the call went (attempts, duration). Available on success without turning on logging: a page's
/// <see cref="SdrsPage.Response"/>, a job handle's <see cref="SdrsJobOperation.StartResponse"/>, and every call made
/// inside an <see cref="SdrsResponseCapture"/> scope (reads, deletes, counts, polls).
/// </summary>
/// <remarks>
/// Header values are the server's text with every secret the client holds scrubbed out, and the headers that carry
/// credentials (<c>Authorization</c>, <c>X-Auth-Token</c>, <c>X-Security-Token</c>, <c>X-Subject-Token</c>,
/// cookies) are shown as <c>REDACTED</c>, as in the log.
/// </remarks>
public class SdrsResponse
{
    /// <summary>Gets or sets the HTTP status code of the final attempt.</summary>
    public int Status { get; set; }

    private readonly SdrsResponseHeaders? _source;
    private Uri? _sent;
    private bool _requestIdRead;

    /// <summary>Initializes a new instance, for a test or a mock; every property is settable.</summary>
    public SdrsResponse() { }

    /// <summary>
    /// The response of a call as the pipeline left it: status, method, attempts and duration (kept by the call's
    /// <see cref="SdrsCallState"/>); the headers, the request ID among them, and the path are read when first asked
    /// for, scrubbed with the call's secrets.
    /// </summary>
    internal static SdrsResponse From(HttpResponseMessage response)
    {
        HttpRequestMessage? request = response.RequestMessage;
        SdrsCallState? state = SdrsCallState.Find(request);
        return new SdrsResponse(
            new SdrsResponseHeaders(response.Headers, response.Content?.Headers, SecretScrubber.Of(request)),
            requestId: null,
            request?.RequestUri
        )
        {
            Status = (int)response.StatusCode,
            Method = request?.Method.Method ?? string.Empty,
            Attempts = state?.Attempts ?? 1,
            Duration = state?.Duration ?? TimeSpan.Zero,
        };
    }

    /// <summary>A response whose headers (and the request ID among them) are read when first asked for.</summary>
    internal SdrsResponse(SdrsResponseHeaders headers, string? requestId, Uri? sent)
    {
        _source = headers;
        _sent = sent;
        Headers = headers;
        RequestId = requestId;
        _requestIdRead = requestId is not null;
    }

    /// <summary>Gets or sets the request ID the service gave the call (<c>X-Request-Id</c>), when it sent one: what a
    /// support ticket starts with.</summary>
    public string? RequestId
    {
        get
        {
            if (!_requestIdRead && _source is not null)
            {
                field = _source.RequestId;
                _requestIdRead = true;
            }

            return field;
        }
        set
        {
            field = value;
            _requestIdRead = true;
        }
    }

    /// <summary>Gets or sets the HTTP method of the call.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>Gets or sets the path of the call (without its query).</summary>
    public string Path
    {
        get
        {
            if (_sent is not null)
            {
                field = SdrsLogRedaction.PathOf(_sent);
                _sent = null;
            }

            return field;
        }
        set
        {
            field = value ?? throw new ArgumentNullException(nameof(value));
            _sent = null;
        }
    } = string.Empty;

    /// <summary>Gets or sets the response headers (content headers included), by case-insensitive name; several
    /// values of one header are joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Gets or sets how many HTTP attempts the call took (1 without a retry).</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>Gets or sets how long the call took, retries included.</summary>
    public TimeSpan Duration { get; set; }

    /// <summary>Gets a value indicating whether <see cref="Status"/> is a success (2xx).</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Status} {Method} {Path} (request ID {RequestId ?? "none"}, {Attempts} attempt(s), "
                + $"{Duration.TotalMilliseconds:0} ms)"
        );
}
