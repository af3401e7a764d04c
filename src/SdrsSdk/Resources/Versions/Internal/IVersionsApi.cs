using System.Text.Json.Serialization;
using Refit;
using SdrsSdk.Http.Internal;

namespace SdrsSdk.Resources.Versions.Internal;

/// <summary>The version APIs (reference 5.2); they live at the endpoint root, above <c>/v1/{project_id}/</c>.</summary>
internal interface IVersionsApi
{
    /// <summary>GET / (5.2.1).</summary>
    [Get("../../")]
    Task<ApiVersionListEnvelope> ListAsync(CancellationToken cancellationToken);

    /// <summary>GET /{api_version} (5.2.2).</summary>
    [Get("../../{apiVersion}")]
    Task<ApiVersionEnvelope> GetAsync(string apiVersion, CancellationToken cancellationToken);
}

/// <summary>Body of GET /.</summary>
internal sealed class ApiVersionListEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("versions")]
    public IReadOnlyList<ApiVersion> Versions { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Versions, "versions");
}

/// <summary>Body of GET /{api_version}.</summary>
internal sealed class ApiVersionEnvelope : IJsonOnDeserialized
{
    [JsonRequired]
    [JsonPropertyName("version")]
    public ApiVersion Version { get; set; } = null!;

    void IJsonOnDeserialized.OnDeserialized() => SdrsResponseReader.Require(Version, "version");
}
