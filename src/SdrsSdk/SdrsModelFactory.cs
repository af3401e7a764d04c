namespace SdrsSdk;

/// <summary>
/// Builds what the SDK returns, for users' own unit tests: the job handles, which a test cannot otherwise make
/// without a service. The models and pages themselves have public constructors and setters (a convention test holds
/// every type a client returns to that), so a test builds them with object initializers.
/// </summary>
/// <example>
/// <code>
/// var groups = Substitute.For&lt;ServerGroupsClient&gt;();
/// groups.StartProtectionAsync("g-1").Returns(SdrsModelFactory.JobOperation(
///     new SdrsJob { JobId = "j-1", JobType = JobType.StartProtectionGroup, Status = JobStatus.Success }));
/// </code>
/// </example>
public static class SdrsModelFactory
{
    /// <summary>
    /// Creates a handle of a job as given: <see cref="SdrsJobOperation.Job"/> and <see cref="SdrsJobOperation.Status"/>
    /// are the job's, <see cref="SdrsJobOperation.UpdateStatusAsync"/> returns it, and
    /// <see cref="SdrsJobOperation.WaitForCompletionAsync"/> returns it when it succeeded and throws
    /// <see cref="SdrsJobFailedException"/> when it failed (a job that has not ended cannot be waited for). It sends
    /// nothing.
    /// </summary>
    /// <param name="job">The job, with the status the test needs.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is <see langword="null"/>.</exception>
    public static SdrsJobOperation JobOperation(SdrsJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new SdrsJobOperation(job);
    }

    /// <summary>
    /// Creates a handle of a job that creates a resource: as <see cref="JobOperation(SdrsJob)"/>, and
    /// <see cref="SdrsJobOperation{T}.WaitForResourceAsync"/> returns <paramref name="resource"/> once the job
    /// succeeded, when the job's entities name it under <paramref name="entityKey"/>.
    /// </summary>
    /// <typeparam name="T">The resource type, for example <see cref="ServerGroup"/>.</typeparam>
    /// <param name="job">The job, with the status the test needs and the entity naming the resource.</param>
    /// <param name="entityKey">The wire name of the entity, for example <c>server_group_id</c>.</param>
    /// <param name="resource">The resource the wait returns.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SdrsJobOperation<T> JobOperation<T>(SdrsJob job, string entityKey, T resource)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(entityKey);
        ArgumentNullException.ThrowIfNull(resource);
        return new SdrsJobOperation<T>(job, entityKey, resource);
    }
}
