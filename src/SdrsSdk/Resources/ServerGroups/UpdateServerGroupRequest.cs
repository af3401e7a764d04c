using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>The changes to a protection group (reference 5.4.5, Table 5-12): only its name can change.</summary>
public sealed class UpdateServerGroupRequest
{
    /// <summary>Initializes a request that renames a protection group.</summary>
    /// <param name="name">The new name (<c>name</c>): at most 64 bytes of UTF-8; letters and digits of any script, '.',
    /// '_' and '-'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or breaks the name rule.</exception>
    public UpdateServerGroupRequest(string name)
    {
        SdrsValidation.Name(name, "name", nameof(name));
        Name = name;
    }

    /// <summary>Gets the new name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string Name { get; }
}
