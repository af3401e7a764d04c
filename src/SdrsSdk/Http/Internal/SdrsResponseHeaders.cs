using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http.Headers;
using SdrsSdk.Errors.Internal;

namespace SdrsSdk.Http.Internal;

/// <summary>
/// The headers of a response as <see cref="SdrsResponse.Headers"/> shows them: read from the response's header
/// collections only when first asked for (a call whose caller never looks costs nothing more), credential headers
/// redacted and values scrubbed of secrets by the log's rule (<see cref="SdrsLogRedaction.Show"/>).
/// </summary>
internal sealed class SdrsResponseHeaders : IReadOnlyDictionary<string, string>
{
    private readonly HttpResponseHeaders _headers;
    private readonly HttpHeaders? _contentHeaders;
    private readonly SecretScrubber _secrets;
    private Dictionary<string, string>? _values;

    public SdrsResponseHeaders(HttpResponseHeaders headers, HttpHeaders? contentHeaders, SecretScrubber secrets)
    {
        _headers = headers;
        _contentHeaders = contentHeaders;
        _secrets = secrets;
    }

    /// <summary>Gets the request ID (<c>X-Request-Id</c>), scrubbed, as the exceptions and the log read it.</summary>
    public string? RequestId => _secrets.Scrub(SdrsExceptionFactory.ReadRequestId(_headers));

    private Dictionary<string, string> Values
    {
        get
        {
            if (Volatile.Read(ref _values) is { } values)
            {
                return values;
            }

            var read = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            Add(read, _headers);
            if (_contentHeaders is not null)
            {
                Add(read, _contentHeaders);
            }

            return Interlocked.CompareExchange(ref _values, read, null) ?? read;
        }
    }

    public string this[string key] => Values[key];

    public IEnumerable<string> Keys => Values.Keys;

    IEnumerable<string> IReadOnlyDictionary<string, string>.Values => Values.Values;

    public int Count => Values.Count;

    public bool ContainsKey(string key) => Values.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => Values.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Add(Dictionary<string, string> values, HttpHeaders headers)
    {
        foreach (KeyValuePair<string, HeaderStringValues> header in headers.NonValidated)
        {
            values[header.Key] = SdrsLogRedaction.Show(header.Key, string.Join(", ", header.Value), _secrets);
        }
    }
}
