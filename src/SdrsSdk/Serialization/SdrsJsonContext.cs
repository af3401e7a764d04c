using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using SdrsSdk.Jobs.Internal;
using SdrsSdk.Resources.ActiveDomains.Internal;
using SdrsSdk.Resources.Drills.Internal;
using SdrsSdk.Resources.ProtectedInstances.Internal;
using SdrsSdk.Resources.Quotas.Internal;
using SdrsSdk.Resources.Replications.Internal;
using SdrsSdk.Resources.RpoStatistics.Internal;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Resources.Tags.Internal;
using SdrsSdk.Resources.Versions.Internal;

namespace SdrsSdk.Serialization;

/// <summary>
/// The source-generated JSON metadata of every SDRS request and response body: no reflection at run time, so the
/// SDK trims and runs under Native AOT. Wire names come from each property's <c>[JsonPropertyName]</c>.
/// </summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true
)]
[JsonSerializable(typeof(SdrsJob))]
[JsonSerializable(typeof(JobIdEnvelope))]
[JsonSerializable(typeof(ApiVersionListEnvelope))]
[JsonSerializable(typeof(ApiVersionEnvelope))]
[JsonSerializable(typeof(ActiveDomainListEnvelope))]
[JsonSerializable(typeof(TenantQuotaEnvelope))]
[JsonSerializable(typeof(CreateServerGroupBody))]
[JsonSerializable(typeof(UpdateServerGroupBody))]
[JsonSerializable(typeof(ServerGroupActionBody))]
[JsonSerializable(typeof(ServerGroupListEnvelope))]
[JsonSerializable(typeof(ServerGroupEnvelope))]
[JsonSerializable(typeof(CreateProtectedInstanceBody))]
[JsonSerializable(typeof(DeleteProtectedInstanceRequest))]
[JsonSerializable(typeof(ProtectedInstanceListEnvelope))]
[JsonSerializable(typeof(ProtectedInstanceEnvelope))]
[JsonSerializable(typeof(UpdateProtectedInstanceBody))]
[JsonSerializable(typeof(AttachReplicationBody))]
[JsonSerializable(typeof(AddNicBody))]
[JsonSerializable(typeof(DeleteNicBody))]
[JsonSerializable(typeof(ResizeBody))]
[JsonSerializable(typeof(BatchCreateBody))]
[JsonSerializable(typeof(BatchDeleteBody))]
[JsonSerializable(typeof(CreateReplicationBody))]
[JsonSerializable(typeof(DeleteReplicationBody))]
[JsonSerializable(typeof(ExpandReplicationBody))]
[JsonSerializable(typeof(UpdateReplicationBody))]
[JsonSerializable(typeof(ReplicationListEnvelope))]
[JsonSerializable(typeof(ReplicationEnvelope))]
[JsonSerializable(typeof(CreateDrillBody))]
[JsonSerializable(typeof(UpdateDrillBody))]
[JsonSerializable(typeof(DrillListEnvelope))]
[JsonSerializable(typeof(DrillEnvelope))]
[JsonSerializable(typeof(TagFilterBody))]
[JsonSerializable(typeof(TaggedProtectedInstancePage))]
[JsonSerializable(typeof(TagCountEnvelope))]
[JsonSerializable(typeof(TagBatchBody))]
[JsonSerializable(typeof(TagEnvelope))]
[JsonSerializable(typeof(ResourceTagListEnvelope))]
[JsonSerializable(typeof(ProjectTagListEnvelope))]
[JsonSerializable(typeof(FailureJobPage))]
[JsonSerializable(typeof(RpoStatisticListEnvelope))]
internal sealed partial class SdrsJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The options every SDRS body is read and written with: <see cref="Default"/>'s, except that text of any script
    /// (a Chinese name, say) is written as UTF-8 rather than as <c>\uXXXX</c> escapes. HTML-sensitive characters are
    /// still escaped.
    /// </summary>
    /// <remarks>
    /// Built on first use, not in a static initializer: the order of static initializers across the parts of this
    /// partial class (one is source-generated) is not defined, so <see cref="Default"/> might not exist yet. A race
    /// builds two equal instances, which is harmless.
    /// </remarks>
    public static JsonSerializerOptions Wire =>
        s_wire ??= new(Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static JsonSerializerOptions? s_wire;
}
