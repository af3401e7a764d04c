using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using SdrsSdk.Diagnostics.Internal;
using SdrsSdk.Operations.Internal;

namespace SdrsSdk.Resolution.Internal;

/// <summary>
/// Finds out whether a write whose answer was lost took effect, from a fresh read of what the reference guarantees
/// (one <see cref="SdrsResolutionRule"/> per operation), within a time budget: <see cref="SdrsOutcomeVerdict.Applied"/>
/// with the effect to follow, <see cref="SdrsOutcomeVerdict.NotApplied"/> (safe to send again), or
/// <see cref="SdrsOutcomeVerdict.Unknown"/>.
/// </summary>
/// <remarks>
/// It reads through the resource clients, so its reads are retried like any read. A verdict of not applied is read a
/// second time after <see cref="SdrsResolutionOptions.SettleDelay"/>: a request a gateway gave up on may still reach
/// the service. Every verdict is logged at Information and added to the current activity as an event.
/// </remarks>
internal sealed partial class SdrsOutcomeResolver
{
    /// <summary>The name of the activity event each resolution adds.</summary>
    public const string EventName = "sdrs.resolution";

    private static readonly Dictionary<SdrsOperation, SdrsResolutionRule> Rules = new()
    {
        [SdrsOperations.ServerGroups.Create] = ServerGroupOutcomes.Create,
        [SdrsOperations.ServerGroups.Delete] = ServerGroupOutcomes.Delete,
        [SdrsOperations.ServerGroups.StartProtection] = ServerGroupOutcomes.StartProtection,
        [SdrsOperations.ServerGroups.StopProtection] = ServerGroupOutcomes.StopProtection,
        [SdrsOperations.ServerGroups.Failover] = ServerGroupOutcomes.Failover,
        [SdrsOperations.ServerGroups.PlannedFailover] = ServerGroupOutcomes.PlannedFailover,
        [SdrsOperations.ProtectedInstances.Create] = ProtectedInstanceOutcomes.Create,
        [SdrsOperations.ProtectedInstances.Delete] = ProtectedInstanceOutcomes.Delete,
        [SdrsOperations.ProtectedInstances.AttachReplication] = ProtectedInstanceOutcomes.Attach,
        [SdrsOperations.ProtectedInstances.DetachReplication] = ProtectedInstanceOutcomes.Detach,
        [SdrsOperations.ProtectedInstances.AddNic] = ProtectedInstanceOutcomes.AddNic,
        [SdrsOperations.ProtectedInstances.DeleteNic] = ProtectedInstanceOutcomes.DeleteNic,
        [SdrsOperations.ProtectedInstances.Resize] = ProtectedInstanceOutcomes.Resize,
        [SdrsOperations.ProtectedInstances.BatchCreate] = ProtectedInstanceOutcomes.BatchCreate,
        [SdrsOperations.ProtectedInstances.BatchDelete] = ProtectedInstanceOutcomes.BatchDelete,
        [SdrsOperations.Replications.Create] = ReplicationOutcomes.Create,
        [SdrsOperations.Replications.Delete] = ReplicationOutcomes.Delete,
        [SdrsOperations.Replications.Expand] = ReplicationOutcomes.Expand,
        [SdrsOperations.Drills.Create] = DrillOutcomes.Create,
        [SdrsOperations.Drills.Delete] = DrillOutcomes.Delete,
    };

    private readonly SdrsClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SdrsResolutionOptions _options;

    public SdrsOutcomeResolver(SdrsClient client, TimeProvider time, ILogger logger, SdrsResolutionOptions options)
    {
        _client = client;
        _time = time;
        _logger = logger;
        _options = options;
    }

    /// <summary>Gets a value indicating whether an operation has a resolution rule.</summary>
    public static bool Covers(SdrsOperation operation) => Rules.ContainsKey(operation);

    /// <summary>Resolves one write.</summary>
    /// <param name="request">The write, as sent.</param>
    /// <param name="cancellationToken">The caller's token: its cancellation ends the resolution with
    /// <see cref="OperationCanceledException"/>, unlike the budget, which ends it with a verdict of unknown.</param>
    /// <returns>The verdict, with <see cref="SdrsOutcome.Operation"/> and <see cref="SdrsOutcome.WhatToCheck"/>
    /// set.</returns>
    public async Task<SdrsOutcome> ResolveAsync(SdrsWriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        SdrsOutcome outcome;
        string whatToCheck;
        if (!Rules.TryGetValue(request.Operation, out SdrsResolutionRule? rule))
        {
            outcome = SdrsOutcome.Unknown("the SDK has no way to look up the effect of this operation");
            whatToCheck = $"the resources {request.Operation.Label} changes";
        }
        else
        {
            whatToCheck = rule.WhatToCheck(request);
            outcome = await RunAsync(rule, request, cancellationToken).ConfigureAwait(false);
        }

        outcome = outcome with { Operation = request.Operation.Id, WhatToCheck = whatToCheck };
        Report(request, outcome);
        return outcome;
    }

    private async Task<SdrsOutcome> RunAsync(
        SdrsResolutionRule rule,
        SdrsWriteRequest request,
        CancellationToken cancellationToken
    )
    {
        using var budget = new CancellationTokenSource(_options.Budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var context = new ResolutionContext(_client, request, _options, _time.GetUtcNow());
        try
        {
            SdrsOutcome outcome = await rule.ResolveAsync(context, linked.Token).ConfigureAwait(false);
            if (outcome.Verdict == SdrsOutcomeVerdict.NotApplied && _options.SettleDelay > TimeSpan.Zero)
            {
                await Task.Delay(_options.SettleDelay, _time, linked.Token).ConfigureAwait(false);
                outcome = await rule.ResolveAsync(context, linked.Token).ConfigureAwait(false);
            }

            return outcome;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SdrsOutcome.Unknown(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the read-back did not finish within the time budget of {_options.Budget.TotalSeconds:0.###} s"
                )
            );
        }
        catch (SdrsException exception)
        {
            return SdrsOutcome.Unknown(ReadFailed(exception.Status, exception.ErrorCode, exception.GetType().Name));
        }
    }

    private static string ReadFailed(int status, string? errorCode, string type) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"the read-back failed ({type}, HTTP {status}{(errorCode is null ? string.Empty : ", " + errorCode)})"
        );

    private void Report(SdrsWriteRequest request, SdrsOutcome outcome)
    {
        LogResolved(_logger, request.Operation.Id, outcome.Verdict, outcome.WhatToCheck, outcome.Evidence);
        if (SdrsMetrics.Resolutions.Enabled)
        {
            string verdict = outcome.Verdict switch
            {
                SdrsOutcomeVerdict.Applied => "applied",
                SdrsOutcomeVerdict.NotApplied => "not_applied",
                _ => "unknown",
            };
            SdrsMetrics.RecordResolution(request.Operation.Id, verdict);
        }

        Activity.Current?.AddEvent(
            new ActivityEvent(
                EventName,
                tags: new ActivityTagsCollection
                {
                    ["sdrs.operation"] = request.Operation.Id,
                    ["sdrs.resolution.verdict"] = outcome.Verdict.ToString(),
                    ["sdrs.resolution.evidence"] = outcome.Evidence,
                }
            )
        );
    }

    [LoggerMessage(
        EventId = 5001,
        Level = LogLevel.Information,
        Message = "Resolved the outcome of {Operation}: {Verdict}. Looked up {LookedUp}; found: {Evidence}."
    )]
    private static partial void LogResolved(
        ILogger logger,
        string operation,
        SdrsOutcomeVerdict verdict,
        string lookedUp,
        string evidence
    );
}
