using System.Globalization;
using SdrsSdk.Http.Internal;
using SdrsSdk.Resources.RpoStatistics.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk;

/// <summary>
/// Reads the RPO statistics: per time point, how many replication pairs had exceeded their recovery point objective.
/// </summary>
/// <remarks>
/// The operation is newer than the API reference's Issue 05; its shape follows Huawei Cloud's ListRpoStatistics
/// (<c>GET /v1/{project_id}/resource/rpo-statistics</c>).
/// </remarks>
public class RpoStatisticsClient
{
    private const string WireTimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    private readonly IRpoStatisticsApi _api;

    /// <summary>Initializes a new instance for mocking: a mocking library overrides the members it needs (an
    /// instance made this way sends nothing; <see cref="SdrsClient"/> builds the working one).</summary>
    protected RpoStatisticsClient()
    {
        _api = null!;
    }

    internal RpoStatisticsClient(IRpoStatisticsApi api)
    {
        _api = api;
    }

    /// <summary>Lists one page of RPO statistics.</summary>
    /// <param name="query">Period, resource type and paging; <see langword="null"/> for the service's defaults.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The time points on the page and the count the service reports.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><c>limit</c> is outside 1 to 1000, or <c>offset</c> is
    /// negative.</exception>
    /// <exception cref="ArgumentException"><c>start_time</c> is after <c>end_time</c>, or <c>resource_type</c> is
    /// empty.</exception>
    /// <exception cref="SdrsException">The service refused the call or answered with something unreadable.</exception>
    /// <remarks>Calls <c>GET /v1/{project_id}/resource/rpo-statistics</c> (Huawei Cloud ListRpoStatistics).</remarks>
    public virtual async Task<RpoStatisticPage> ListAsync(
        RpoStatisticQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        Validate(query);
        RpoStatisticListEnvelope body = await FetchAsync(query, query?.Offset, query?.Limit, cancellationToken)
            .ConfigureAwait(false);
        return new RpoStatisticPage
        {
            RpoStatistics = body.Statistics,
            Count = body.Count,
            Source = body.Source,
        };
    }

    /// <summary>Lists every RPO statistics point that matches, fetching page after page as the caller reads.</summary>
    /// <param name="query">
    /// Period and resource type; <c>limit</c> sets the page size (1 to 1000; 100 when not set) and <c>offset</c> where
    /// to start.
    /// </param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <returns>The time points, in the order the service lists them.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><c>limit</c> is outside 1 to 1000, or <c>offset</c> is
    /// negative.</exception>
    /// <exception cref="ArgumentException"><c>start_time</c> is after <c>end_time</c>, or <c>resource_type</c> is
    /// empty.</exception>
    /// <exception cref="SdrsException">A page request failed (thrown while enumerating).</exception>
    /// <remarks>
    /// Calls <c>GET /v1/{project_id}/resource/rpo-statistics</c> with <c>limit</c> and <c>offset</c> until a page comes
    /// back short or the reported <c>count</c> is reached. Arguments are checked when the method is called.
    /// </remarks>
    public virtual IAsyncEnumerable<RpoStatistic> ListAllAsync(
        RpoStatisticQuery? query = null,
        CancellationToken cancellationToken = default
    )
    {
        Validate(query);
        return SdrsPaging.WalkAsync(
            async (offset, limit, token) =>
            {
                RpoStatisticListEnvelope body = await FetchAsync(query, offset, limit, token).ConfigureAwait(false);
                return (body.Statistics, body.Count);
            },
            query?.Limit ?? SdrsPaging.DefaultPageSize,
            query?.Offset ?? 0,
            cancellationToken
        );
    }

    private static void Validate(RpoStatisticQuery? query)
    {
        if (query is null)
        {
            return;
        }

        // The service reads limit 0 as "its default"; the shared rule asks for a real page size (1 to 1000).
        SdrsValidation.Limit(query.Limit, nameof(query));

        SdrsValidation.Offset(query.Offset, nameof(query));
        SdrsValidation.Check(
            !(query.StartTime > query.EndTime),
            "start_time must not be after end_time.",
            nameof(query)
        );
        SdrsValidation.Optional(
            query.ResourceType,
            "resource_type",
            nameof(query),
            "leave it null for the service's default"
        );
    }

    private static string? WireTime(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString(WireTimeFormat, CultureInfo.InvariantCulture);

    private Task<RpoStatisticListEnvelope> FetchAsync(
        RpoStatisticQuery? query,
        int? offset,
        int? limit,
        CancellationToken cancellationToken
    ) =>
        _api.ListAsync(
            limit,
            offset,
            WireTime(query?.StartTime),
            WireTime(query?.EndTime),
            query?.ResourceType,
            cancellationToken
        );
}
