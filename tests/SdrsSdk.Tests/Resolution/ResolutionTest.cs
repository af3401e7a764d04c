using Microsoft.Extensions.Logging.Abstractions;
using SdrsSdk.Operations.Internal;
using SdrsSdk.Resolution.Internal;
using SdrsSdk.Testing;
using SdrsSdk.Tests.Emulator;

namespace SdrsSdk.Tests.Resolution;

/// <summary>
/// An emulator, a resolver reading it, and helpers that make a write fail ambiguously the way the network does: the
/// work done and the answer lost (504 after processing), or refused before it (503).
/// </summary>
public abstract class ResolutionTest : EmulatorTest
{
    /// <summary>Reads once (no settle wait), with the default budget and clock skew.</summary>
    internal static readonly SdrsResolutionOptions Once = new() { SettleDelay = TimeSpan.Zero };

    protected static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    internal static IReadOnlyDictionary<string, string> Ids(params (string Name, string Id)[] ids) =>
        ids.ToDictionary(id => id.Name, id => id.Id);

    /// <summary>Sends a write that the service carries out but whose answer is lost behind a 504; returns when it
    /// was sent.</summary>
    protected Task<DateTimeOffset> LoseTheAnswerAsync(Func<SdrsClient, Task> write) =>
        FailAsync(SdrsFault.StatusAfterProcessing(504), write);

    /// <summary>Sends a write that a gateway refuses with 503 before the service sees it; returns when it was
    /// sent.</summary>
    protected Task<DateTimeOffset> RefuseAsync(Func<SdrsClient, Task> write) => FailAsync(SdrsFault.Status(503), write);

    internal Task<SdrsOutcome> ResolveAsync(
        SdrsOperation operation,
        DateTimeOffset sentAt,
        object? arguments = null,
        IReadOnlyDictionary<string, string>? pathIds = null,
        SdrsResolutionOptions? options = null,
        DateTimeOffset? failedAt = null
    ) =>
        Resolver(options)
            .ResolveAsync(
                new SdrsWriteRequest(operation, sentAt)
                {
                    Arguments = arguments,
                    PathIds = pathIds ?? new Dictionary<string, string>(),
                    FailedAt = failedAt,
                },
                CancellationToken.None
            );

    internal SdrsOutcomeResolver Resolver(SdrsResolutionOptions? options = null) =>
        new(Client, TimeProvider.System, NullLogger.Instance, options ?? Once);

    /// <summary>Follows an applied effect after the emulator finished its jobs.</summary>
    internal async Task<SdrsEffectState> FinishAndFollowAsync(SdrsOutcome outcome)
    {
        Emulator.CompletePendingJobs();
        return await outcome.Effect!.ReadStateAsync(CancellationToken.None);
    }

    private async Task<DateTimeOffset> FailAsync(SdrsFault fault, Func<SdrsClient, Task> write)
    {
        using SdrsClient client = Emulator.CreateClient(configure: options =>
        {
            options.Retry.MaxRetries = 0;
            options.ResolveAmbiguousWrites = false;
        });
        DateTimeOffset sentAt = Now;
        Emulator.InjectFault(fault);
        Func<Task> call = () => write(client);
        await call.Should().ThrowAsync<SdrsServerException>();
        return sentAt;
    }
}
