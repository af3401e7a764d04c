using System.Diagnostics;
using System.Reflection;

namespace SdrsSdk;

/// <summary>The names under which the SDK reports traces and metrics, for OpenTelemetry and other listeners.</summary>
/// <remarks>
/// Every SDK call is one <see cref="CallActivityName"/> activity, and each HTTP attempt within it (the first and
/// every retry) one <see cref="AttemptActivityName"/> child, tagged with <c>http.request.method</c>,
/// <c>url.path</c>, <c>http.response.status_code</c>, <c>sdrs.request_id</c> and <c>sdrs.attempt</c>. Both are
/// <see cref="ActivityKind.Internal"/>: the one CLIENT span of an attempt is the one System.Net.Http starts inside
/// it, as the OpenTelemetry conventions for client libraries expect. With OpenTelemetry:
/// <c>builder.AddSource(SdrsDiagnostics.ActivitySourceName)</c> for traces (and <c>AddHttpClientInstrumentation()</c>,
/// or the <c>System.Net.Http</c> source, for the CLIENT spans) and <c>builder.AddMeter(SdrsDiagnostics.MeterName)</c>
/// for metrics.
/// </remarks>
public static class SdrsDiagnostics
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: <c>SdrsSdk</c>.</summary>
    public const string ActivitySourceName = "SdrsSdk";

    /// <summary>The name of the activity that spans a wait for a job: <c>SdrsSdk.Job.Wait</c>.</summary>
    public const string JobWaitActivityName = "SdrsSdk.Job.Wait";

    /// <summary>
    /// The name of the activity that spans one SDK call, all attempts and waits between them included:
    /// <c>SdrsSdk.Call</c>. Its display name is the method and the API path template, such as <c>GET sdrs/quotas</c>.
    /// </summary>
    public const string CallActivityName = "SdrsSdk.Call";

    /// <summary>The name of the activity that spans one HTTP attempt of a call: <c>SdrsSdk.Http.Attempt</c>.</summary>
    public const string AttemptActivityName = "SdrsSdk.Http.Attempt";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/>: <c>SdrsSdk</c>. With OpenTelemetry:
    /// <c>builder.AddMeter(SdrsDiagnostics.MeterName)</c>. Its instruments: <c>sdrs.client.operation.duration</c>,
    /// <c>sdrs.client.operation.retries</c>, <c>sdrs.client.resolutions</c>, <c>sdrs.client.job.wait.duration</c>
    /// and <c>sdrs.client.job.polls</c> (the README's "Logging and tracing" section lists their units and tags).
    /// </summary>
    public const string MeterName = "SdrsSdk";

    /// <summary>Gets the version of the activity source and of the meter: the package version.</summary>
    internal static string? Version { get; } =
        typeof(SdrsDiagnostics)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0];

    internal static ActivitySource ActivitySource { get; } = new(ActivitySourceName, Version);
}
