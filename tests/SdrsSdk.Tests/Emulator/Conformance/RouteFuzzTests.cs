using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SdrsSdk.Testing.Internal;
using Xunit.Abstractions;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// A property-style test: for every route of <see cref="Router.Routes"/>, with a fixed seed, requests malformed in
/// their framing (truncated, duplicate keys, invalid bytes, BOM, NaN, deep nesting, huge numbers, not an object, wrong
/// Content-Type, a body on a GET, no body on a POST), in a required field (wrong type, null, huge string, extra
/// nesting), in their paging query or in a path segment, against existing resources; every answer must be a 4xx
/// with a well-formed envelope and an <c>X-Request-Id</c>, never a 5xx.
/// </summary>
public sealed partial class RouteFuzzTests(ITestOutputHelper output) : ConformanceTest
{
    private const int Seed = 15;
    private const int RequestsPerRoute = 8;

    /// <summary>A valid body per POST/PUT route, and the required top-level key the field mutations replace (whose
    /// every mutated value the emulator must refuse).</summary>
    private static readonly Dictionary<string, (string Body, string Key)> Bodies = new(StringComparer.Ordinal)
    {
        ["POST server-groups"] = (
            "{'server_group':{'name':'fuzz','source_availability_zone':'cn-north-1a','target_availability_zone':"
                + "'cn-north-1b','domain_id':'fb4bb8e3-a574-4437-a156-78c916aeea4d','source_vpc_id':"
                + "'046852ef-c49d-409b-8389-546aaaa5701f'}}",
            "server_group"
        ),
        ["PUT server-groups/{server_group_id}"] = ("{'server_group':{'name':'fuzz'}}", "server_group"),
        ["POST server-groups/{server_group_id}/action"] = (
            "{'reverse-server-group':{'priority_station':'target'}}",
            "reverse-server-group"
        ),
        ["POST protected-instances/resource_instances/action"] = ("{'action':'filter','limit':'10'}", "action"),
        ["POST protected-instances/batch"] = (
            "{'protected_instances':{'server_group_id':'<g>','name_prefix':'fuzz','servers':[{'server_id':'<new>'}]}}",
            "protected_instances"
        ),
        ["POST protected-instances/delete"] = ("{'protected_instances':[{'id':'<i>'}]}", "protected_instances"),
        ["POST protected-instances"] = (
            "{'protected_instance':{'server_group_id':'<g>','server_id':'<new>','name':'fuzz'}}",
            "protected_instance"
        ),
        ["PUT protected-instances/{protected_instance_id}"] = (
            "{'protected_instance':{'name':'fuzz'}}",
            "protected_instance"
        ),
        ["POST protected-instances/{protected_instance_id}/attachreplication"] = (
            "{'replicationAttachment':{'replication_id':'<p>','device':'/dev/vdc'}}",
            "replicationAttachment"
        ),
        ["POST protected-instances/{protected_instance_id}/nic/delete"] = ("{'nic_id':'<new>'}", "nic_id"),
        ["POST protected-instances/{protected_instance_id}/nic"] = ("{'subnet_id':'<new>'}", "subnet_id"),
        ["POST protected-instances/{protected_instance_id}/resize"] = (
            "{'resize':{'flavorRef':'s3.xlarge.2'}}",
            "resize"
        ),
        ["POST protected-instances/{protected_instance_id}/tags/action"] = (
            "{'action':'create','tags':[{'key':'k','value':'v'}]}",
            "action"
        ),
        ["POST protected-instances/{protected_instance_id}/tags"] = ("{'tag':{'key':'k','value':'v'}}", "tag"),
        ["POST replications"] = (
            "{'replication':{'server_group_id':'<g>','volume_id':'<new>','name':'fuzz'}}",
            "replication"
        ),
        ["PUT replications/{replication_id}"] = ("{'replication':{'name':'fuzz'}}", "replication"),
        ["POST replications/{replication_id}/action"] = (
            "{'extend-replication':{'new_size':20}}",
            "extend-replication"
        ),
        ["POST disaster-recovery-drills"] = (
            "{'disaster_recovery_drill':{'server_group_id':'<g>','name':'fuzz'}}",
            "disaster_recovery_drill"
        ),
        ["PUT disaster-recovery-drills/{disaster_recovery_drill_id}"] = (
            "{'disaster_recovery_drill':{'name':'fuzz'}}",
            "disaster_recovery_drill"
        ),
    };

