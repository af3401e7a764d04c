using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>A change to a DR drill: its new name (reference 5.7.5, Table 5-57).</summary>
public sealed class UpdateDisasterRecoveryDrillRequest
{
    /// <summary>Initializes a request with the new name.</summary>
    /// <param name="name">The new name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.',
    /// '_' and '-'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or breaks the name rules.</exception>
    public UpdateDisasterRecoveryDrillRequest(string name)
    {
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the new name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }
}
