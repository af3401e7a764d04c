using System.Text.Json.Serialization;

namespace SdrsSdk;

/// <summary>A link of an API version (reference 5.2, Tables 5-3 and 5-5).</summary>
public sealed class ApiVersionLink
{
    /// <summary>Gets the link target (<c>href</c>), for example <c>https://sdrs.localdomain.com/v1</c>.</summary>
    [JsonPropertyName("href")]
    public string? Href { get; set; }

    /// <summary>Gets the link relation (<c>rel</c>), for example <c>self</c>.</summary>
    [JsonPropertyName("rel")]
    public string? Rel { get; set; }
}
