namespace SdrsSdk.Tests.TestSupport;

/// <summary>Retry settings whose waits a test can predict.</summary>
internal static class TestRetry
{
    /// <summary>
    /// Three retries waiting 1, 2 and 4 s (no jitter, at most 30 s) and no attempt timeout, so that on a stepped
    /// clock every recorded wait is a retry's.
    /// </summary>
    public static SdrsRetryOptions Predictable() =>
        new()
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromSeconds(1),
            MaxDelay = TimeSpan.FromSeconds(30),
            UseJitter = false,
            AttemptTimeout = Timeout.InfiniteTimeSpan,
        };
}
