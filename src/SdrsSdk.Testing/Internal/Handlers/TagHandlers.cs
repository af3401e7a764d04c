using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>Tags of protected instances and the search by tag (reference 5.8).</summary>
internal static class TagHandlers
{
    private const int MaxFilterKeys = 10;
    private const int MaxFilterValues = 10;

    /// <summary>POST protected-instances/{protected_instance_id}/tags/action (5.8.2 create, 5.8.3 delete); answers
    /// 204.</summary>
    public static EmulatorResult Batch(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject body = request.BodyObject();
        string? action = JsonRead.String(body, "action");
        if (action is not ("create" or "delete"))
        {
            throw new EmulatorException("SDRS.2201", $"action '{action}'");
        }

        if (action == "create")
        {
            Add(instance, Rules.TagsToAdd(JsonRead.OptionalArray(body, "tags"), required: true), state);
            return EmulatorResult.NoContent();
        }

        JsonArray tags = JsonRead.OptionalArray(body, "tags") ?? [];
        if (tags.Count == 0)
        {
            throw new EmulatorException("SDRS.2202", null);
        }

        CheckState(instance, "SDRS.2222");
        var removals = new List<(string Key, string? Value)>();
        foreach (JsonNode? item in tags)
        {
            JsonObject tag =
                item as JsonObject ?? throw new EmulatorException("SDRS.0201", "each tag must be an object");
            string? key = JsonRead.String(tag, "key");
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new EmulatorException("SDRS.2205", null);
            }

            removals.Add((key, JsonRead.String(tag, "value")));
        }

        foreach ((string key, string? value) in removals)
        {
            instance.Tags.RemoveAll(tag => tag.Key == key && (value is null || tag.Value == value));
        }

