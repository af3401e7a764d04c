using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>The new name of a protected instance (reference 5.5.5, Table 5-27).</summary>
public sealed class UpdateProtectedInstanceRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="name">The new name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.',
    /// '_' and '-'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or breaks the name rule.</exception>
    public UpdateProtectedInstanceRequest(string name)
    {
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the new name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }
}
