using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;
using SdrsSdk.Http.Internal;
using SdrsSdk.Jobs.Internal;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Resources.ActiveDomains.Internal;
using SdrsSdk.Resources.Drills.Internal;
using SdrsSdk.Resources.ProtectedInstances.Internal;
using SdrsSdk.Resources.Quotas.Internal;
using SdrsSdk.Resources.Replications.Internal;
using SdrsSdk.Resources.RpoStatistics.Internal;
using SdrsSdk.Resources.ServerGroups.Internal;
using SdrsSdk.Resources.Tags.Internal;
using SdrsSdk.Resources.TaskCenter.Internal;
using SdrsSdk.Resources.Versions.Internal;

namespace SdrsSdk;

/// <summary>
/// The entry point of the SDK: one client per SDRS project, with one property per resource
/// (<see cref="Jobs"/>, <see cref="Versions"/>, <see cref="ActiveDomains"/>, <see cref="Quotas"/>, …).
/// </summary>
/// <remarks>
/// A client owns one <see cref="HttpClient"/>; create it once and reuse it (it is thread-safe), and dispose it when
/// done. In an application with dependency injection, register it with <c>services.AddSdrsClient(...)</c> instead.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public class SdrsClient : IDisposable
{
    private readonly HttpClient _httpClient;
    private readonly bool _ownsHttpClient;

    /// <summary>Initializes a new client from options.</summary>
    /// <param name="options">Endpoint, project, credential and the rest; validated here, then copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public SdrsClient(SdrsClientOptions options)
        : this(CreateOwnedHttpClient(options, out SdrsClientOptions validated), validated, ownsHttpClient: true) { }

    /// <summary>Initializes a new client for an endpoint, a project and a credential.</summary>
    /// <param name="endpoint">The SDRS endpoint, for example
    /// <c>https://sdrs.ap-southeast-1.myhuaweicloud.com</c>.</param>
    /// <param name="projectId">The project ID.</param>
    /// <param name="credential">The credential: AK/SK or token.</param>
    /// <exception cref="ArgumentException">An argument is invalid; the message names it.</exception>
    public SdrsClient(Uri endpoint, string projectId, SdrsCredential credential)
        : this(
            new SdrsClientOptions
            {
                Endpoint = endpoint,
                ProjectId = projectId,
                Credential = credential,
            }
        ) { }

    /// <summary>Initializes a client on an <see cref="HttpClient"/> whose handler chain the caller built
    /// (DI).</summary>
    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs, such as
    /// <see cref="ServerGroups"/> returning a mocked <see cref="ServerGroupsClient"/> (an instance made this way
    /// sends nothing).</summary>
    protected SdrsClient()
    {
        _httpClient = null!;
        Options = null!;
        Jobs = null!;
        Versions = null!;
        ActiveDomains = null!;
        Quotas = null!;
        ServerGroups = null!;
        ProtectedInstances = null!;
        Replications = null!;
        Drills = null!;
        Tags = null!;
        TaskCenter = null!;
        RpoStatistics = null!;
    }

    internal SdrsClient(HttpClient httpClient, SdrsClientOptions options, bool ownsHttpClient)
    {
        _httpClient = httpClient;
        _ownsHttpClient = ownsHttpClient;
        Options = options;
        httpClient.BaseAddress = SdrsPipeline.ProjectBaseAddress(options);
        if (ownsHttpClient)
        {
            // The resilience pipeline applies options.Timeout to the whole call; HttpClient's own timeout would cut
            // retries short.
            httpClient.Timeout = System.Threading.Timeout.InfiniteTimeSpan;
        }

        RefitSettings settings = SdrsPipeline.CreateRefitSettings(options.TimeProvider);
        ILogger logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("SdrsSdk");
        var jobs = new JobsClient(
            Create<IJobsApi>(settings),
            options.TimeProvider,
            logger,
            options.JobPolling,
            options.Credential!.Secrets
        );
        Jobs = jobs;
        Versions = new VersionsClient(Create<IVersionsApi>(settings));
        ActiveDomains = new ActiveDomainsClient(Create<IActiveDomainsApi>(settings));
        Quotas = new QuotasClient(Create<IQuotasApi>(settings));
        ServerGroups = new ServerGroupsClient(Create<IServerGroupsApi>(settings), jobs);
        ProtectedInstances = new ProtectedInstancesClient(Create<IProtectedInstancesApi>(settings), jobs);
        Replications = new ReplicationsClient(Create<IReplicationsApi>(settings), jobs);
        Drills = new DrillsClient(Create<IDrillsApi>(settings), jobs);
        Tags = new TagsClient(Create<ITagsApi>(settings));
        TaskCenter = new TaskCenterClient(Create<ITaskCenterApi>(settings));
        RpoStatistics = new RpoStatisticsClient(Create<IRpoStatisticsApi>(settings));
        if (options.ResolveAmbiguousWrites)
        {
            jobs.Resolver = new SdrsOutcomeResolver(this, options.TimeProvider, logger, options.Resolution);
        }
    }

    /// <summary>Gets the jobs of asynchronous operations (reference 5.1).</summary>
    public virtual JobsClient Jobs { get; }

    /// <summary>Gets the API versions (reference 5.2).</summary>
    public virtual VersionsClient Versions { get; }

    /// <summary>Gets the active-active domains (reference 5.3).</summary>
    public virtual ActiveDomainsClient ActiveDomains { get; }

    /// <summary>Gets the tenant quotas (reference 5.10).</summary>
    public virtual QuotasClient Quotas { get; }

    /// <summary>Gets the protection groups: create, protect, fail over and fail back (reference 5.4).</summary>
    public virtual ServerGroupsClient ServerGroups { get; }

    /// <summary>Gets the protected instances: the servers protection groups protect (reference 5.5).</summary>
    public virtual ProtectedInstancesClient ProtectedInstances { get; }

    /// <summary>Gets the replication pairs (reference 5.6).</summary>
    public virtual ReplicationsClient Replications { get; }

    /// <summary>Gets the disaster recovery drills (reference 5.7).</summary>
    public virtual DrillsClient Drills { get; }

    /// <summary>Gets the tags of protected instances, and the search of protected instances by tag (reference
    /// 5.8).</summary>
    public virtual TagsClient Tags { get; }

    /// <summary>Gets the task center: failed tasks, listed and cleared (reference 5.9).</summary>
    public virtual TaskCenterClient TaskCenter { get; }

    /// <summary>Gets the RPO statistics: per time point, how many replication pairs exceeded their RPO.</summary>
    public virtual RpoStatisticsClient RpoStatistics { get; }

    /// <summary>Gets the endpoint the client talks to.</summary>
    public virtual Uri Endpoint => Options.ResolveEndpoint()!;

    /// <summary>
    /// Gets the project the client works in, as set in the options, or <see langword="null"/> when the credential
    /// discovers it through IAM before the first project-scoped call (see <see cref="IamPasswordCredential"/>).
    /// </summary>
    public virtual string? ProjectId => Options.ProjectId;

    internal SdrsClientOptions Options { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the <see cref="HttpClient"/> the client owns (not one it was given).</summary>
    /// <param name="disposing"><see langword="true"/> when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing && _ownsHttpClient)
        {
            _httpClient.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Options is null
            ? "SdrsClient(for mocking)"
            : $"SdrsClient(Endpoint={Endpoint}, ProjectId={ProjectId ?? "<discovered through IAM>"})";

    private static HttpClient CreateOwnedHttpClient(SdrsClientOptions options, out SdrsClientOptions validated)
    {
        ArgumentNullException.ThrowIfNull(options);
        validated = options.Clone();
        validated.Validate();
        // SDRS never redirects: the SDK's transport follows none (a redirect would carry the credential elsewhere).
        HttpMessageHandler transport = validated.Transport ?? SdrsRedirects.CreateTransport();

        // A caller's transport stays the caller's: the client never disposes it.
        HttpMessageHandler pipeline = SdrsPipeline.CreateHandler(
            validated,
            validated.Transport is null ? transport : new BorrowedHandler(transport)
        );
        return new HttpClient(pipeline, disposeHandler: true);
    }

    private T Create<T>(RefitSettings settings) => RestService.ForGenerated<T>(_httpClient, settings);
}
