using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>API versions (5.2), active-active domains (5.3), quotas (5.10) and jobs (5.1).</summary>
internal static class InfoHandlers
{
    private const string Version = "v1";

    /// <summary>GET / (5.2.1).</summary>
    public static EmulatorResult ListVersions(HttpExchange _, EmulatorState state) =>
        EmulatorResult.Json(new JsonObject { ["versions"] = new JsonArray(VersionJson(state.Endpoint)) });

    /// <summary>GET /{api_version} (5.2.2); only v1 exists.</summary>
    public static EmulatorResult GetVersion(HttpExchange request, EmulatorState state)
    {
        string version = request.Route("api_version");
        return version == Version
            ? EmulatorResult.Json(new JsonObject { ["version"] = VersionJson(state.Endpoint) })
            : EmulatorResult.Error(
                404,
                "SDRS.0201",
                $"Invalid request parameters: API version '{version}' does not exist"
            );
    }

    /// <summary>GET active-domains (5.3.1).</summary>
    public static EmulatorResult ListDomains(HttpExchange _, EmulatorState state)
    {
        var domains = new JsonArray();
        foreach (EmulatedDomain domain in state.Domains)
        {
            domains.Add(
                (JsonNode)
                    new JsonObject
                    {
                        ["id"] = domain.Id,
                        ["name"] = domain.Name,
                        ["description"] = domain.Description,
                        ["sold_out"] = domain.SoldOut,
                        ["local_replication_cluster"] = new JsonObject
                        {
                            ["availability_zone"] = domain.LocalAvailabilityZone,
                        },
                        ["remote_replication_cluster"] = new JsonObject
                        {
                            ["availability_zone"] = domain.RemoteAvailabilityZone,
                        },
                    }
            );
        }

        return EmulatorResult.Json(new JsonObject { ["domains"] = domains });
    }

    /// <summary>GET sdrs/quotas (5.10.1): protection groups and replication pairs used against the configured
    /// quotas.</summary>
    public static EmulatorResult GetQuotas(HttpExchange _, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject
            {
                ["quotas"] = new JsonObject
                {
                    ["resources"] = new JsonArray(
                        Quota("server_groups", state.Groups.Count, state.Options.ServerGroupQuota),
                        Quota("replications", state.Pairs.Count, state.Options.ReplicationQuota)
                    ),
                },
            }
        );

    /// <summary>GET jobs/{job_id} (5.1.1): each read is a poll that moves the job on.</summary>
    public static EmulatorResult GetJob(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(state.Jobs.Poll(request.Route("job_id")));

    private static JsonObject Quota(string type, int used, int quota) =>
        new()
        {
            ["type"] = type,
            ["used"] = used,
            ["quota"] = quota,
            ["min"] = 0,
            ["max"] = -1,
        };

    private static JsonObject VersionJson(Uri endpoint) =>
        new()
        {
            ["id"] = Version,
            ["links"] = new JsonArray(
                new JsonObject { ["href"] = new Uri(endpoint, Version).AbsoluteUri, ["rel"] = "self" }
            ),
            ["status"] = "CURRENT",
            ["updated"] = "2018-05-30T15:00:00Z",
            ["version"] = string.Empty,
            ["min_version"] = string.Empty,
        };
}