    /// <summary>The list routes, which read <c>limit</c> and <c>offset</c>.</summary>
    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal)
    {
        "server-groups",
        "protected-instances",
        "replications",
        "disaster-recovery-drills",
        "task-center/failure-jobs",
        "resource/rpo-statistics",
    };

    private static readonly string[] BadContentTypes =
    [
        "text/plain",
        "application/xml",
        "application/json; charset=iso-8859-1",
        "application/json; charset=utf-16",
        "multipart/form-data; boundary=x",
        ";;;",
    ];

    private static readonly string[] BadLimits = ["abc", "-1", "1001", "", "1.5", "99999999999", "%FF", "0x10", "1e3"];

    /// <summary>Path segments that cannot be IDs. (An encoded NUL, <c>%00</c>, is refused by Kestrel before the
    /// emulator sees the request: a bare 400, as a gateway would give.)</summary>
    private static readonly string[] PathJunk =
    [
        "%FF",
        "%ZZ",
        "%2F",
        "%E2%82",
        new string('x', 3000),
        "%C3%BF%E2%82%AC",
        "'%20OR%201=1",
        "00000000-0000-0000-0000-000000000000",
        "%7B%7D",
        "%20",
    ];

    private static readonly string[] BadOffsets = ["-1", "x", "", "1.5", "99999999999", "%00"];

    [Fact]
    public async Task EveryRoute_AnswersMalformedRequestsWithA4xxEnvelope_NeverA5xx()
    {
        Ids["g"] = await GroupAsync();
        Ids["i"] = await InstanceAsync(Ids["g"]);
        Ids["p"] = await PairAsync(Ids["g"]);
        Ids["d"] = await CompleteAsync(
            HttpMethod.Post,
            "disaster-recovery-drills",
            Fill("{'disaster_recovery_drill':{'server_group_id':'<g>','name':'drill-1'}}"),
            "disaster_recovery_drill_id"
        );
        const string jobId = "0000000000000000000000000000abcd";
        var random = new Random(Seed);
        var failures = new List<string>();
        int sent = 0;

        foreach (Route route in Router.Routes)
        {
            string key =
                route.Method + " " + route.Pattern.Replace("v1/{project_id}/", string.Empty, StringComparison.Ordinal);
            // The resource IDs of the path rather than the project, unless the project is the only one.
            string[] all = [.. CaptureName().Matches(route.Pattern).Select(match => match.Value)];
            string[] captures = all.Length > 1 ? [.. all.Where(name => name != "{project_id}")] : all;
            for (int n = 0; n < RequestsPerRoute; n++)
            {
                Mutation mutation = Mutate(route, key, random);
                (int status, JsonNode? body, HttpResponseMessage response) = await SendRawAsync(
                    new HttpMethod(route.Method),
                    FillRoute(PathOf(route.Pattern, mutation.PathJunk, captures, random), jobId) + mutation.Query,
                    configure: request =>
                    {
                        if (mutation.Body is not null)
                        {
                            request.Content = new ByteArrayContent(mutation.Body);
                            if (mutation.ContentType is not null)
                            {
                                request.Content.Headers.TryAddWithoutValidation("Content-Type", mutation.ContentType);
                            }
                        }
                    }
                );
                sent++;
                string? problem = Check(status, body, response, mutation.Framing);
                if (problem is not null)
                {
                    failures.Add($"{key} [{mutation.Name}]: {problem} ({status} {body?.ToJsonString()})");
                }
            }
        }

        output.WriteLine(
            $"{sent} requests: "
                + string.Join(
                    ", ",
                    Emulator
                        .Journal.Where(entry => entry.StatusCode >= 400)
                        .GroupBy(entry => $"{entry.StatusCode} {entry.ErrorCode}")
                        .OrderByDescending(group => group.Count())
                        .Select(group => $"{group.Key} x{group.Count()}")
                )
        );
        failures.Should().BeEmpty();
        sent.Should().BeGreaterThanOrEqualTo(300);
        Emulator.Journal.Should().NotContain(entry => entry.StatusCode >= 500);
    }

    private string FillRoute(string pattern, string jobId) =>
        pattern
            .Replace("{project_id}", Emulator.ProjectId, StringComparison.Ordinal)
            .Replace("{server_group_id}", Ids["g"], StringComparison.Ordinal)
            .Replace("{protected_instance_id}", Ids["i"], StringComparison.Ordinal)
            .Replace("{replication_id}", Ids["p"], StringComparison.Ordinal)
            .Replace("{disaster_recovery_drill_id}", Ids["d"], StringComparison.Ordinal)
            .Replace("{job_id}", jobId, StringComparison.Ordinal)
            .Replace("{failure_job_id}", jobId, StringComparison.Ordinal)
            .Replace("{key}", "k", StringComparison.Ordinal)
            .Replace("{api_version}", "v1", StringComparison.Ordinal);

    private static string? Check(int status, JsonNode? body, HttpResponseMessage response, bool framing)
    {
        if (status is < 400 or > 499)
        {
            return "not a 4xx";
        }

        if (!response.Headers.Contains("X-Request-Id"))
        {
            return "no X-Request-Id";
        }

        if (body is not JsonObject envelope)
        {
            return "no JSON object";
        }

        if (envelope.ContainsKey("error_code"))
        {
            return envelope.Count == 3 && envelope["error_msg"] is not null && envelope["request_id"] is not null
                ? null
                : "a malformed gateway envelope";
        }

        if (envelope.Count != 1)
        {
            return "not a single wrapper";
        }

        (string wrapper, JsonNode? inner) = (envelope.First().Key, envelope.First().Value);
        if (
            wrapper is not ("error" or "badrequest" or "itemNotFound")
            || inner?["code"]?.GetValue<string>() is not { } code
            || !CodePattern().IsMatch(code)
            || inner["message"]?.GetValue<string>() is not { Length: > 0 }
        )
        {
            return "a malformed SDRS envelope";
        }

        return framing && (status != 400 || wrapper != "badrequest" || code != "SDRS.0201")
            ? "a framing defect not answered 400 badrequest SDRS.0201"
            : null;
    }

    /// <summary>The route's path, with one capture replaced by junk when the mutation asks for it.</summary>
    private static string PathOf(string pattern, string? junk, string[] captures, Random random) =>
        junk is null || captures.Length == 0
            ? pattern
            : pattern.Replace(captures[random.Next(captures.Length)], junk, StringComparison.Ordinal);

    private Mutation Mutate(Route route, string key, Random random)
    {
        string junkQuery = random.Next(3) == 0 ? "?" + JunkQuery(random) : string.Empty;
        if (route.Pattern.Contains('{', StringComparison.Ordinal) && random.Next(4) == 0)
        {
            return PathMutation(route, key, random) with { Query = junkQuery };
        }

        string relative = key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (route.Method is "POST" or "PUT")
        {
            Bodies.Should().ContainKey(key, "every POST and PUT route has a valid body to mutate");
        }
        if (route.Method == "GET")
        {
            if (Lists.Contains(relative) && random.Next(2) == 0)
            {
                string query =
                    random.Next(2) == 0
                        ? "limit=" + BadLimits[random.Next(BadLimits.Length)]
                        : "offset=" + BadOffsets[random.Next(BadOffsets.Length)];
                return new(
                    "paging " + query,
                    "?" + query + (junkQuery.Length > 0 ? "&" + junkQuery[1..] : string.Empty),
                    null,
                    null,
                    Framing: false
                );
            }

            Mutation framing = FramingMutation("{}", random, allowEmpty: false);
            return framing with { Name = "GET with " + framing.Name, Query = junkQuery };
        }

        string valid = Bodies.TryGetValue(key, out (string Body, string Key) entry)
            ? Json(Fill(entry.Body.Replace("<new>", NewId(), StringComparison.Ordinal)))
            : "{}";
        if (route.Method != "DELETE" && random.Next(3) == 0)
        {
            return FieldMutation(valid, entry.Key, random) with { Query = junkQuery };
        }

        return FramingMutation(valid, random, allowEmpty: route.Method != "DELETE") with
        {
            Query = junkQuery,
        };
    }

    /// <summary>A well-framed request (the valid body for a POST or PUT) whose path names something that does not
    /// exist or cannot be an ID.</summary>
    private Mutation PathMutation(Route route, string key, Random random)
    {
        string junk = PathJunk[random.Next(PathJunk.Length)];
        byte[]? body = route.Method is "POST" or "PUT"
            ? Encoding.UTF8.GetBytes(Json(Fill(Bodies[key].Body.Replace("<new>", NewId(), StringComparison.Ordinal))))
            : null;
        return new("path " + junk[..Math.Min(junk.Length, 20)], string.Empty, body, "application/json", Framing: false)
        {
            PathJunk = junk,
        };
    }

    /// <summary>Replaces the required key's value with one the emulator must refuse.</summary>
    private static Mutation FieldMutation(string valid, string key, Random random)
    {
        JsonObject body = JsonNode.Parse(valid)!.AsObject();
        bool structured = body[key] is JsonObject or JsonArray;
        JsonNode?[] values =
        [
            42,
            -1e300,
            null,
            true,
            "",
            new JsonArray(),
            Nest(random.Next(2, 40)),
            structured ? new string('x', 100_000) : 7,
            structured ? new JsonObject { ["unexpected"] = Nest(10) } : false,
        ];
        int pick = random.Next(values.Length);
        body[key] = values[pick];
        return new(
            $"{key} = mutation {pick}",
            string.Empty,
            Encoding.UTF8.GetBytes(body.ToJsonString()),
            "application/json",
            Framing: false
        );
    }

    private static Mutation FramingMutation(string valid, Random random, bool allowEmpty)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(valid);
        int kind = random.Next(allowEmpty ? 13 : 12);
        return kind switch
        {
            0 => Framed("truncated", bytes[..random.Next(1, bytes.Length)]),
            1 => Framed("duplicate key", Encoding.UTF8.GetBytes(DuplicateFirstKey(valid))),
            2 => Framed("invalid byte", Insert(bytes, random.Next(1, bytes.Length), [0xFF])),
            3 => Framed("BOM", [0xEF, 0xBB, 0xBF, .. bytes]),
            4 => Framed(
                "NaN",
                Encoding.UTF8.GetBytes(valid[..^1] + (valid.Length > 2 ? "," : string.Empty) + "\"n\":NaN}")
            ),
            5 => Framed("trailing garbage", [.. bytes, .. "}x"u8]),
            6 => Framed(
                "deep nesting",
                Encoding.UTF8.GetBytes("{\"a\":" + new string('[', 200) + new string(']', 200) + "}")
            ),
            7 => Framed(
                "huge number",
                Encoding.UTF8.GetBytes(valid[..^1] + (valid.Length > 2 ? "," : string.Empty) + "\"n\":1e999}")
            ),
            8 => Framed(
                "not an object",
                Encoding.UTF8.GetBytes(new[] { "[]", "\"x\"", "1", "null", "true" }[random.Next(5)])
            ),
            9 => new("no Content-Type", string.Empty, bytes, null, Framing: true),
            10 => new(
                "bad Content-Type",
                string.Empty,
                bytes,
                BadContentTypes[random.Next(BadContentTypes.Length)],
                Framing: true
            ),
            11 => Framed(
                "lone surrogate",
                Encoding.UTF8.GetBytes(valid[..^1] + (valid.Length > 2 ? "," : string.Empty) + "\"n\":\"\\udc00\"}")
            ),
            _ => Framed("empty body", []),
        };
    }

    private static Mutation Framed(string name, byte[] body) =>
        new(name, string.Empty, body, "application/json", Framing: true);

    private static string DuplicateFirstKey(string valid)
    {
        JsonObject body = JsonNode.Parse(valid)!.AsObject();
        if (body.Count == 0)
        {
            return "{\"a\":1,\"a\":2}";
        }

        KeyValuePair<string, JsonNode?> first = body.First();
        return "{"
            + JsonValue.Create(first.Key).ToJsonString()
            + ":"
            + (first.Value?.ToJsonString() ?? "null")
            + ","
            + valid[1..];
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) =>
        [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static JsonNode Nest(int depth)
    {
        JsonNode node = new JsonArray();
        for (int i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static string JunkQuery(Random random)
    {
        string[] junk =
        [
            "%ZZ",
            "%FF%FE",
            "a=%",
            "=x",
            "&&",
            "b=%E2%82",
            "c=" + new string('c', 2000),
            "name=%00",
            "d=[',']",
        ];
        return junk[random.Next(junk.Length)] + "&" + junk[random.Next(junk.Length)];
    }

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex CaptureName();

    [GeneratedRegex(@"^SDRS\.[0-9]{4}$")]
    private static partial Regex CodePattern();

    private sealed record Mutation(string Name, string Query, byte[]? Body, string? ContentType, bool Framing)
    {
        public string? PathJunk { get; init; }
    }
}
