using System.Text.Json.Serialization;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>A replication pair to attach to a protected instance, and the device to attach it as (reference 5.5.6,
/// Table 5-32).</summary>
public sealed class AttachReplicationPairRequest
{
    /// <summary>Initializes a new request.</summary>
    /// <param name="replicationId">The replication pair ID (<c>replication_id</c>).</param>
    /// <param name="device">
    /// The disk device name (<c>device</c>), not one the instance already uses: on KVM servers <c>/dev/vda</c> for the
    /// system disk and <c>/dev/vdb</c>, <c>/dev/vdc</c>, … for data disks; on Xen servers <c>/dev/sda</c>,
    /// <c>/dev/sdb</c>, … (the service maps one family to the other as the server needs).
    /// </param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// An argument is empty, or <paramref name="device"/> is not <c>/dev/sd</c> or <c>/dev/vd</c> followed by one
    /// lowercase letter (reference 5.5.6: "/dev/sdx ..., where x is a letter").
    /// </exception>
    public AttachReplicationPairRequest(string replicationId, string device)
    {
        ReplicationId = SdrsValidation.Required(replicationId, "replication_id", nameof(replicationId));
        SdrsValidation.Required(device, "device", nameof(device));
        SdrsValidation.Check(
            IsDeviceName(device),
            "device must be a disk device name such as /dev/vda, /dev/vdb (KVM) or /dev/sda, /dev/sdb (Xen); "
                + $"'{device}' is not.",
            nameof(device)
        );

        Device = device;
    }

    /// <summary>Gets the replication pair ID (<c>replication_id</c>).</summary>
    [JsonPropertyName("replication_id")]
    public string ReplicationId { get; }

    /// <summary>Gets the disk device name (<c>device</c>).</summary>
    [JsonPropertyName("device")]
    public string Device { get; }

    private static bool IsDeviceName(string device)
    {
        const string Prefix = "/dev/";
        if (!device.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        ReadOnlySpan<char> rest = device.AsSpan(Prefix.Length);
        if (
            !(rest.StartsWith("sd", StringComparison.Ordinal) || rest.StartsWith("vd", StringComparison.Ordinal))
            || rest.Length != 3
        )
        {
            return false;
        }

        foreach (char c in rest[2..])
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
