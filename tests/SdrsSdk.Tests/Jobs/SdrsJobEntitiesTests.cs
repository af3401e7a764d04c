using System.Text.Json;
using SdrsSdk.Serialization;

namespace SdrsSdk.Tests.Jobs;

/// <summary>The job entities the official SDKs model (<c>nic_id</c>, <c>native_server_id</c>,
/// <c>volume_ids</c>) read into their own properties.</summary>
public sealed class SdrsJobEntitiesTests
{
    [Fact]
    public void Deserialize_EveryModelledEntity_IsReadIntoItsProperty()
    {
        const string Json = """
            {
              "job_id": "0000000062db92d70162db9d200f000a",
              "job_type": "addNicNew",
              "status": "SUCCESS",
              "entities": {
                "server_group_id": "a59d008e-4bad-4bf3-9b17-6cc25e7da483",
                "protected_instance_id": "d5a00c87-6b82-414a-a09e-59c37fff44d0",
                "native_server_id": "0f6bc56b-a3bb-4707-a4fb-ccd4db5fac59",
                "nic_id": "5b0e9c2a-7d41-4f86-b3a9-2c8e1f6d0a57",
                "replication_pair_id": "42e2016e-b96e-4f75-aa57-1377a9cb45e4",
                "volume_ids": "48dda0c0-c800-46f2-9728-a519ff783d35,388b324a-a9d1-44a4-8f0e-7f2d1c0b9a61"
              }
            }
            """;

        SdrsJobEntities entities = JsonSerializer.Deserialize(Json, SdrsJsonContext.Default.SdrsJob)!.Entities!;

        entities.NativeServerId.Should().Be("0f6bc56b-a3bb-4707-a4fb-ccd4db5fac59");
        entities.NicId.Should().Be("5b0e9c2a-7d41-4f86-b3a9-2c8e1f6d0a57");
        entities.VolumeIds.Should().Be("48dda0c0-c800-46f2-9728-a519ff783d35,388b324a-a9d1-44a4-8f0e-7f2d1c0b9a61");
        entities.AdditionalProperties.Should().BeNullOrEmpty("every key is modelled");
        entities.TryGetId("nic_id", out string? nic).Should().BeTrue();
        nic.Should().Be(entities.NicId);
        entities.TryGetId("native_server_id", out string? server).Should().BeTrue();
        server.Should().Be(entities.NativeServerId);
    }

    [Fact]
    public void Serialize_TheNewEntities_UseTheirWireNames()
    {
        var job = new SdrsJob
        {
            Entities = new SdrsJobEntities
            {
                NicId = "n",
                NativeServerId = "s",
                VolumeIds = "a,b",
            },
        };

        string json = JsonSerializer.Serialize(job, SdrsJsonContext.Default.SdrsJob);

        json.Should()
            .Contain("\"nic_id\":\"n\"")
            .And.Contain("\"native_server_id\":\"s\"")
            .And.Contain("\"volume_ids\":\"a,b\"");
    }
}
