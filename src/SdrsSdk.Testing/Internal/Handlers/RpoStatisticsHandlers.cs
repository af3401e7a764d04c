using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>
/// RPO statistics (newer than the reference; Huawei Cloud's ListRpoStatistics), derived from the replication pairs:
/// the emulator keeps no history, so every minute point counts the pairs that existed by then and are out of their RPO
/// now (see docs/emulator.md).
/// </summary>
internal static class RpoStatisticsHandlers
{
    /// <summary>The most minute points one list covers: a day.</summary>
    private const int MaxPoints = 1440;

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss.fff";

    /// <summary>GET resource/rpo-statistics.</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state)
    {
        (int, int) page = Paging.Read(request);
        DateTimeOffset? start = ReadTime(request, "start_time");
        DateTimeOffset? end = ReadTime(request, "end_time");
        string resourceType = request.QueryValue("resource_type") ?? "replication";
        if (resourceType != "replication")
        {
            throw new EmulatorException("SDRS.0201", $"resource_type '{resourceType}'");
        }

        List<(DateTimeOffset Point, int Count)> points = [];
        if (state.Pairs.Count > 0)
        {
            DateTimeOffset now = Minute(state.Now);
            DateTimeOffset first = Minute(state.Pairs.Values.Min(pair => pair.CreatedAt));
            if (now - first > TimeSpan.FromMinutes(MaxPoints - 1))
            {
                first = now - TimeSpan.FromMinutes(MaxPoints - 1);
            }

            for (DateTimeOffset point = first; point <= now; point += TimeSpan.FromMinutes(1))
            {
                if ((start is null || point >= Minute(start.Value)) && (end is null || point <= end))
                {
                    points.Add(
                        (
                            point,
                            state.Pairs.Values.Count(pair => Minute(pair.CreatedAt) <= point && IsOutOfRpo(pair, state))
                        )
                    );
                }
            }
        }

        return EmulatorResult.Json(
            new JsonObject { ["count"] = points.Count, ["resource_rpo_statistics"] = Paging.Page(points, page, Render) }
        );
    }

    /// <summary>
    /// A pair is out of its RPO when its data does not reach the DR site: the pair is broken (error, fault, invalid),
    /// or its protection group was failed over and synchronization is stopped until it is protected again.
    /// </summary>
    private static bool IsOutOfRpo(ReplicationPairRecord pair, EmulatorState state) =>
        pair.Status is Statuses.Error or Statuses.Fault or Statuses.Invalid
        || (
            state.Groups.TryGetValue(pair.ServerGroupId, out ServerGroupRecord? group)
            && group.Status is Statuses.FailedOver or Statuses.ErrorReprotecting
        );

    private static JsonNode Render((DateTimeOffset Point, int Count) point) =>
        new JsonObject
        {
            ["id"] = "rpo-" + point.Point.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
            ["point_time"] = point.Point.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ["resource_num"] = point.Count,
            ["resource_type"] = "replication",
            ["created_at"] = Wire.ResourceTime(point.Point),
            ["updated_at"] = Wire.ResourceTime(point.Point),
        };

    private static DateTimeOffset? ReadTime(HttpExchange request, string name)
    {
        if (request.QueryValue(name) is not { } text)
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(
            text,
            TimeFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out DateTimeOffset value
        )
            ? value
            : throw new EmulatorException("SDRS.0201", $"{name} '{text}' is not {TimeFormat}");
    }

    private static DateTimeOffset Minute(DateTimeOffset time) =>
        new(
            time.UtcDateTime.Year,
            time.UtcDateTime.Month,
            time.UtcDateTime.Day,
            time.UtcDateTime.Hour,
            time.UtcDateTime.Minute,
            0,
            TimeSpan.Zero
        );
}
