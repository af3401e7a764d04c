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
    /// <param name="startResponse">The handle's <see cref="SdrsJobOperation.StartResponse"/>: the response of the
    /// start call the code under test reads (its request ID, for example).</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="job"/> is <see langword="null"/>.</exception>
    public static SdrsJobOperation JobOperation(SdrsJob job, SdrsResponse? startResponse = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new SdrsJobOperation(job) { StartResponse = startResponse };
    }

    /// <summary>
    /// Creates a handle of a job that creates a resource: as <see cref="JobOperation(SdrsJob, SdrsResponse?)"/>, and
    /// <see cref="SdrsJobOperation{T}.WaitForResourceAsync"/> returns <paramref name="resource"/> once the job
    /// succeeded, when the job's entities name it under <paramref name="entityKey"/>.
    /// </summary>
    /// <typeparam name="T">The resource type, for example <see cref="ServerGroup"/>.</typeparam>
    /// <param name="job">The job, with the status the test needs and the entity naming the resource.</param>
    /// <param name="entityKey">The wire name of the entity, for example <c>server_group_id</c>.</param>
    /// <param name="resource">The resource the wait returns.</param>
    /// <param name="startResponse">The handle's <see cref="SdrsJobOperation.StartResponse"/>.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static SdrsJobOperation<T> JobOperation<T>(
        SdrsJob job,
        string entityKey,
        T resource,
        SdrsResponse? startResponse = null
    )
        where T : class
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(entityKey);
        ArgumentNullException.ThrowIfNull(resource);
        return new SdrsJobOperation<T>(job, entityKey, resource) { StartResponse = startResponse };
    }
}
