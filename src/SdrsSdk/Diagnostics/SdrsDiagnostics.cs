using System.Diagnostics;
using System.Reflection;

namespace SdrsSdk;

/// <summary>The names under which the SDK reports traces, for OpenTelemetry and other listeners.</summary>
/// <remarks>
/// Every SDK call is one <see cref="CallActivityName"/> activity, and each HTTP attempt within it (the first and
/// every retry) one <see cref="AttemptActivityName"/> child, tagged with <c>http.request.method</c>,
/// <c>url.path</c>, <c>http.response.status_code</c>, <c>sdrs.request_id</c> and <c>sdrs.attempt</c>. With
/// OpenTelemetry: <c>builder.AddSource(SdrsDiagnostics.ActivitySourceName)</c>.
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

    internal static ActivitySource ActivitySource { get; } =
        new(
            ActivitySourceName,
            typeof(SdrsDiagnostics)
                .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
                ?.InformationalVersion.Split('+')[0]
        );
}
