using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>What every page of a list call has besides its items: the response it came in.</summary>
public abstract class SdrsPage
{
    private bool _responseSet;

    /// <summary>
    /// Gets or sets the response the page came in: status, request ID and headers; <see langword="null"/> for a page
    /// not read from the service (built in a test).
    /// </summary>
    [JsonIgnore]
    public SdrsResponse? Response
    {
        get
        {
            if (!_responseSet && Source is { } source)
            {
                field = SdrsResponse.From(source);
                _responseSet = true;
                Source = null;
            }

            return field;
        }
        set
        {
            field = value;
            _responseSet = true;
            Source = null;
        }
    }

    /// <summary>The response the page was read from, made into <see cref="Response"/> when first asked for.</summary>
    [JsonIgnore]
    internal HttpResponseMessage? Source { get; set; }
}
