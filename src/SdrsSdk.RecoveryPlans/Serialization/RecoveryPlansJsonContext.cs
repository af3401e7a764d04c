using System.Text.Json.Serialization;

namespace SdrsSdk.RecoveryPlans.Serialization;

/// <summary>The package's JSON: plans, run states and reports, source-generated (AOT-safe, no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true,
    AllowTrailingCommas = true,
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip
)]
[JsonSerializable(typeof(RecoveryPlan))]
[JsonSerializable(typeof(RecoveryRun))]
[JsonSerializable(typeof(Reports.Internal.ReportDocument))]
internal sealed partial class RecoveryPlansJsonContext : JsonSerializerContext;