        instance.Touch(state.Now);
        return EmulatorResult.NoContent();
    }

    /// <summary>POST protected-instances/{protected_instance_id}/tags (5.8.4): adds or overwrites one tag; answers
    /// 204.</summary>
    public static EmulatorResult AddOne(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject tag = JsonRead.RequiredObject(request.BodyObject(), "tag");
        Add(
            instance,
            [new(Rules.TagKey(JsonRead.String(tag, "key")), Rules.TagValue(JsonRead.String(tag, "value")))],
            state
        );
        return EmulatorResult.NoContent();
    }

    /// <summary>DELETE protected-instances/{protected_instance_id}/tags/{key} (5.8.5): a missing key is 404
    /// <c>SDRS.2206</c>.</summary>
    public static EmulatorResult DeleteOne(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        string key = request.Route("key");
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new EmulatorException("SDRS.2205", null);
        }

        CheckState(instance, "SDRS.2222");
        if (instance.Tags.RemoveAll(tag => tag.Key == key) == 0)
        {
            throw new EmulatorException("SDRS.2206", $"'{key}'");
        }

        instance.Touch(state.Now);
        return EmulatorResult.NoContent();
    }

    /// <summary>GET protected-instances/{protected_instance_id}/tags (5.8.6).</summary>
    public static EmulatorResult List(HttpExchange request, EmulatorState state) =>
        EmulatorResult.Json(
            new JsonObject { ["tags"] = ResourceJson.Tags(state.Instance(request.Route("protected_instance_id")).Tags) }
        );

    /// <summary>GET protected-instances/tags (5.8.7): every key in the project with its distinct values.</summary>
    public static EmulatorResult ListProject(HttpExchange _, EmulatorState state)
    {
        var keys = new List<(string Key, List<string> Values)>();
        foreach (
            KeyValuePair<string, string> tag in state
                .Instances.Values.OrderBy(instance => instance.Sequence)
                .SelectMany(instance => instance.Tags)
        )
        {
            int index = keys.FindIndex(entry => entry.Key == tag.Key);
            if (index < 0)
            {
                keys.Add((tag.Key, [tag.Value]));
            }
            else if (!keys[index].Values.Contains(tag.Value))
            {
                keys[index].Values.Add(tag.Value);
            }
        }

        var tags = new JsonArray();
        foreach ((string key, List<string> values) in keys)
        {
            tags.Add(
                (JsonNode)
                    new JsonObject
                    {
                        ["key"] = key,
                        ["values"] = new JsonArray([.. values.Select(value => (JsonNode?)value)]),
                    }
            );
        }

        return EmulatorResult.Json(new JsonObject { ["tags"] = tags });
    }

    /// <summary>POST protected-instances/resource_instances/action (5.8.1): <c>filter</c> (a page) or
    /// <c>count</c>.</summary>
    public static EmulatorResult Search(HttpExchange request, EmulatorState state)
    {
        JsonObject body = request.BodyObject();
        string? action = JsonRead.String(body, "action");
        if (action is not ("filter" or "count"))
        {
            throw new EmulatorException("SDRS.2210", $"action '{action}'");
        }

        // 5.8.1's request table types offset and limit as String: a JSON number is a wrong type (SDRS.0201).
        string? offsetText = JsonRead.String(body, "offset");
        string? limitText = JsonRead.String(body, "limit");
        if (action == "count" && (offsetText is not null || limitText is not null))
        {
            throw new EmulatorException("SDRS.2211", null);
        }

        int limit = 1000;
        if (
            limitText is not null
            && (
                !int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit)
                || limit is < 1 or > 1000
            )
        )
        {
            throw new EmulatorException("SDRS.2220", $"limit '{limitText}'");
        }

        int offset = 0;
        if (
            offsetText is not null
            && (!int.TryParse(offsetText, NumberStyles.Integer, CultureInfo.InvariantCulture, out offset) || offset < 0)
        )
        {
            throw new EmulatorException("SDRS.0222", $"offset '{offsetText}'");
        }

        List<TagCondition> tags = Conditions(body, "tags");
        List<TagCondition> tagsAny = Conditions(body, "tags_any");
        List<TagCondition> notTags = Conditions(body, "not_tags");
        List<TagCondition> notTagsAny = Conditions(body, "not_tags_any");
        string? nameMatch = Matches(body);

        List<ProtectedInstanceRecord> found =
        [
            .. state
                .Instances.Values.Where(instance =>
                    (tags.Count == 0 || tags.All(condition => condition.Matches(instance)))
                    && (tagsAny.Count == 0 || tagsAny.Any(condition => condition.Matches(instance)))
                    && (notTags.Count == 0 || !notTags.All(condition => condition.Matches(instance)))
                    && (notTagsAny.Count == 0 || !notTagsAny.Any(condition => condition.Matches(instance)))
                    && (
                        nameMatch is null
                        || (
                            nameMatch.Length == 0
                                ? instance.Name.Length == 0
                                : instance.Name.Contains(nameMatch, StringComparison.OrdinalIgnoreCase)
                        )
                    )
                )
                .OrderByDescending(instance => instance.Sequence),
        ];

        if (action == "count")
        {
            return EmulatorResult.Json(new JsonObject { ["total_count"] = found.Count });
        }

        return EmulatorResult.Json(
            new JsonObject { ["resources"] = Paging.Page(found, (offset, limit), instance => new JsonObject
                {
                    ["resource_id"] = instance.Id,
                    ["resource_name"] = instance.Name,
                    ["resource_detail"] = ResourceJson.ProtectedInstance(instance, state, Wire.TrimmedResourceTime),
                    ["tags"] = ResourceJson.Tags(instance.Tags),
                }), ["total_count"] = found.Count }
        );
    }

    private static void Add(
        ProtectedInstanceRecord instance,
        List<KeyValuePair<string, string>> tags,
        EmulatorState state
    )
    {
        CheckState(instance, "SDRS.2221");
        int added = tags.Count(tag => !instance.Tags.Any(existing => existing.Key == tag.Key));
        if (instance.Tags.Count + added > Rules.MaxTagsPerInstance)
        {
            throw new EmulatorException(
                "SDRS.2203",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"the instance would have {instance.Tags.Count + added} tags; at most {Rules.MaxTagsPerInstance}"
                )
            );
        }

        foreach (KeyValuePair<string, string> tag in tags)
        {
            int index = instance.Tags.FindIndex(existing => existing.Key == tag.Key);
            if (index >= 0)
            {
                instance.Tags[index] = tag;
            }
            else
            {
                instance.Tags.Add(tag);
            }
        }

        instance.Touch(state.Now);
    }

    /// <summary>
    /// Tags change only on an instance that is not in the middle of an operation (A.1: "ensure that the protected
    /// instance is normal"): not while it is being created, deleted, protected (<c>starting</c>), stopped, failed over,
    /// resized or given a NIC.
    /// </summary>
    private static void CheckState(ProtectedInstanceRecord instance, string code)
    {
        if (Statuses.IsTransitional(instance.Status))
        {
            throw new EmulatorException(code, $"the protected instance is {instance.Status}");
        }
    }

    private static List<TagCondition> Conditions(JsonObject body, string name)
    {
        JsonArray? array = JsonRead.OptionalArray(body, name);
        if (array is null)
        {
            return [];
        }

        if (array.Count > MaxFilterKeys)
        {
            throw new EmulatorException(
                "SDRS.2203",
                string.Create(CultureInfo.InvariantCulture, $"{name} has {array.Count} keys; at most {MaxFilterKeys}")
            );
        }

        var conditions = new List<TagCondition>();
        foreach (JsonNode? item in array)
        {
            JsonObject entry =
                item as JsonObject
                ?? throw new EmulatorException("SDRS.0201", $"each item of {name} must be an object");
            string? key = JsonRead.String(entry, "key")?.Trim();
            if (string.IsNullOrEmpty(key))
            {
                throw new EmulatorException("SDRS.2205", null);
            }

            if (Rules.UnicodeLength(key) > 127)
            {
                throw new EmulatorException("SDRS.2204", $"'{key}' is longer than 127 characters");
            }

            if (conditions.Any(condition => condition.Key == key))
            {
                throw new EmulatorException("SDRS.2209", $"{name} repeats '{key}'");
            }

            JsonArray values = JsonRead.OptionalArray(entry, "values")
                ?? throw new EmulatorException("SDRS.0201", $"{name}: 'values' is required (it may be empty)");
            if (values.Count > MaxFilterValues)
            {
                throw new EmulatorException(
                    "SDRS.2218",
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"'{key}' has {values.Count} values; at most {MaxFilterValues}"
                    )
                );
            }

            var list = new List<string>();
            foreach (JsonNode? valueNode in values)
            {
                string value = JsonRead.ItemString(valueNode)?.Trim()
                    ?? throw new EmulatorException("SDRS.2207", "values are strings");
                if (Rules.UnicodeLength(value) > 255 || (value.Length > 0 && value.All(c => c == '*')))
                {
                    throw new EmulatorException("SDRS.2207", $"'{value}'");
                }

                if (list.Contains(value))
                {
                    throw new EmulatorException("SDRS.2219", $"'{key}' repeats '{value}'");
                }

                list.Add(value);
            }

            conditions.Add(new TagCondition(key, list));
        }

        return conditions;
    }

    /// <summary>The <c>matches</c> of 5.8.1: only <c>resource_name</c>; returns the name to match, or null when
    /// absent.</summary>
    private static string? Matches(JsonObject body)
    {
        JsonArray? matches = JsonRead.OptionalArray(body, "matches");
        if (matches is { Count: 0 })
        {
            throw new EmulatorException("SDRS.2212", "'matches' must hold a match when given");
        }

        string? name = null;
        foreach (JsonNode? item in matches ?? [])
        {
            JsonObject match =
                item as JsonObject ?? throw new EmulatorException("SDRS.0201", "each match must be an object");
            string? key = JsonRead.String(match, "key");
            if (string.IsNullOrWhiteSpace(key))
            {
                throw new EmulatorException("SDRS.2213", null);
            }

            if (key != "resource_name")
            {
                throw new EmulatorException("SDRS.2214", $"'{key}'; only resource_name is supported");
            }

            if (name is not null)
            {
                throw new EmulatorException("SDRS.2215", $"'{key}'");
            }

            string value = JsonRead.String(match, "value") ?? throw new EmulatorException("SDRS.2216", null);
            if (Rules.UnicodeLength(value) > 255)
            {
                throw new EmulatorException("SDRS.2217", "longer than 255 characters");
            }

            name = value;
        }

        return name;
    }

    /// <summary>A tag condition: the key, and values of which one must match (none: any value; <c>*x</c>: contains
    /// x).</summary>
    private sealed record TagCondition(string Key, List<string> Values)
    {
        public bool Matches(ProtectedInstanceRecord instance) =>
            instance.Tags.Any(tag =>
                tag.Key == Key && (Values.Count == 0 || Values.Any(value => ValueMatches(tag.Value, value)))
            );

        private static bool ValueMatches(string actual, string wanted) =>
            wanted.StartsWith('*')
                ? actual.Contains(wanted.TrimStart('*'), StringComparison.OrdinalIgnoreCase)
                : string.Equals(actual, wanted, StringComparison.Ordinal);
    }
}
