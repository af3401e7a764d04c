using System.Globalization;

namespace SdrsSdk.Testing.Internal;

/// <summary>The reference's wire formats: timestamps and IDs.</summary>
internal static class Wire
{
    /// <summary>Resource timestamps, for example <c>2019-05-23 03:51:58.256</c> (reference 5.4.2).</summary>
    public static string ResourceTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    /// <summary>
    /// Resource timestamps with the fraction's trailing zeros trimmed (at least one digit kept), for example
    /// <c>2018-05-09 22:11:45.0</c> or <c>2019-05-30 01:40:00.74</c>: the form of the rename answers (reference 5.4.5,
    /// 5.5.5) and of <c>resource_detail</c> in 5.8.1, as their examples print them.
    /// </summary>
    public static string TrimmedResourceTime(DateTimeOffset time)
    {
        string text = ResourceTime(time);
        int end = text.Length;
        while (text[end - 1] == '0' && text[end - 2] != '.')
        {
            end--;
        }

        return text[..end];
    }

    /// <summary>Replication pair timestamps, for example <c>2018-05-04T03:43:24.108526</c> (reference 5.6.3).</summary>
    public static string ReplicationTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>Job and failed-task timestamps, for example <c>2019-04-19T01:55:30.443Z</c> (reference 5.1.1,
    /// 5.9.1).</summary>
    public static string JobTime(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A resource ID in the reference's UUID form.</summary>
    public static string NewId() => Guid.NewGuid().ToString("D");

    /// <summary>A job or request ID in the reference's 32-hex-digit form.</summary>
    public static string NewJobId() => Guid.NewGuid().ToString("N");
}
