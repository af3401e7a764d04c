using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using SdrsSdk.Testing;
using SdrsSdk.Tests.Signing;

namespace SdrsSdk.Tests.Emulator.Conformance;

/// <summary>
/// Raw HTTP requests (not through the SDK, which refuses bad input before sending) for the codes of the NIC
/// operations (reference 5.5.8, 5.5.9, Appendix A.1) and the gateway's signature checks: status, code and envelope.
/// </summary>
public sealed class NicAndSignatureConformanceTests : EmulatorTest
{
    private const string OtherServerId = "8e2d6f10-4b7a-4c39-9e85-1a6c3f0b7d22";
    private const string PrimaryNicId = "5b0e9c2a-7d41-4f86-b3a9-2c8e1f6d0a57";
    private const string SubnetId = "d32019d3-bc6e-4319-9c1d-6722fc136a23";
    private const string OtherSubnetId = "a7c1e5f9-3b2d-4e68-9f04-6d8b2a1c7e30";
    private const string SecurityGroupId = "f0ac4394-7e4a-4409-9701-ba8be283dbc3";
    private const string PrimaryIp = "192.168.0.10";

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"subnet_id":"subnet-1"}""")]
    [InlineData("""{"subnet_id":42}""")]
    [InlineData($$"""{"subnet_id":"{{SubnetId}}","security_groups":[{"id":"sg-1"}]}""")]
    [InlineData($$"""{"subnet_id":"{{SubnetId}}","security_groups":[{}]}""")]
    [InlineData($$"""{"subnet_id":"{{SubnetId}}","security_groups":["{{SecurityGroupId}}"]}""")]
    public async Task AddNic_SubnetOrSecurityGroupMissingOrNotAUuid_IsSdrs0201(string body)
    {
        string instanceId = await InstanceAsync();

        ShouldBeRefused(await AddNicAsync(instanceId, body), "SDRS.0201");
    }

    [Theory]
    [InlineData("192.168.0.256")]
    [InlineData("192.168.0")]
    [InlineData("192.168.000.25")]
    [InlineData("fe80::1")]
    [InlineData("")]
    public async Task AddNic_IpAddressNotIPv4_IsSdrs0219(string ipAddress)
    {
        string instanceId = await InstanceAsync();

        ShouldBeRefused(await AddNicAsync(instanceId, NicBody(SubnetId, ipAddress)), "SDRS.0219");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"nic_id":""}""")]
    [InlineData("""{"nic_id":"nic-1"}""")]
    [InlineData("""{"nic_id":"f0ac4394-7e4a-4409-9701-husge283dbc3"}""")]
    public async Task DeleteNic_NicIdMissingOrNotAUuid_IsSdrs0223(string body)
    {
        string instanceId = await InstanceAsync();

        ShouldBeRefused(await DeleteNicAsync(instanceId, body), "SDRS.0223");
    }

    [Fact]
    public async Task AddNic_Accepted_ItsJobNamesTheNic_WhichDeletesOnceThenIsUnknown()
    {
        string instanceId = await InstanceAsync();

        (int status, JsonNode? accepted, _) = await AddNicAsync(
            instanceId,
            $$"""
            {"subnet_id":"{{SubnetId}}","security_groups":[{"id":"{{SecurityGroupId}}"}],"ip_address":"192.168.0.25"}
            """
        );
        Emulator.CompletePendingJobs();
        JsonNode job = await JobAsync(accepted!["job_id"]!.GetValue<string>());
        string nicId = job["entities"]!["nic_id"]!.GetValue<string>();
        (int deleteStatus, JsonNode? deleted, _) = await DeleteNicAsync(instanceId, NicIdBody(nicId));
        Emulator.CompletePendingJobs();
        JsonNode deleteJob = await JobAsync(deleted!["job_id"]!.GetValue<string>());
        (int Status, JsonNode? Body, HttpResponseMessage Response) again = await DeleteNicAsync(
            instanceId,
            NicIdBody(nicId)
        );

        status.Should().Be(200);
        job["status"]!.GetValue<string>().Should().Be("SUCCESS");
        job["entities"]!["protected_instance_id"]!.GetValue<string>().Should().Be(instanceId);
        Guid.TryParse(nicId, out _).Should().BeTrue();
        deleteStatus.Should().Be(200);
        deleteJob["entities"]!["nic_id"]!.GetValue<string>().Should().Be(nicId);
        deleteJob["status"]!.GetValue<string>().Should().Be("SUCCESS");
        ShouldBeRefused(again, "SDRS.1310");
    }

    [Fact]
    public async Task DeleteNic_UnknownOrAnotherInstancesNic_IsSdrs1310()
    {
        string instanceId = await InstanceAsync();
        string otherId = await InstanceAsync(OtherServerId, "instance-2");
        string otherNic = await AddedNicAsync(otherId, NicBody(SubnetId));

        ShouldBeRefused(await DeleteNicAsync(instanceId, NicIdBody(PrimaryNicId)), "SDRS.1310");
        ShouldBeRefused(await DeleteNicAsync(instanceId, NicIdBody(otherNic)), "SDRS.1310");
    }

    [Fact]
    public async Task DeleteNic_ThePrimaryNic_IsSdrs1311()
    {
        Emulator.AddServer(new EmulatedServer(ServerId) { PrimaryNicId = PrimaryNicId });
        string instanceId = await InstanceAsync();

        ShouldBeRefused(await DeleteNicAsync(instanceId, NicIdBody(PrimaryNicId.ToUpperInvariant())), "SDRS.1311");
    }

    [Fact]
    public async Task AddNic_AnAddressInUseInTheSubnet_IsSdrs1334_AndFreeElsewhere()
    {
        Emulator.AddServer(
            new EmulatedServer(ServerId)
            {
                PrimaryNicId = PrimaryNicId,
                PrimarySubnetId = SubnetId,
                PrimaryIpAddress = PrimaryIp,
            }
        );
        Emulator.AddServer(new EmulatedServer(OtherServerId));
        string instanceId = await InstanceAsync();
        string otherId = await InstanceAsync(OtherServerId, "instance-2");
        await AddedNicAsync(instanceId, NicBody(SubnetId, "192.168.0.25"));

        ShouldBeRefused(await AddNicAsync(otherId, NicBody(SubnetId, "192.168.0.25")), "SDRS.1334");
        ShouldBeRefused(await AddNicAsync(otherId, NicBody(SubnetId, PrimaryIp)), "SDRS.1334");
        (await AddNicAsync(otherId, NicBody(OtherSubnetId, "192.168.0.25"))).Status.Should().Be(200);
    }

    [Fact]
    public async Task AddNic_WhileAnotherAddHoldsTheAddress_IsSdrs1334()
    {
        string instanceId = await InstanceAsync();
        string otherId = await InstanceAsync(OtherServerId, "instance-2");

        (await AddNicAsync(instanceId, NicBody(SubnetId, "192.168.0.25"))).Status.Should().Be(200);

        ShouldBeRefused(await AddNicAsync(otherId, NicBody(SubnetId, "192.168.0.25")), "SDRS.1334");
    }

    [Fact]
    public async Task AddNic_BeyondTheServersNicLimit_IsSdrs1340()
    {
        Emulator.AddServer(new EmulatedServer(ServerId) { MaxNics = 2 });
        string instanceId = await InstanceAsync();
        await AddedNicAsync(instanceId, NicBody(SubnetId));

        ShouldBeRefused(await AddNicAsync(instanceId, NicBody(SubnetId)), "SDRS.1340");
    }

    [Fact]
    public async Task AddNic_BeyondTwelveNicsOfAnUnknownServer_IsSdrs1340()
    {
        string instanceId = await InstanceAsync();
        for (int i = 1; i < EmulatedServer.DefaultMaxNics; i++)
        {
            await AddedNicAsync(instanceId, NicBody(SubnetId));
        }

        ShouldBeRefused(await AddNicAsync(instanceId, NicBody(SubnetId)), "SDRS.1340");
    }

    [Fact]
    public async Task NicOperations_WhileTheInstanceIsNicCreating_AreSdrs1327()
    {
        string instanceId = await InstanceAsync();
        (await AddNicAsync(instanceId, NicBody(SubnetId))).Status.Should().Be(200);

        ShouldBeRefused(await AddNicAsync(instanceId, NicBody(SubnetId)), "SDRS.1327");
        ShouldBeRefused(await DeleteNicAsync(instanceId, NicIdBody(PrimaryNicId)), "SDRS.1327");
    }

    [Fact]
    public async Task ValidTokenNextToABrokenSignature_Is401Apigw0301()
    {
        (int status, JsonNode? body, _) = await SendSignedAsync(
            HttpMethod.Get,
            ProjectPath("server-groups"),
            withToken: true,
            tamper: authorization => authorization[..^1] + (authorization[^1] == '0' ? '1' : '0')
        );

        ShouldBeGatewayRefusal(status, body);
    }

    [Fact]
    public async Task ValidTokenNextToAValidSignature_Passes()
    {
        (int status, _, _) = await SendSignedAsync(HttpMethod.Get, ProjectPath("server-groups"), withToken: true);

        status.Should().Be(200);
    }

    [Fact]
    public async Task SignedHeadersReorderedAfterSigning_Is401Apigw0301()
    {
        (int status, JsonNode? body, _) = await SendSignedAsync(
            HttpMethod.Get,
            ProjectPath("server-groups"),
            tamper: authorization =>
                authorization.Replace(
                    "SignedHeaders=host;x-sdk-date",
                    "SignedHeaders=x-sdk-date;host",
                    StringComparison.Ordinal
                )
        );

        ShouldBeGatewayRefusal(status, body);
    }

    [Theory]
    [InlineData("SignedHeaders=host")]
    [InlineData("SignedHeaders=Host;X-Sdk-Date")]
    [InlineData("SignedHeaders=host;x-sdk-date;")]
    public async Task SignedHeadersChangedAfterSigning_Is401Apigw0301(string declared)
    {
        (int status, JsonNode? body, _) = await SendSignedAsync(
            HttpMethod.Get,
            ProjectPath("server-groups"),
            tamper: authorization =>
                authorization.Replace("SignedHeaders=host;x-sdk-date", declared, StringComparison.Ordinal)
        );

        ShouldBeGatewayRefusal(status, body);
    }

    [Fact]
    public async Task UnsignedPayload_WithTheLiteralInTheCanonicalRequest_Passes()
    {
        string json = new JsonObject
        {
            ["server_group"] = new JsonObject
            {
                ["name"] = "unsigned",
                ["source_availability_zone"] = SourceAz,
                ["target_availability_zone"] = TargetAz,
                ["domain_id"] = DomainId,
                ["source_vpc_id"] = VpcId,
            },
        }.ToJsonString();

        (int status, JsonNode? body, _) = await SendSignedAsync(
            HttpMethod.Post,
            ProjectPath("server-groups"),
            json,
            unsignedPayload: true
        );

        status.Should().Be(200, body?.ToJsonString());
        body!["job_id"].Should().NotBeNull();
        Emulator.Journal.Should().ContainSingle().Which.Authentication.Should().Be(SdrsAuthenticationKind.AccessKey);
    }

    [Fact]
    public async Task UnsignedPayloadHeader_OnABodyHashSignature_Is401Apigw0301()
    {
        (int status, JsonNode? body, _) = await SendSignedAsync(
            HttpMethod.Post,
            ProjectPath("server-groups"),
            """{"server_group":{"name":"g"}}""",
            configure: request => request.Headers.Add("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")
        );

        ShouldBeGatewayRefusal(status, body);
    }

    [Fact]
    public async Task TheSdksOwnSigner_StillPasses_OnReadsWritesQueriesAndBodies()
    {
        ServerGroup group = await CreateGroupAsync();
        await Client.ServerGroups.UpdateAsync(group.Id, "renamed");
        ServerGroupPage page = await Client.ServerGroups.ListAsync(
            new ServerGroupQuery { Name = "renamed", Limit = 5 }
        );

        page.Count.Should().Be(1);
        Emulator
            .Journal.Should()
            .OnlyContain(entry => entry.StatusCode < 400 && entry.Authentication == SdrsAuthenticationKind.AccessKey);
    }

    private static void ShouldBeRefused((int Status, JsonNode? Body, HttpResponseMessage Response) answer, string code)
    {
        answer.Status.Should().Be(400, answer.Body?.ToJsonString());
        EnvelopeOf(answer.Body).Should().Be(("error", code));
    }

    /// <summary>The API Gateway envelope of reference 3.3: no SDRS wrapper, <c>error_code</c> at the top.</summary>
    private static void ShouldBeGatewayRefusal(int status, JsonNode? body)
    {
        status.Should().Be(401, body?.ToJsonString());
        body!["error_code"]!.GetValue<string>().Should().Be("APIGW.0301");
        body["error_msg"].Should().NotBeNull();
        body["request_id"].Should().NotBeNull();
    }

    private static string NicBody(string subnetId, string? ipAddress = null) =>
        ipAddress is null
            ? $$"""{"subnet_id":"{{subnetId}}"}"""
            : $$"""{"subnet_id":"{{subnetId}}","ip_address":"{{ipAddress}}"}""";

    private static string NicIdBody(string nicId) => $$"""{"nic_id":"{{nicId}}"}""";

    private async Task<string> InstanceAsync(string serverId = ServerId, string name = "instance-1")
    {
        ServerGroup group = await CreateGroupAsync(name + "-group");
        return (await CreateInstanceAsync(group.Id, serverId, name)).Id;
    }

    private Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> AddNicAsync(
        string instanceId,
        string json
    ) => SendRawAsync(HttpMethod.Post, ProjectPath($"protected-instances/{instanceId}/nic"), json);

    private Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> DeleteNicAsync(
        string instanceId,
        string json
    ) => SendRawAsync(HttpMethod.Post, ProjectPath($"protected-instances/{instanceId}/nic/delete"), json);

    /// <summary>Adds a NIC, ends its job, and returns the <c>nic_id</c> the job names.</summary>
    private async Task<string> AddedNicAsync(string instanceId, string json)
    {
        (int status, JsonNode? body, _) = await AddNicAsync(instanceId, json);
        status.Should().Be(200, body?.ToJsonString());
        Emulator.CompletePendingJobs();
        return (await JobAsync(body!["job_id"]!.GetValue<string>()))["entities"]!["nic_id"]!.GetValue<string>();
    }

    private async Task<JsonNode> JobAsync(string jobId)
    {
        (int status, JsonNode? job, _) = await SendRawAsync(HttpMethod.Get, ProjectPath($"jobs/{jobId}"));
        status.Should().Be(200);
        return job!;
    }

    /// <summary>
    /// Sends a request signed by the test's own reference signer over <c>host</c> and <c>X-Sdk-Date</c> (by the
    /// emulator's clock), optionally with the token too, with the <c>Authorization</c> value changed by
    /// <paramref name="tamper"/>, or with <c>X-Sdk-Content-Sha256: UNSIGNED-PAYLOAD</c> and that literal as the
    /// canonical request's payload line.
    /// </summary>
    private Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendSignedAsync(
        HttpMethod method,
        string relativePath,
        string? json = null,
        bool withToken = false,
        bool unsignedPayload = false,
        Func<string, string>? tamper = null,
        Action<HttpRequestMessage>? configure = null
    )
    {
        var uri = new Uri(Emulator.Endpoint, relativePath);
        string date = Emulator
            .TimeProvider.GetUtcNow()
            .UtcDateTime.ToString(ReferenceSigner.DateFormat, CultureInfo.InvariantCulture);
        KeyValuePair<string, string>[] signed = [new("host", uri.Authority), new(ReferenceSigner.DateHeader, date)];
        byte[] body = json is null ? [] : Encoding.UTF8.GetBytes(json);
        string canonical = ReferenceSigner.BuildCanonicalRequest(method.Method, uri, signed, body).CanonicalRequest;
        if (unsignedPayload)
        {
            canonical = canonical[..(canonical.LastIndexOf('\n') + 1)] + "UNSIGNED-PAYLOAD";
        }

        string signature = ReferenceSigner.ComputeSignature(
            ReferenceSigner.BuildStringToSign(canonical, date),
            Emulator.SecretKey
        );
        string authorization =
            $"{ReferenceSigner.Algorithm} Access={Emulator.AccessKey}, SignedHeaders=host;x-sdk-date, "
            + $"Signature={signature}";
        return SendRawAsync(method, relativePath, json, request =>
        {
            if (!withToken)
            {
                request.Headers.Remove("X-Auth-Token");
            }

            request.Headers.TryAddWithoutValidation(ReferenceSigner.DateHeader, date);
            request.Headers.TryAddWithoutValidation("Authorization", tamper?.Invoke(authorization) ?? authorization);
            if (unsignedPayload)
            {
                request.Headers.TryAddWithoutValidation("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD");
            }

            configure?.Invoke(request);
        });
    }
}
