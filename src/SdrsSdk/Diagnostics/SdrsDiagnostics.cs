using System.Diagnostics;
using System.Reflection;

namespace SdrsSdk;

/// <summary>The names under which the SDK reports traces, for OpenTelemetry and other listeners.</summary>
public static class SdrsDiagnostics
{
    /// <summary>The name of the SDK's <see cref="ActivitySource"/>: <c>SdrsSdk</c>.</summary>
    public const string ActivitySourceName = "SdrsSdk";

    /// <summary>The name of the activity that spans a wait for a job: <c>SdrsSdk.Job.Wait</c>.</summary>
    public const string JobWaitActivityName = "SdrsSdk.Job.Wait";

    internal static ActivitySource ActivitySource { get; } = new(
        ActivitySourceName,
        typeof(SdrsDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]);
}
