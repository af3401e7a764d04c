using System.Diagnostics;
using SdrsSdk.Testing.Internal;
using SdrsSdk.Testing.Internal.State;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SdrsSdk.Testing;

/// <summary>
/// An in-process SDRS for tests and samples: a stateful emulator of the whole SDRS API on a random loopback port,
/// with the reference's wire formats, error codes, job progression and authentication.
/// </summary>
/// <remarks>
/// <para>
/// Start one per test (or share one per test class), point an <see cref="SdrsClient"/> at it, and dispose it at the
/// end. It depends on no test framework.
/// </para>
/// <code>
/// await using SdrsEmulator emulator = SdrsEmulator.Start();
/// using SdrsClient client = emulator.CreateClient();
///
/// ActiveDomain domain = (await client.ActiveDomains.ListAsync())[0];
/// SdrsJobOperation&lt;ServerGroup&gt; create = await client.ServerGroups.StartCreateAsync(
///     new CreateServerGroupRequest("orders", domain.LocalReplicationCluster!.AvailabilityZone!,
///         domain.RemoteReplicationCluster!.AvailabilityZone!, domain.Id, EmulatedIds.NewVpcId()));
/// ServerGroup group = await create.WaitForResourceAsync();   // INIT, RUNNING, SUCCESS
/// </code>
/// <para>
/// What it emulates: active-active domains (<see cref="SdrsEmulatorOptions.Domains"/>), protection groups,
/// protected instances with their DR site servers, replication pairs with their DR site disks, DR drills with their
/// drill servers, tags, the task center (every failed job is recorded there) and quotas. Asynchronous operations answer
/// a <c>job_id</c>; the job reads <c>INIT</c>, then <c>RUNNING</c>, then <c>SUCCESS</c> over
/// <see cref="SdrsEmulatorOptions.JobInitPolls"/> and <see cref="SdrsEmulatorOptions.JobRunningPolls"/> polls (or
/// over <see cref="SdrsEmulatorOptions.JobDuration"/>), and the change lands when it succeeds: resources pass through
/// the transitional statuses of Appendix A.2 to A.5 (<c>creating</c>, <c>starting</c>, <c>failing-over</c>, …).
/// </para>
/// <para>
/// The preconditions the reference states are enforced with its error codes and envelopes, for example a failover
/// of a group that is not <c>protected</c>, <c>error-failing-over</c> or <c>error-reversing</c> is answered
/// <c>400 {"error":{"code":"SDRS.1022",…}}</c>, and a missing protection group <c>400 SDRS.1013</c> (which the SDK
/// raises as <see cref="SdrsNotFoundException"/>).
/// </para>
/// <para>
/// Every request but the two version APIs must carry <see cref="Token"/> in <c>X-Auth-Token</c> or a valid AK/SK
/// signature made with <see cref="AccessKey"/> and <see cref="SecretKey"/>; anything else is answered 401
/// <c>APIGW.0301</c>. Every response carries an <c>X-Request-Id</c>.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class SdrsEmulator : IDisposable, IAsyncDisposable
{
    private readonly WireMockServer _server;
    private readonly EmulatorCore _core;
    private readonly SdrsEmulatorOptions _options;
    private int _disposed;

    private SdrsEmulator(SdrsEmulatorOptions options, WireMockServer server, EmulatorCore core)
    {
        _options = options;
        _server = server;
        _core = core;
        Endpoint = new Uri(server.Url!.TrimEnd('/') + "/");
        core.Endpoint = Endpoint;
    }

    /// <summary>Gets the emulator's address, for example <c>http://127.0.0.1:50321/</c> (plain HTTP, loopback
    /// only).</summary>
    /// <remarks>
    /// Use it to build options by hand, or to reach the emulator with another HTTP client:
    /// <code>
    /// var options = new SdrsClientOptions
    /// {
    ///     Endpoint = emulator.Endpoint,
    ///     ProjectId = emulator.ProjectId,
    ///     Credential = new StaticTokenCredential(emulator.Token),
    ///     AllowInsecureHttp = true,
    /// };
    /// </code>
    /// </remarks>
    public Uri Endpoint { get; }

    /// <summary>Gets the project the emulator serves.</summary>
    /// <remarks>
    /// Project-scoped paths are <c>/v1/{ProjectId}/…</c>; a request for another project (in the path or in
    /// <c>X-Project-Id</c>) is refused with <c>400 SDRS.0001</c>.
    /// <code>
    /// Uri groups = new(emulator.Endpoint, $"v1/{emulator.ProjectId}/server-groups");
    /// </code>
    /// </remarks>
    public string ProjectId => _options.ProjectId;

    /// <summary>Gets the token the emulator accepts in <c>X-Auth-Token</c>.</summary>
    /// <remarks>
    /// <code>
    /// using SdrsClient client = emulator.CreateClient(new StaticTokenCredential(emulator.Token));
    /// </code>
    /// </remarks>
    public string Token => _options.Token;

    /// <summary>Gets the access key ID (AK) the emulator accepts.</summary>
    /// <remarks>
    /// <code>
    /// using SdrsClient client = emulator.CreateClient(
    ///     new AccessKeyCredential(emulator.AccessKey, emulator.SecretKey));
    /// </code>
    /// </remarks>
    public string AccessKey => _options.AccessKey;

    /// <summary>Gets the secret access key (SK) the emulator verifies signatures with.</summary>
    /// <remarks>
    /// A signature made with another SK is refused with 401 <c>APIGW.0301</c>:
    /// <code>
    /// using SdrsClient wrong = emulator.CreateClient(new AccessKeyCredential(emulator.AccessKey, "not-the-secret"));
    /// await Assert.ThrowsAsync&lt;SdrsAuthenticationException&gt;(() => wrong.ServerGroups.ListAsync());
    /// </code>
    /// </remarks>
    public string SecretKey => _options.SecretKey;

    /// <summary>Gets the emulator's clock (<see cref="SdrsEmulatorOptions.TimeProvider"/>).</summary>
    /// <remarks>
    /// With a fake clock, time-based jobs end when the test advances it:
    /// <code>
    /// var clock = new FakeTimeProvider();
    /// using var emulator = SdrsEmulator.Start(
    ///     new SdrsEmulatorOptions { TimeProvider = clock, JobDuration = TimeSpan.FromMinutes(5) });
    /// // … start a job …
    /// clock.Advance(TimeSpan.FromMinutes(5));   // the job has ended, read or not
    /// </code>
    /// </remarks>
    public TimeProvider TimeProvider => _options.TimeProvider;

    /// <summary>Gets every request received since the start (or the last <see cref="Reset"/>), oldest first.</summary>
    /// <value>A snapshot: later requests do not change it.</value>
    /// <remarks>
    /// <code>
    /// Assert.All(emulator.Journal, entry => Assert.Equal(SdrsAuthenticationKind.AccessKey, entry.Authentication));
    /// Assert.Contains(
    ///     emulator.Journal,
    ///     entry => entry.Method == "POST" &amp;&amp; entry.Path.EndsWith("/server-groups", StringComparison.Ordinal));
    /// </code>
    /// </remarks>
    public IReadOnlyList<SdrsJournalEntry> Journal => _core.Journal;

    /// <summary>Starts an emulator on a random free port of 127.0.0.1.</summary>
    /// <param name="options">The configuration; <see langword="null"/> for the defaults. It is copied.</param>
    /// <returns>The running emulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">The options are invalid; the message names each broken rule.</exception>
    /// <remarks>
    /// <code>
    /// using SdrsEmulator emulator = SdrsEmulator.Start(new SdrsEmulatorOptions { ServerGroupQuota = 2 });
    /// </code>
    /// </remarks>
    public static SdrsEmulator Start(SdrsEmulatorOptions? options = null)
    {
        SdrsEmulatorOptions copy = (options ?? new SdrsEmulatorOptions()).Clone();
        copy.Validate();
        var core = new EmulatorCore(copy);
        WireMockServer server = WireMockServer.Start(
            new WireMockServerSettings
            {
                Urls = ["http://127.0.0.1:0"],
                StartAdminInterface = false,
                Logger = new WireMockNullLogger(),
                AllowBodyForAllHttpMethods = true,
                DisableJsonBodyParsing = true,
                DisableRequestBodyDecompressing = true,
                MaxRequestLogCount = 0,
                PreWireMockMiddlewareInit = DropConnectionMiddleware.Install,
            }
        );
        try
        {
            server
                .Given(Request.Create().UsingAnyMethod())
                .RespondWith(Response.Create().WithCallback(core.HandleAsync));
            return new SdrsEmulator(copy, server, core);
        }
        catch
        {
            server.Stop();
            server.Dispose();
            core.Dispose();
            throw;
        }
    }

    /// <summary>Creates client options wired to the emulator: endpoint, project, a credential, its clock and quick job
    /// polling.</summary>
    /// <param name="credential">
    /// The credential; <see langword="null"/> for an AK/SK credential with <see cref="AccessKey"/> and
    /// <see cref="SecretKey"/>, so every request is signed and verified.
    /// </param>
    /// <returns>New options, which the caller may change before building a client.</returns>
    /// <remarks>
    /// <see cref="SdrsClientOptions.AllowInsecureHttp"/> is set (the emulator speaks plain HTTP on loopback), the
    /// client shares the emulator's <see cref="TimeProvider"/>, and <see cref="SdrsClientOptions.JobPolling"/> polls
    /// without backoff or jitter (every 10 ms, or a tenth of <see cref="SdrsEmulatorOptions.JobDuration"/>), since
    /// emulated jobs progress by polls.
    /// <code>
    /// SdrsClientOptions options = emulator.CreateClientOptions(new StaticTokenCredential(emulator.Token));
    /// options.Transport = new MyRecordingHandler(new SocketsHttpHandler());
    /// using var client = new SdrsClient(options);
    /// </code>
    /// </remarks>
    public SdrsClientOptions CreateClientOptions(SdrsCredential? credential = null)
    {
        TimeSpan interval = TimeSpan.FromMilliseconds(10);
        if (_options.JobDuration is { } duration && duration / 10 > interval)
        {
            interval = duration / 10 > TimeSpan.FromSeconds(5) ? TimeSpan.FromSeconds(5) : duration / 10;
        }

        return new SdrsClientOptions
        {
            Endpoint = Endpoint,
            ProjectId = ProjectId,
            Credential = credential ?? new AccessKeyCredential(AccessKey, SecretKey),
            AllowInsecureHttp = true,
            TimeProvider = _options.TimeProvider,

            // Retries as in production, with waits short enough for tests: a Retry-After beyond 1 s surfaces at once.
            Retry = new SdrsRetryOptions
            {
                BaseDelay = TimeSpan.FromMilliseconds(10),
                MaxDelay = TimeSpan.FromSeconds(1),
            },
            JobPolling = new JobPollingOptions
            {
                InitialDelay = TimeSpan.Zero,
                MinInterval = interval,
                MaxInterval = interval,
                IntervalRatio = 0,
                JitterRatio = 0,
            },
        };
    }

    /// <summary>Creates a client of the emulator (see <see cref="CreateClientOptions"/>).</summary>
    /// <param name="credential">The credential; <see langword="null"/> for the emulator's AK/SK.</param>
    /// <param name="configure">Changes to the options before the client is built, or <see langword="null"/>.</param>
    /// <returns>A new client; dispose it when done.</returns>
    /// <exception cref="ArgumentException"><paramref name="configure"/> left the options invalid.</exception>
    /// <remarks>
    /// <code>
    /// using SdrsClient client = emulator.CreateClient(configure: options =>
    /// {
    ///     options.Timeout = TimeSpan.FromSeconds(2);               // the whole call, retries included
    ///     options.Retry.AttemptTimeout = TimeSpan.FromSeconds(1);  // one attempt; shorter than Timeout
    /// });
    /// </code>
    /// </remarks>
    public SdrsClient CreateClient(SdrsCredential? credential = null, Action<SdrsClientOptions>? configure = null)
    {
        SdrsClientOptions options = CreateClientOptions(credential);
        configure?.Invoke(options);
        return new SdrsClient(options);
    }

    /// <summary>Makes the next job of a type end in <c>FAIL</c>, with an error code and reason, and recorded in the
    /// task center.</summary>
    /// <param name="jobType">The job type, for example <see cref="JobType.FailoverProtectionGroup"/>.</param>
    /// <param name="errorCode">
    /// The job's <c>error_code</c>; <see langword="null"/> for the catalog's code for that operation (for example
    /// <c>SDRS.1030</c>, failed to perform the failover; <c>SDRS.0405</c> for types without one).
    /// </param>
    /// <param name="failReason">The job's <c>fail_reason</c>; <see langword="null"/> for the catalog message of the
    /// code.</param>
    /// <exception cref="ArgumentException"><paramref name="jobType"/> is empty.</exception>
    /// <remarks>
    /// Calls queue up: two calls fail the next two jobs of the type. The job progresses as usual and fails where it
    /// would have succeeded; its resources land in the error status of Appendix A (<c>error</c> for a failed
    /// creation, <c>error-failing-over</c> for a failed failover, …). A job with sub-jobs fails its last sub-job; the
    /// others succeed. The SDK raises <see cref="SdrsJobFailedException"/> from a wait.
    /// <code>
    /// emulator.FailNextJob(JobType.FailoverProtectionGroup);
    /// SdrsJobOperation failover = await client.ServerGroups.StartFailoverAsync(groupId);
    /// var failed = await Assert.ThrowsAsync&lt;SdrsJobFailedException&gt;(() => failover.WaitForCompletionAsync());
    /// // failed.Job.ErrorCode == "SDRS.1030"; the group is now error-failing-over
    /// </code>
    /// </remarks>
    public void FailNextJob(JobType jobType, string? errorCode = null, string? failReason = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType.Value, nameof(jobType));
        string code = string.IsNullOrWhiteSpace(errorCode)
            ? JobTypes.DefaultErrorCode(jobType.Value)
            : errorCode.Trim();
        string reason = failReason
            ?? (SdrsErrorCatalog.TryGet(code, out SdrsErrorInfo? info) ? info.Message : "Failed to execute the job");
        _core.WithState(state =>
        {
            state.Jobs.PlanFailure(jobType.Value, code, reason);
            return 0;
        });
    }

    /// <summary>Injects a fault into the next requests, optionally only those of a method and a path.</summary>
    /// <param name="fault">The fault: a status code, a delay or a broken connection.</param>
    /// <param name="count">How many matching requests get it.</param>
    /// <param name="method">The HTTP method to match (<c>GET</c>, <c>POST</c>, …), or <see langword="null"/> for
    /// any.</param>
    /// <param name="pathContains">Text the decoded path must contain (for example <c>/jobs/</c>), or <see
    /// langword="null"/> for any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fault"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <remarks>
    /// Injected faults apply before random ones (<see cref="SdrsEmulatorOptions.FaultRate"/>), oldest first. The
    /// journal shows which requests got which fault.
    /// <code>
    /// emulator.InjectFault(SdrsFault.Status(503), count: 2, method: "GET", pathContains: "/jobs/");
    /// await operation.WaitForCompletionAsync();   // the SDK's poller rides out both 503s
    /// </code>
    /// </remarks>
    public void InjectFault(SdrsFault fault, int count = 1, string? method = null, string? pathContains = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _core.InjectFault(
            fault,
            count,
            string.IsNullOrWhiteSpace(method) ? null : method.Trim(),
            string.IsNullOrEmpty(pathContains) ? null : pathContains
        );
    }

    /// <summary>Registers a production site server, which makes server checks strict (see <see
    /// cref="EmulatedServer"/>).</summary>
    /// <param name="server">The server.</param>
    /// <exception cref="ArgumentNullException"><paramref name="server"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The server ID or its VPC ID is not a UUID (and <see
    /// cref="SdrsEmulatorOptions.AllowReadableIds"/> is off).</exception>
    /// <remarks>
    /// <code>
    /// var server = new EmulatedServer { VpcId = group.SourceVpcId };   // a fresh server ID
    /// emulator.AddServer(server);
    /// </code>
    /// </remarks>
    public void AddServer(EmulatedServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        CheckId(server.Id, nameof(server));
        if (server.VpcId is not null)
        {
            CheckId(server.VpcId, nameof(server));
        }

        _core.WithState(state => state.Servers[server.Id] = server);
    }

    /// <summary>Registers a production site disk, which makes disk checks strict (see <see
    /// cref="EmulatedVolume"/>).</summary>
    /// <param name="volume">The disk.</param>
    /// <exception cref="ArgumentNullException"><paramref name="volume"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The disk ID is not a UUID (and <see
    /// cref="SdrsEmulatorOptions.AllowReadableIds"/> is off).</exception>
    /// <remarks>
    /// <code>
    /// var disk = new EmulatedVolume { SizeGb = 100, Bootable = true };   // a fresh disk ID
    /// emulator.AddVolume(disk);
    /// </code>
    /// </remarks>
    public void AddVolume(EmulatedVolume volume)
    {
        ArgumentNullException.ThrowIfNull(volume);
        CheckId(volume.Id, nameof(volume));
        _core.WithState(state => state.Volumes[volume.Id] = volume);
    }

    /// <summary>Registers a VPC, which makes VPC checks strict (see <see
    /// cref="SdrsEmulatorOptions.VpcIds"/>).</summary>
    /// <param name="vpcId">The VPC ID.</param>
    /// <exception cref="ArgumentException"><paramref name="vpcId"/> is empty, or not a UUID (and <see
    /// cref="SdrsEmulatorOptions.AllowReadableIds"/> is off).</exception>
    /// <remarks>
    /// <code>
    /// string production = EmulatedIds.NewVpcId(), drill = EmulatedIds.NewVpcId();
    /// emulator.AddVpc(production);
    /// emulator.AddVpc(drill);
    /// </code>
    /// </remarks>
    public void AddVpc(string vpcId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vpcId);
        CheckId(vpcId, nameof(vpcId));
        _core.WithState(state => state.Vpcs.Add(vpcId));
    }

    private void CheckId(string id, string paramName)
    {
        if (!Formats.IsId(id, _options.AllowReadableIds))
        {
            throw new ArgumentException(
                $"'{id}' is not a UUID, as the service's IDs are; take one from {nameof(EmulatedIds)}, or turn "
                    + $"{nameof(SdrsEmulatorOptions)}.{nameof(SdrsEmulatorOptions.AllowReadableIds)} on.",
                paramName
            );
        }
    }

    /// <summary>Ends every job still running now, as if each had been polled to its end (planned failures
    /// included).</summary>
    /// <returns>How many jobs ended.</returns>
    /// <remarks>
    /// For tests that start operations without waiting for them.
    /// <code>
    /// await client.ServerGroups.StartCreateAsync(request);   // not waited for
    /// emulator.CompletePendingJobs();                          // the group is available now
    /// </code>
    /// </remarks>
    public int CompletePendingJobs() => _core.WithState(state => state.Jobs.CompleteAll());

    /// <summary>Forgets every resource, job, failed task, planned failure, injected fault and journal entry;
    /// infrastructure returns to the options'.</summary>
    /// <remarks>
    /// The server keeps running on the same port, so clients stay usable. The random fault draws restart from
    /// <see cref="SdrsEmulatorOptions.Seed"/>.
    /// <code>
    /// emulator.Reset();   // between tests sharing one emulator
    /// </code>
    /// </remarks>
    public void Reset() => _core.Reset();

    /// <summary>Stops the emulator and frees its port.</summary>
    /// <remarks>Requests in flight are cut off; clients of the emulator get transport errors afterwards. Disposing
    /// twice does nothing.</remarks>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _core.Stop();
            _server.Stop();
            _server.Dispose();
            _core.Dispose();
        }
    }

    /// <summary>Stops the emulator and frees its port.</summary>
    /// <returns>A task that completes when the emulator has stopped.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public override string ToString() => $"SdrsEmulator(Endpoint={Endpoint}, ProjectId={ProjectId})";
}
