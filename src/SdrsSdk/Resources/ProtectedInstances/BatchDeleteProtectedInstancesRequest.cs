using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// Protected instances of one protection group to delete at once, and whether their DR site servers and EIPs go too
/// (reference 5.5.12, Table 5-38).
/// </summary>
public sealed class BatchDeleteProtectedInstancesRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="protectedInstanceIds">
    /// The IDs of the protected instances to delete (sent as <c>protected_instances[].id</c>), all of one protection
    /// group: at least one. The service takes 20 by default; the limit can be raised, so the SDK leaves it to the
    /// service.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="protectedInstanceIds"/> is <see
    /// langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There are no IDs, an empty one or a repeated one.</exception>
    public BatchDeleteProtectedInstancesRequest(IEnumerable<string> protectedInstanceIds)
    {
        ArgumentNullException.ThrowIfNull(protectedInstanceIds);
        string[] ids = [.. protectedInstanceIds];
        SdrsValidation.Check(
            ids.Length > 0,
            "protected_instances must contain at least one protected instance.",
            nameof(protectedInstanceIds)
        );
        SdrsValidation.DistinctIds(ids, "protected_instances", nameof(protectedInstanceIds));
        ProtectedInstanceIds = ids;
    }

    /// <summary>Gets the IDs of the protected instances to delete.</summary>
    public IReadOnlyList<string> ProtectedInstanceIds { get; }

    /// <summary>Gets or sets a value indicating whether to delete the DR site servers
    /// (<c>delete_target_server</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool DeleteTargetServer { get; set; }

    /// <summary>Gets or sets a value indicating whether to delete the EIPs of the DR site servers
    /// (<c>delete_target_eip</c>).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool DeleteTargetEip { get; set; }
}
