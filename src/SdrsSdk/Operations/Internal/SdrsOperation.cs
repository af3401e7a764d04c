namespace SdrsSdk.Operations.Internal;

/// <summary>
/// One SDRS operation, declared once in <see cref="SdrsOperations"/>: what the reference says about it and what the SDK
/// sends and reads. Log and exception labels come from it; convention tests check the Refit interfaces, the JSON
/// context, the emulator's routes and <c>docs/operations.md</c> against it.
/// </summary>
internal sealed class SdrsOperation
{
    private const string ProjectPrefix = "/v1/{project_id}/";

    public SdrsOperation(
        string id,
        string section,
        string method,
        string path,
        SdrsRepeatClass repeatClass,
        Type? body,
        Type? result,
        string[] clientMethods,
        JobType? jobType = null,
        string? variant = null,
        string? action = null
    )
    {
        Id = id;
        Section = section;
        Method = method;
        Path = path;
        RepeatClass = repeatClass;
        BodyType = body;
        ResultType = result;
        ClientMethods = clientMethods;
        JobType = jobType;
        Variant = variant;

        // The label logs and exceptions show: the method, the path under the project and, where several operations
        // share that path, the action that tells them apart.
        Label =
            method
            + " "
            + (path.StartsWith(ProjectPrefix, StringComparison.Ordinal) ? path[ProjectPrefix.Length..] : path)
            + (action is null ? string.Empty : " (" + action + ")");
    }

    /// <summary>Gets the stable name of the operation, <c>Resource.Action</c> (for example
    /// <c>ServerGroups.Create</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the section of the API reference (Issue 05) that documents it; <c>—</c> for a newer
    /// operation.</summary>
    public string Section { get; }

    /// <summary>Gets the HTTP method.</summary>
    public string Method { get; }

    /// <summary>Gets the path template exactly as the reference prints it, from the endpoint root.</summary>
    public string Path { get; }

    /// <summary>
    /// Gets what tells operations that share a method and path apart (the action key of the body), as Markdown for
    /// the docs; <see langword="null"/> when the path alone identifies it.
    /// </summary>
    public string? Variant { get; }

    /// <summary>Gets what sending the operation again does.</summary>
    public SdrsRepeatClass RepeatClass { get; }

    /// <summary>Gets the type serialized as the request body; <see langword="null"/> without a body.</summary>
    public Type? BodyType { get; }

    /// <summary>Gets the type the response body is read into; <see langword="null"/> when the body is not
    /// read.</summary>
    public Type? ResultType { get; }

    /// <summary>Gets the job type the operation starts; <see langword="null"/> for a synchronous operation.</summary>
    public JobType? JobType { get; }

    /// <summary>Gets a value indicating whether the operation answers with a job ID and finishes in a server
    /// job.</summary>
    public bool IsAsynchronous => JobType is not null;

    /// <summary>Gets the public methods that call it, as <c>ClientProperty.MethodName</c> under <see
    /// cref="SdrsClient"/>.</summary>
    public IReadOnlyList<string> ClientMethods { get; }

    /// <summary>
    /// Gets the label logs and exception messages use: method and path under the project (<c>GET server-groups</c>),
    /// and the action when operations share the path (<c>POST server-groups/{server_group_id}/action
    /// (failover-server-group)</c>).
    /// </summary>
    public string Label { get; }

    /// <summary>
    /// Gets a value indicating whether the request retry may send the operation again after a failure that may have
    /// reached the service: reads, idempotent writes, and deletes answered synchronously (sent again after they
    /// succeeded, they answer not-found, which counts as done). Not the writes that start a job: those are resolved
    /// (<c>SdrsOutcomeResolver</c>) instead.
    /// </summary>
    public bool MayRepeat =>
        RepeatClass is SdrsRepeatClass.Read or SdrsRepeatClass.IdempotentWrite
        || (RepeatClass == SdrsRepeatClass.Delete && !IsAsynchronous);

    /// <summary>Gets the job type of an asynchronous operation.</summary>
    /// <exception cref="InvalidOperationException">The operation is synchronous (a mistake in the table's
    /// use).</exception>
    public JobType StartedJobType =>
        JobType ?? throw new InvalidOperationException($"{Id} is not an asynchronous operation.");

    /// <inheritdoc/>
    public override string ToString() => Label;
}
