namespace SdrsSdk.Testing;

/// <summary>The credential a request presented to the emulator (see <see
/// cref="SdrsJournalEntry.Authentication"/>).</summary>
public enum SdrsAuthenticationKind
{
    /// <summary>No credential: neither <c>X-Auth-Token</c> nor <c>Authorization</c>.</summary>
    None,

    /// <summary>A token in <c>X-Auth-Token</c>.</summary>
    Token,

    /// <summary>An AK/SK signature in <c>Authorization: SDK-HMAC-SHA256 …</c>.</summary>
    AccessKey,
}
