using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Tags;

public sealed class TagsClientTests : IDisposable
{
    private const string InstanceId = "67a2cc7e-fb87-41a8-ba28-9c032abcaee1";
    private static readonly string SearchPath = MockSdrs.ProjectPath("protected-instances/resource_instances/action");
    private static readonly string BatchPath = MockSdrs.ProjectPath($"protected-instances/{InstanceId}/tags/action");
    private static readonly string TagsPath = MockSdrs.ProjectPath($"protected-instances/{InstanceId}/tags");
    private readonly MockSdrs _sdrs = new();

    // ---- 5.8.1 filter -------------------------------------------------------------------------------------------

    [Fact]
    public async Task FilterAsync_ReferenceExample_SendsFilterBodyAndReadsEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("tags/filter.response.json")));
        using SdrsClient client = _sdrs.CreateClient();

        TaggedProtectedInstancePage page = await client.Tags.FilterAsync(
            new ProtectedInstanceTagQuery
            {
                Offset = 100,
                Limit = 100,
                Matches = [TagMatch.ResourceName("resource1")],
                NotTags = [new TagFilter("key1", "*value1", "value2")],
                Tags = [new TagFilter("key1", "*value1", "value2")],
                TagsAny = [new TagFilter("key1", "value1", "value2")],
                NotTagsAny = [new TagFilter("key1", "value1", "value2")],
            }
        );

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/resource_instances/action");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
        request.ShouldHaveJsonBody(Examples.Json("tags/filter.request.json"));
        JsonNode.Parse(request.Body!)!["offset"]!
            .GetValueKind()
            .Should()
            .Be(System.Text.Json.JsonValueKind.String, "offset is a string in this body");

        page.Count.Should().Be(1);
        TaggedProtectedInstance found = page.Resources.Should().ContainSingle().Subject;
        found.ResourceId.Should().Be("d5a00c87-6b82-414a-a09e-59c37fff44d0");
        found.ResourceName.Should().Be("Protected-Instance-c801");
        found.Tags.Should().Equal(new ResourceTag("GH1111113fffffKdddddd", "aaappppppppddddddd"));

        ProtectedInstance detail = found.ResourceDetail!;
        detail.Id.Should().Be("d5a00c87-6b82-414a-a09e-59c37fff44d0");
        detail.Name.Should().Be("Protected-Instance-c801");
        detail.Description.Should().BeNull();
        detail.ServerGroupId.Should().Be("525fbd01-d4d1-44fc-b341-6d734bcce245");
        detail.Status.Should().Be(ProtectedInstanceStatus.Protected);
        detail.Progress.Should().Be(100);
        detail.SourceServer.Should().Be("73aff1d7-48d2-494e-a9f1-a7d3ffad31ff");
        detail.TargetServer.Should().Be("0f6bc56b-a3bb-4707-a4fb-ccd4db5fac59");
        detail.CreatedAt.Should().Be(new DateTimeOffset(2019, 5, 28, 8, 17, 50, 66, TimeSpan.Zero));
        detail.UpdatedAt.Should().Be(new DateTimeOffset(2019, 5, 30, 1, 40, 0, 740, TimeSpan.Zero));
        detail.PriorityStation.Should().Be(PriorityStation.Source);
        ProtectedInstanceAttachment attachment = detail.Attachment.Should().ContainSingle().Subject;
        attachment.Replication.Should().Be("42e2016e-b96e-4f75-aa57-1377a9cb45e4");
        attachment.Device.Should().Be("/dev/vda");
        detail.Tags.Should().Equal(new ResourceTag("GH1111113fffffKdddddd", "aaappppppppddddddd"));
        detail.Metadata!.IsFrozen.Should().BeFalse();
        detail.Metadata.AdditionalProperties.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task FilterAsync_NoQuery_SendsOnlyTheActionAndReadsFrozenInstance()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody(
                        """
                        {"resources":[{"resource_id":"pi-1","resource_name":"","resource_detail":{"id":"pi-1","metadata":{"__system__frozen":"true"}},"tags":[]}],"total_count":"1"}
                        """
                    )
            );
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        TaggedProtectedInstancePage page = await client.Tags.FilterAsync();

        var request = _sdrs.SingleRequest();
        request.ShouldHaveJsonBody(JsonNode.Parse("""{"action":"filter"}""")!);
        request.ShouldHaveValidSignature();
        page.Count.Should().Be(1);
        page.Resources[0].ResourceName.Should().BeEmpty();
        page.Resources[0].Tags.Should().BeEmpty();
        page.Resources[0].ResourceDetail!.Metadata!.IsFrozen.Should().BeTrue();
        page.Resources[0].ResourceDetail!.Metadata!.SystemFrozen.Should().Be("true");
    }

    [Fact]
    public async Task FilterAsync_EmptyConditionLists_AreNotSent()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"resources":[],"total_count":0}"""));
        using SdrsClient client = _sdrs.CreateClient();

        TaggedProtectedInstancePage page = await client.Tags.FilterAsync(
            new ProtectedInstanceTagQuery
            {
                Tags = [],
                TagsAny = [new TagFilter("env")],
                NotTags = [],
                NotTagsAny = [],
                Matches = [],
                Offset = 0,
                Limit = 1,
            }
        );

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(
                JsonNode.Parse(
                    """{"action":"filter","offset":"0","limit":"1","tags_any":[{"key":"env","values":[]}]}"""
                )!
            );
        page.Resources.Should().BeEmpty();
        page.Count.Should().Be(0);
    }

    [Fact]
    public async Task FilterAllAsync_ThreePages_WalksOffsetInTheBodyToTheShortPage()
    {
        StubSearchPage(offset: "0", total: 5, "pi-1", "pi-2");
        StubSearchPage(offset: "2", total: 5, "pi-3", "pi-4");
        StubSearchPage(offset: "4", total: 5, "pi-5");
        using SdrsClient client = _sdrs.CreateClient();

        var found = new List<TaggedProtectedInstance>();
        await foreach (
            TaggedProtectedInstance instance in client.Tags.FilterAllAsync(
                new ProtectedInstanceTagQuery { Limit = 2, Tags = [new TagFilter("env", "prod")] }
            )
        )
        {
            found.Add(instance);
        }

        found.Select(instance => instance.ResourceId).Should().Equal("pi-1", "pi-2", "pi-3", "pi-4", "pi-5");
        var requests = _sdrs.Requests();
        requests.Should().HaveCount(3);
        requests
            .Select(request => JsonNode.Parse(request.Body!)!["offset"]!.GetValue<string>())
            .Should()
            .Equal("0", "2", "4");
        requests
            .Should()
            .AllSatisfy(request =>
            {
                JsonNode body = JsonNode.Parse(request.Body!)!;
                body["limit"]!.GetValue<string>().Should().Be("2");
                body["action"]!.GetValue<string>().Should().Be("filter");
                body["tags"]![0]!["key"]!.GetValue<string>().Should().Be("env");
            });
    }

    [Fact]
    public async Task FilterAllAsync_TotalCountReachedOnAFullPage_StopsWithoutAnotherRequest()
    {
        StubSearchPage(offset: "0", total: 4, "pi-1", "pi-2");
        StubSearchPage(offset: "2", total: 4, "pi-3", "pi-4");
        using SdrsClient client = _sdrs.CreateClient();

        var found = new List<TaggedProtectedInstance>();
        await foreach (
            TaggedProtectedInstance instance in client.Tags.FilterAllAsync(new ProtectedInstanceTagQuery { Limit = 2 })
        )
        {
            found.Add(instance);
        }

        found.Should().HaveCount(4);
        _sdrs.Requests().Should().HaveCount(2);
    }

    [Fact]
    public async Task FilterAllAsync_NothingMatches_YieldsNothingAfterOneRequest()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"resources":[],"total_count":0}"""));
        using SdrsClient client = _sdrs.CreateClient();

        var found = new List<TaggedProtectedInstance>();
        await foreach (TaggedProtectedInstance instance in client.Tags.FilterAllAsync())
        {
            found.Add(instance);
        }

        found.Should().BeEmpty();
        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"action":"filter","offset":"0","limit":"100"}""")!);
    }

    // ---- 5.8.1 count --------------------------------------------------------------------------------------------

    [Fact]
    public async Task CountAsync_ReferenceExample_SendsCountBodyAndReturnsTotal()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("tags/count.response.json")));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        int count = await client.Tags.CountAsync(
            new ProtectedInstanceTagQuery
            {
                NotTags = [new TagFilter("key1", "value1", "*value2")],
                Tags = [new TagFilter("key1", "value1", "value2"), new TagFilter("key2", "value1", "value2")],
                TagsAny = [new TagFilter("key1", "value1", "value2")],
                NotTagsAny = [new TagFilter("key1", "value1", "value2")],
                Matches = [new TagMatch(TagMatchKey.ResourceName, "resource1")],
            }
        );

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/resource_instances/action");
        request.ShouldHaveJsonBody(Examples.Json("tags/count.request.json"));
        request.ShouldHaveValidSignature();
        count.Should().Be(1000);
    }

    [Fact]
    public async Task CountAsync_AnswerWithoutTotalCount_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.CountAsync();

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>())
            .Which.ErrorMessage.Should()
            .Contain("total_count");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, 10)]
    public async Task CountAsync_OffsetOrLimitSet_IsRefusedBeforeSending(int? offset, int? limit)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.CountAsync(new ProtectedInstanceTagQuery { Offset = offset, Limit = limit });

        ArgumentException error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        error.ParamName.Should().Be("query");
        error.Message.Should().Contain("offset and limit are not supported when counting");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- 5.8.2 / 5.8.3 batch ------------------------------------------------------------------------------------

    [Fact]
    public async Task AddTagsAsync_ReferenceExample_SendsCreateActionAndAccepts204()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(BatchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Tags.AddTagsAsync(
            InstanceId,
            [new ResourceTag("key1", "value1"), new ResourceTag("key", "value3")]
        );

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/action");
        request.ShouldHaveJsonBody(Examples.Json("tags/batch-create.request.json"));
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task AddTagsAsync_TenTagsWithEmptyValueAndLongestKeyAndValue_AreSent()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(BatchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();
        var tags = Enumerable.Range(0, 8).Select(i => new ResourceTag($"k{i}", $"v{i}")).ToList();
        tags.Add(
            new ResourceTag(string.Concat(Enumerable.Repeat("😀", 36)), string.Concat(Enumerable.Repeat("é", 43)))
        );
        tags.Add(new ResourceTag("empty value ok", string.Empty));

        await client.Tags.AddTagsAsync(InstanceId, tags);

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!;
        body["action"]!.GetValue<string>().Should().Be("create");
        body["tags"]!.AsArray().Should().HaveCount(10);
        body["tags"]![8]!["key"]!
            .GetValue<string>()
            .Should()
            .Be(string.Concat(Enumerable.Repeat("😀", 36)), "36 Unicode characters, counted as code points");
        body["tags"]![9]!["value"]!.GetValue<string>().Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteTagsAsync_ReferenceExample_SendsDeleteActionWithAndWithoutValueAndAccepts204()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(BatchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.Tags.DeleteTagsAsync(
            InstanceId,
            [new ResourceTag("key1", null), new ResourceTag("key2", "value3")]
        );

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/action");
        request.ShouldHaveJsonBody(Examples.Json("tags/batch-delete.request.json"));
        request.ShouldCarryToken();
    }

    [Fact]
    public async Task DeleteTagsAsync_KeyWithCharactersCreationForbids_IsSentAsDeletionSkipsTheCharacterSet()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(BatchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.Tags.DeleteTagsAsync(InstanceId, [new ResourceTag("legacy*key=1", "a,b")]);

        _sdrs
            .SingleRequest()
            .ShouldHaveJsonBody(
                JsonNode.Parse("""{"action":"delete","tags":[{"key":"legacy*key=1","value":"a,b"}]}""")!
            );
    }

    [Fact]
    public async Task AddTagsAsync_ProtectedInstanceNotFound_ThrowsNotFoundWithEveryField()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(BatchPath).UsingPost())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithHeader("X-Request-Id", "req-1320")
                    .WithBody("""{"error":{"code":"SDRS.1320","message":"Protected instance not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.AddTagsAsync(InstanceId, [new ResourceTag("key1", "value1")]);

        SdrsNotFoundException error = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        error.Status.Should().Be(400);
        error.ErrorCode.Should().Be("SDRS.1320");
        error.ErrorMessage.Should().Be("Protected instance not found");
        error.RequestId.Should().Be("req-1320");
        error.Method.Should().Be("POST");
        error.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/action");
        error.IsNotFound.Should().BeTrue();
    }

    // ---- 5.8.4 / 5.8.5 single tag -------------------------------------------------------------------------------

    [Fact]
    public async Task AddTagAsync_ReferenceExample_SendsTagAndAccepts204()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(TagsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Tags.AddTagAsync(InstanceId, "DEV", "DEV1");

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("POST");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags");
        request.ShouldHaveJsonBody(Examples.Json("tags/create.request.json"));
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task DeleteTagAsync_ReferenceExample_SendsDeleteOfKeyAndAccepts204()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath($"{TagsPath}/DEV").UsingDelete())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.Tags.DeleteTagAsync(InstanceId, "DEV");

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("DELETE");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/DEV");
        request.Body.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
    }

    [Fact]
    public async Task DeleteTagAsync_KeyWithSpacesUnicodeAndReservedCharacters_IsPercentEncodedIntoOneSegment()
    {
        const string Key = "Prod Env ü 环境 ?#%&";
        using var transport = new RecordingTransport();
        _sdrs.Server.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk(), options => options.Transport = transport);

        await client.Tags.DeleteTagAsync(InstanceId, Key);

        transport
            .Paths.Should()
            .Equal(
                $"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/"
                    + "Prod%20Env%20%C3%BC%20%E7%8E%AF%E5%A2%83%20%3F%23%25%26"
            );
        var request = _sdrs.SingleRequest();
        request
            .Path.Should()
            .Be(
                $"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/{Key}",
                "the server decodes exactly the key"
            );
        request.RawQuery.Should().BeNullOrEmpty("'?' in the key must not start a query");
        request.ShouldHaveValidSignature();
    }

    [Fact]
    public async Task DeleteTagAsync_KeyWithSubDelimitersAndEscapeLikeText_EncodesEveryReservedCharacter()
    {
        // '+' would read as a space, ';' as a path parameter, "%2F" as '/'.
        using var transport = new RecordingTransport();
        _sdrs.Server.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(configure: options => options.Transport = transport);

        await client.Tags.DeleteTagAsync(InstanceId, "a+b;c=d:e@f!%2F\\g");

        transport
            .Paths.Should()
            .Equal(
                $"/v1/{TestCredentials.ProjectId}/protected-instances/{InstanceId}/tags/"
                    + "a%2Bb%3Bc%3Dd%3Ae%40f%21%252F%5Cg"
            );
    }

    [Fact]
    public async Task DeleteTagAsync_KeyWithEscapesAndUnicode_IsSignedAsTheOfficialSignersSignIt()
    {
        // The service (and the official signers) decode the path before splitting it: the signature must agree.
        _sdrs.Server.Given(Request.Create().UsingDelete()).RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        await client.Tags.DeleteTagAsync(InstanceId, "cost center 环境 ü+;");

        _sdrs.SingleRequest().ShouldHaveValidSignature();
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("/")]
    [InlineData("env/")]
    public async Task DeleteTagAsync_KeyWithSlash_IsRefusedBeforeSendingAsAddTagAsyncRefusesIt(string key)
    {
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        ArgumentException deleting = (
            await FluentActions
                .Awaiting(() => client.Tags.DeleteTagAsync(InstanceId, key))
                .Should()
                .ThrowAsync<ArgumentException>()
        ).Which;
        ArgumentException adding = (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, key, "v"))
                .Should()
                .ThrowAsync<ArgumentException>()
        ).Which;

        deleting.ParamName.Should().Be("key");
        deleting.Message.Should().Contain("it contains '/'");
        adding.Message.Should().Contain("it contains '/'");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteTagAsync_TagKeyNotFound404_ThrowsNotFound()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath($"{TagsPath}/missing").UsingDelete())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(404)
                    .WithBody("""{"error":{"code":"SDRS.2206","message":"Specified tag key is not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.DeleteTagAsync(InstanceId, "missing");

        SdrsNotFoundException error = (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        error.Status.Should().Be(404);
        error.ErrorCode.Should().Be("SDRS.2206");
        error.ErrorMessage.Should().Be("Specified tag key is not found");
        error.ErrorInfo!.IsNotFound.Should().BeTrue();
    }

    // ---- 5.8.6 / 5.8.7 lists ------------------------------------------------------------------------------------

    [Fact]
    public async Task ListAsync_ReferenceExample_SendsGetAndReadsEveryTag()
    {
        const string Id = "50f5091e-9e9e-473c-a932-2a2cbcbeb1ff";
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath($"protected-instances/{Id}/tags")).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody(Examples.Read("tags/list.response.json")));
        using SdrsClient client = _sdrs.CreateClient(TestCredentials.AkSk());

        IReadOnlyList<ResourceTag> tags = await client.Tags.ListAsync(Id);

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/{Id}/tags");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldHaveValidSignature();
        tags.Should().Equal(new ResourceTag("key1", "value1"), new ResourceTag("key2", "value3"));
        tags[0].Key.Should().Be("key1");
        tags[0].Value.Should().Be("value1");
        tags[1].Key.Should().Be("key2");
        tags[1].Value.Should().Be("value3");
    }

    [Fact]
    public async Task ListAsync_AnswerWithoutTags_ThrowsInvalidResponse()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(TagsPath).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("{}"));
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.ListAsync(InstanceId);

        (await act.Should().ThrowAsync<SdrsInvalidResponseException>()).Which.ErrorMessage.Should().Contain("'tags'");
    }

    [Fact]
    public async Task ListAsync_ProtectedInstanceNotFound_ThrowsNotFound()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(TagsPath).UsingGet())
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(400)
                    .WithBody("""{"badrequest":{"code":"SDRS.1320","message":"Protected instance not found"}}""")
            );
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.ListAsync(InstanceId);

        (await act.Should().ThrowAsync<SdrsNotFoundException>()).Which.ErrorCode.Should().Be("SDRS.1320");
    }

    [Fact]
    public async Task ListProjectTagsAsync_ReferenceExample_SendsGetAndReadsEveryKeyAndValue()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(MockSdrs.ProjectPath("protected-instances/tags")).UsingGet())
            .RespondWith(
                Response.Create().WithStatusCode(200).WithBody(Examples.Read("tags/list-project.response.json"))
            );
        using SdrsClient client = _sdrs.CreateClient();

        IReadOnlyList<ProjectTag> tags = await client.Tags.ListProjectTagsAsync();

        var request = _sdrs.SingleRequest();
        request.Method.Should().Be("GET");
        request.Path.Should().Be($"/v1/{TestCredentials.ProjectId}/protected-instances/tags");
        request.RawQuery.Should().BeNullOrEmpty();
        request.ShouldCarryToken();
        tags.Should().HaveCount(2);
        tags[0].Key.Should().Be("key1");
        tags[0].Values.Should().Equal("value1", "value2");
        tags[1].Key.Should().Be("key2");
        tags[1].Values.Should().Equal("value1", "value2");
    }

    public void Dispose() => _sdrs.Dispose();

    private void StubSearchPage(string offset, int total, params string[] ids)
    {
        string resources = string.Join(
            ",",
            ids.Select(id =>
                $$"""{"resource_id":"{{id}}","resource_name":"name-{{id}}","resource_detail":{"id":"{{id}}"},"tags":[{"key":"env","value":"prod"}]}"""
            )
        );
        _sdrs
            .Server.Given(
                Request
                    .Create()
                    .WithPath(SearchPath)
                    .UsingPost()
                    .WithBody(new JsonPartialMatcher($$"""{"offset":"{{offset}}"}"""))
            )
            .RespondWith(
                Response
                    .Create()
                    .WithStatusCode(200)
                    .WithBody($$"""{"resources":[{{resources}}],"total_count":{{total}}}""")
            );
    }

    /// <summary>A transport that records the escaped path of every request exactly as it goes on the wire.</summary>
    private sealed class RecordingTransport : DelegatingHandler
    {
        public RecordingTransport()
            : base(new SocketsHttpHandler()) { }

        public List<string> Paths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken
        )
        {
            Paths.Add(request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
