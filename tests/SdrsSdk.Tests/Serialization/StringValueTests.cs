using System.Text.Json;
using SdrsSdk.Serialization;

namespace SdrsSdk.Tests.Serialization;

public sealed class StringValueTests
{
    [Fact]
    public void JobStatus_UnknownValue_RoundTripsAndComparesIgnoringCase()
    {
        SdrsJob job = JsonSerializer.Deserialize(
            """{"job_id":"j","status":"QUEUED"}""",
            SdrsJsonContext.Default.SdrsJob
        )!;

        job.Status.Value.Should().Be("QUEUED");
        job.Status.Should().NotBe(JobStatus.Running);
        job.Status.Should().Be((JobStatus)"QUEUED");
        ((JobStatus)"queued").Should().Be(job.Status, "job statuses compare ignoring case");
        ((JobStatus)"queued").GetHashCode().Should().Be(job.Status.GetHashCode());
        JsonSerializer.Serialize(job, SdrsJsonContext.Default.SdrsJob).Should().Contain("\"status\":\"QUEUED\"");
    }

    [Theory]
    [InlineData("""{"job_id":"j","status":null}""", "")]
    [InlineData("""{"job_id":"j","status":3}""", "3")]
    [InlineData("""{"job_id":"j"}""", "")]
    public void JobStatus_NullNumberOrMissing_StillDeserializes(string json, string expected)
    {
        SdrsJob job = JsonSerializer.Deserialize(json, SdrsJsonContext.Default.SdrsJob)!;

        job.Status.ToString().Should().Be(expected);
        job.Status.IsTerminal.Should().BeFalse();
    }

    [Fact]
    public void JobStatus_ObjectValue_ThrowsJsonException()
    {
        Action act = () =>
            JsonSerializer.Deserialize("""{"job_id":"j","status":{}}""", SdrsJsonContext.Default.SdrsJob);

        act.Should().Throw<JsonException>();
    }

    [Fact]
    public void KnownValues_HaveTheReferenceWireText()
    {
        new[] { JobStatus.Init, JobStatus.Running, JobStatus.Success, JobStatus.Fail }
            .Select(s => s.ToString())
            .Should()
            .Equal("INIT", "RUNNING", "SUCCESS", "FAIL");
        JobType.ReverseProtectionGroup.ToString().Should().Be("reverseProtectionGroupNoCG");
        JobType.CreateDisasterRecoveryDrill.ToString().Should().Be("createDisasterRecoveryDrill");
        ApiVersionStatus.Supported.ToString().Should().Be("SUPPORT");
        QuotaResourceType.ServerGroups.ToString().Should().Be("server_groups");
        default(JobStatus).ToString().Should().BeEmpty();
    }
}

public sealed class MissingFieldTests
{
    [Fact]
    public void Deserialize_MissingFieldsWithDefaults_KeepTheDefaultsNotNull()
    {
        SdrsJob job = System.Text.Json.JsonSerializer.Deserialize(
            """{"status":"RUNNING"}""",
            SdrsSdk.Serialization.SdrsJsonContext.Default.SdrsJob
        )!;
        var quota = System.Text.Json.JsonSerializer.Deserialize(
            """{"quotas":{}}""",
            SdrsSdk.Serialization.SdrsJsonContext.Default.TenantQuotaEnvelope
        )!;
        var versions = System.Text.Json.JsonSerializer.Deserialize(
            """{"versions":[{"status":"CURRENT"}]}""",
            SdrsSdk.Serialization.SdrsJsonContext.Default.ApiVersionListEnvelope
        )!;
        var nulls = System.Text.Json.JsonSerializer.Deserialize(
            """{"versions":[{"id":null,"links":null}]}""",
            SdrsSdk.Serialization.SdrsJsonContext.Default.ApiVersionListEnvelope
        )!;

        job.JobId.Should().BeEmpty();
        quota.Quotas!.Resources.Should().NotBeNull().And.BeEmpty();
        quota.Quotas.Find(QuotaResourceType.ServerGroups).Should().BeNull();
        versions.Versions![0].Id.Should().BeEmpty();
        versions.Versions[0].Links.Should().NotBeNull().And.BeEmpty();
        nulls.Versions![0].Id.Should().BeEmpty();
        nulls.Versions[0].Links.Should().BeEmpty();
    }

    [Fact]
    public void Read_KnownValueAgain_AllocatesNothing()
    {
        byte[] json = "[\"available\",\"protected\",\"failed-over\"]"u8.ToArray();
        var converter = new StringValueConverter<ServerGroupStatus>();
        var options = new JsonSerializerOptions();
        ReadAll(json, converter, options);

        long before = GC.GetAllocatedBytesForCurrentThread();
        ServerGroupStatus last = ReadAll(json, converter, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        last.Should().Be(ServerGroupStatus.FailedOver);
    }

    [Fact]
    public void Read_EscapedValue_ReadsTheUnescapedText()
    {
        ServerGroup group = JsonSerializer.Deserialize(
            """{"id":"g","status":"\u0061vailable"}""",
            SdrsJsonContext.Default.ServerGroup
        )!;

        group.Status.Should().Be(ServerGroupStatus.Available);
    }

    [Fact]
    public void Read_MoreDistinctValuesThanRemembered_ReadsEveryValueExactly()
    {
        int count = StringValueConverter<TagMatchKey>.CacheCapacity + 20;
        string json = "[" + string.Join(',', Enumerable.Range(0, count).Select(i => $"\"value-{i}\"")) + "]";
        var converter = new StringValueConverter<TagMatchKey>();

        for (int round = 0; round < 2; round++)
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
            reader.Read();
            var values = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                values.Add(converter.Read(ref reader, typeof(TagMatchKey), new JsonSerializerOptions()).Value);
            }

            values.Should().Equal(Enumerable.Range(0, count).Select(i => $"value-{i}"));
        }
    }

    private static ServerGroupStatus ReadAll(
        byte[] json,
        StringValueConverter<ServerGroupStatus> converter,
        JsonSerializerOptions options
    )
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        ServerGroupStatus last = default;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            last = converter.Read(ref reader, typeof(ServerGroupStatus), options);
        }

        return last;
    }
}
