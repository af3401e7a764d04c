using System.Globalization;
using System.Text.Json;

namespace SdrsSdk.Benchmarks.Data;

/// <summary>Generates protection group bodies (reference 5.4.2, every field) from a fixed seed.</summary>
internal static class ServerGroupJson
{
    private static readonly string[] Statuses =
    [
        "available",
        "available",
        "available",
        "protected",
        "protected",
        "creating",
        "starting",
        "stopping",
        "failed-over",
        "error",
        "error-starting",
    ];

    /// <summary>A list envelope of <paramref name="count"/> groups; timestamps alternate between both
    /// formats.</summary>
    public static byte[] List(int count, int seed = 8)
    {
        var random = new Random(seed);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", count);
            writer.WriteStartArray("server_groups");
            for (int i = 0; i < count; i++)
            {
                WriteGroup(writer, random, i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>One group in the <c>{"server_group": …}</c> envelope of GET server-groups/{id} (about 1
    /// KB).</summary>
    public static byte[] Single(int seed = 8)
    {
        var random = new Random(seed);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("server_group");
            WriteGroup(writer, random, 1);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteGroup(Utf8JsonWriter writer, Random random, int i)
    {
        bool upgraded = i % 3 != 0;
        DateTime created = new DateTime(2019, 4, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(
            random.NextInt64(0, 90L * 24 * 3600 * 1000)
        );
        DateTime updated = created.AddMilliseconds(random.Next(0, 3600 * 1000));
        writer.WriteStartObject();
        writer.WriteString("id", Guid(random));
        writer.WriteString("name", $"Protection-Group-{i:D4}");
        if (i % 4 == 0)
        {
            writer.WriteNull("description");
        }
        else
        {
            writer.WriteString("description", $"protection group number {i} for the order service");
        }

        writer.WriteString("source_availability_zone", "cn-north-1a");
        writer.WriteString("target_availability_zone", "cn-north-1b");
        writer.WriteString("domain_id", "fb4bb8e3-a574-4437-a156-78c916aeea4d");
        writer.WriteString("domain_name", "ActiveactiveDomain");
        writer.WriteString("status", Statuses[random.Next(Statuses.Length)]);
        WriteStringOrNull(writer, "protected_status", upgraded ? null : (i % 2 == 0 ? "started" : "stopped"));
        WriteStringOrNull(writer, "replication_status", upgraded ? null : "active");
        WriteStringOrNull(writer, "health_status", upgraded ? null : "normal");
        writer.WriteNumber("progress", random.Next(0, 101));
        writer.WriteString("priority_station", i % 5 == 0 ? "target" : "source");
        writer.WriteNumber("protected_instance_num", random.Next(0, 30));
        writer.WriteNumber("replication_num", random.Next(0, 60));
        writer.WriteNumber("disaster_recovery_drill_num", random.Next(0, 3));
        writer.WriteString("source_vpc_id", "046852ef-c49d-409b-8389-546aaaa5701f");
        writer.WriteString("target_vpc_id", "046852ef-c49d-409b-8389-546aaaa5701f");
        writer.WriteNull("test_vpc_id");
        writer.WriteString("dr_type", "migration");
        writer.WriteString("server_type", "ECS");
        writer.WriteString("created_at", Timestamp(created, i % 2 == 0));
        writer.WriteString("updated_at", Timestamp(updated, i % 2 == 1));
        writer.WriteString("protection_type", "replication-pair");
        writer.WriteNull("replication_model");
        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary><c>2019-05-23 03:51:58.256</c> (resources) or <c>2019-04-19T01:55:30.443Z</c> (jobs).</summary>
    private static string Timestamp(DateTime time, bool spaced) =>
        time.ToString(
            spaced ? "yyyy-MM-dd HH:mm:ss.fff" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'",
            CultureInfo.InvariantCulture
        );

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
