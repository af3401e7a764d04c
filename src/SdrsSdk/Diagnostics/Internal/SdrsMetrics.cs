using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace SdrsSdk.Diagnostics.Internal;

/// <summary>
/// The SDK's instruments, on the static <see cref="Meter"/> <see cref="SdrsDiagnostics.MeterName"/> (versioned like
/// the activity source). Names and units follow the OpenTelemetry semantic conventions: dot-separated lower-case names
/// under the <c>sdrs.client</c> namespace, durations as histograms in seconds, counts with curly-brace units. Every tag
/// value comes from a bounded set (an operation name, a status code, an exception type, a job type, an outcome): never
/// an ID, a path or a server text, and never a secret. Every caller checks <see cref="Instrument.Enabled"/> first, so a
/// process that listens to nothing pays one field read per call.
/// </summary>
internal static class SdrsMetrics
{
    /// <summary>The outcome of a job wait that ended with the job succeeding.</summary>
    public const string JobSucceeded = "success";

    /// <summary>The outcome of a job wait that ended with the job failing.</summary>
    public const string JobFailed = "fail";

    /// <summary>The outcome of a job wait that ran out of its time (<see cref="JobPollingOptions.Timeout"/>).</summary>
    public const string JobTimedOut = "timeout";

    /// <summary>The outcome of a job wait the caller cancelled.</summary>
    public const string JobCanceled = "canceled";

    /// <summary>The outcome of a job wait that ended with an exception reading the job.</summary>
    public const string JobError = "error";

    /// <summary>The job type of a wait that ended before any answer said it.</summary>
    public const string UnknownJobType = "unknown";

    private static readonly Meter Meter = new(SdrsDiagnostics.MeterName, SdrsDiagnostics.Version);

    /// <summary>Gets the duration of SDK calls (all attempts and the waits between them).</summary>
    public static Histogram<double> OperationDuration { get; } =
        Meter.CreateHistogram<double>(
            "sdrs.client.operation.duration",
            "s",
            "Duration of SDRS calls, all attempts and the waits between them included."
        );

    /// <summary>Gets the number of attempts sent again by the SDK's retry.</summary>
    public static Counter<long> Retries { get; } =
        Meter.CreateCounter<long>(
            "sdrs.client.operation.retries",
            "{retry}",
            "Number of HTTP attempts the SDK sent again after a transient failure."
        );

    /// <summary>Gets the number of ambiguous writes resolved by reading their effect back.</summary>
    public static Counter<long> Resolutions { get; } =
        Meter.CreateCounter<long>(
            "sdrs.client.resolutions",
            "{resolution}",
            "Number of writes whose outcome was unknown and was resolved by reading the effect back, by verdict."
        );

    /// <summary>Gets the duration of waits for jobs.</summary>
    public static Histogram<double> JobWaitDuration { get; } =
        Meter.CreateHistogram<double>(
            "sdrs.client.job.wait.duration",
            "s",
            "Duration of waits for SDRS jobs, by job type and outcome."
        );

    /// <summary>Gets the number of job reads made while waiting for jobs.</summary>
    public static Counter<long> JobPolls { get; } =
        Meter.CreateCounter<long>(
            "sdrs.client.job.polls",
            "{poll}",
            "Number of reads of a job made while waiting for it, by job type and outcome of the wait."
        );

    /// <summary>Records one SDK call that ended with a response (of any status).</summary>
    public static void RecordCall(string? operation, string method, int status, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "sdrs.operation", operation ?? "_OTHER" },
            { "http.request.method", method },
            { "http.response.status_code", status },
        };
        if (status >= 400)
        {
            tags.Add("error.type", status.ToString(CultureInfo.InvariantCulture));
        }

        OperationDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records one SDK call that ended without a response (the exception's type is the error).</summary>
    public static void RecordCall(string? operation, string method, string errorType, TimeSpan elapsed)
    {
        var tags = new TagList
        {
            { "sdrs.operation", operation ?? "_OTHER" },
            { "http.request.method", method },
            { "error.type", errorType },
        };
        OperationDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Counts one attempt sent again.</summary>
    public static void RecordRetry(string? operation, string method) =>
        Retries.Add(
            1,
            new KeyValuePair<string, object?>("sdrs.operation", operation ?? "_OTHER"),
            new KeyValuePair<string, object?>("http.request.method", method)
        );

    /// <summary>Counts one resolution of an ambiguous write.</summary>
    public static void RecordResolution(string operation, string verdict) =>
        Resolutions.Add(
            1,
            new KeyValuePair<string, object?>("sdrs.operation", operation),
            new KeyValuePair<string, object?>("sdrs.resolution.verdict", verdict)
        );

    /// <summary>Records one wait for a job: its duration and the reads it made.</summary>
    public static void RecordJobWait(string jobType, string outcome, int polls, TimeSpan elapsed)
    {
        var tags = new TagList { { "sdrs.job.type", jobType }, { "sdrs.job.outcome", outcome } };
        if (JobWaitDuration.Enabled)
        {
            JobWaitDuration.Record(elapsed.TotalSeconds, tags);
        }

        if (JobPolls.Enabled && polls > 0)
        {
            JobPolls.Add(polls, tags);
        }
    }
}
