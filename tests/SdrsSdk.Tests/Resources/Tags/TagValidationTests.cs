using System.Text.Json.Nodes;
using SdrsSdk.Tests.TestSupport;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SdrsSdk.Tests.Resources.Tags;

/// <summary>Argument rules of the tag calls (reference 5.8): broken tags, keys and searches are refused before any
/// request.</summary>
public sealed class TagValidationTests : IDisposable
{
    private const string InstanceId = "67a2cc7e-fb87-41a8-ba28-9c032abcaee1";
    private static readonly string SearchPath = MockSdrs.ProjectPath("protected-instances/resource_instances/action");
    private static readonly string TagsPath = MockSdrs.ProjectPath($"protected-instances/{InstanceId}/tags");
    private readonly MockSdrs _sdrs = new();

    // ---- validation: IDs ----------------------------------------------------------------------------------------

    public static TheoryData<string, Func<TagsClient, string, Task>> InstanceCalls =>
        new()
        {
            { "AddTagsAsync", (tags, id) => tags.AddTagsAsync(id, [new ResourceTag("k", "v")]) },
            { "DeleteTagsAsync", (tags, id) => tags.DeleteTagsAsync(id, [new ResourceTag("k", null)]) },
            { "AddTagAsync", (tags, id) => tags.AddTagAsync(id, "k", "v") },
            { "DeleteTagAsync", (tags, id) => tags.DeleteTagAsync(id, "k") },
            { "ListAsync", (tags, id) => tags.ListAsync(id) },
        };

    [Theory]
    [MemberData(nameof(InstanceCalls))]
    public async Task InstanceCall_InvalidProtectedInstanceId_IsRefusedBeforeSending(
        string method,
        Func<TagsClient, string, Task> call
    )
    {
        using SdrsClient client = _sdrs.CreateClient();

        foreach (string id in new[] { "", " ", "a/b", "a?b", ".." })
        {
            Func<Task> act = () => call(client.Tags, id);
            (await act.Should().ThrowAsync<ArgumentException>($"{method} must refuse '{id}'"))
                .Which.ParamName.Should()
                .Be("protectedInstanceId");
        }

        Func<Task> withNull = () => call(client.Tags, null!);
        (await withNull.Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should()
            .Be("protectedInstanceId");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: tags to add (5.8.2, 5.8.4) -----------------------------------------------------------------

    [Fact]
    public async Task AddTagsAsync_NullTags_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.AddTagsAsync(InstanceId, null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("tags");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task AddTagsAsync_NoTags_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags([], "tags", "at least one tag");
    }

    [Fact]
    public async Task AddTagsAsync_ElevenTags_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags(
            Enumerable.Range(0, 11).Select(i => new ResourceTag($"k{i}", "v")),
            "tags",
            "at most 10 tags"
        );
    }

    [Fact]
    public async Task AddTagsAsync_NullTag_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags([new ResourceTag("k", "v"), null!], "tags[1]", "must not be null");
    }

    [Fact]
    public async Task AddTagsAsync_DuplicateKeys_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags(
            [new ResourceTag("env", "a"), new ResourceTag("env", "b")],
            "tags",
            "must not repeat a key; 'env'"
        );
    }

    [Fact]
    public async Task AddTagsAsync_NullKey_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.AddTagsAsync(InstanceId, [new ResourceTag(null!, "v")]);

        ArgumentNullException error = (await act.Should().ThrowAsync<ArgumentNullException>()).Which;
        error.ParamName.Should().Be("tags");
        error.Message.Should().Contain("tags[0].key is required");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddTagsAsync_BlankKey_IsRefusedBeforeSending(string key)
    {
        await ShouldRefuseAddTags([new ResourceTag(key, "v")], "tags[0].key", "must not be empty or white space");
    }

    [Fact]
    public async Task AddTagsAsync_KeyOf37Characters_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags(
            [new ResourceTag(new string('k', 37), "v")],
            "tags[0].key",
            "at most 36 Unicode characters; it has 37"
        );
    }

    [Theory]
    [InlineData('*')]
    [InlineData('<')]
    [InlineData('>')]
    [InlineData('\\')]
    [InlineData('=')]
    [InlineData(',')]
    [InlineData('|')]
    [InlineData('/')]
    public async Task AddTagsAsync_KeyWithForbiddenCharacter_IsRefusedBeforeSending(char forbidden)
    {
        await ShouldRefuseAddTags(
            [new ResourceTag($"a{forbidden}b", "v")],
            "tags[0].key",
            $"it contains '{forbidden}'"
        );
    }

    [Theory]
    [InlineData('\0')]
    [InlineData('\t')]
    [InlineData('\n')]
    [InlineData('\u001f')]
    public async Task AddTagsAsync_KeyWithControlCharacter_IsRefusedBeforeSending(char control)
    {
        await ShouldRefuseAddTags(
            [new ResourceTag($"a{control}b", "v")],
            "tags[0].key",
            "non-printable ASCII characters (0-31)"
        );
    }

    [Fact]
    public async Task AddTagsAsync_NullValue_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Tags.AddTagsAsync(InstanceId, [new ResourceTag("k", "v"), new ResourceTag("k2", null)]);

        ArgumentNullException error = (await act.Should().ThrowAsync<ArgumentNullException>()).Which;
        error.ParamName.Should().Be("tags");
        error.Message.Should().Contain("tags[1].value is required; it may be an empty string");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task AddTagsAsync_ValueOf44Characters_IsRefusedBeforeSending()
    {
        await ShouldRefuseAddTags(
            [new ResourceTag("k", new string('v', 44))],
            "tags[0].value",
            "at most 43 Unicode characters; it has 44"
        );
    }

    [Theory]
    [InlineData("a*b")]
    [InlineData("<b>")]
    [InlineData("a\\b")]
    [InlineData("a=b")]
    [InlineData("a,b")]
    [InlineData("a|b")]
    [InlineData("a/b")]
    [InlineData("a\rb")]
    public async Task AddTagsAsync_ValueWithForbiddenCharacter_IsRefusedBeforeSending(string value)
    {
        await ShouldRefuseAddTags([new ResourceTag("k", value)], "tags[0].value", "must not contain");
    }

    [Fact]
    public async Task AddTagAsync_InvalidKeyOrValue_IsRefusedNamingTheParameter()
    {
        using SdrsClient client = _sdrs.CreateClient();

        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, null!, "v"))
                .Should()
                .ThrowAsync<ArgumentNullException>()
        )
            .Which.ParamName.Should()
            .Be("key");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, " ", "v"))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("tag.key must not be empty");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, new string('k', 37), "v"))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("tag.key can contain at most 36");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, "a|b", "v"))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.ParamName.Should()
            .Be("key");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, "k", null!))
                .Should()
                .ThrowAsync<ArgumentNullException>()
        )
            .Which.ParamName.Should()
            .Be("value");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, "k", new string('v', 44)))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("tag.value can contain at most 43");
        (
            await FluentActions
                .Awaiting(() => client.Tags.AddTagAsync(InstanceId, "k", "a>b"))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.ParamName.Should()
            .Be("value");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task AddTagAsync_EmptyValue_IsSent()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(TagsPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(204));
        using SdrsClient client = _sdrs.CreateClient();

        await client.Tags.AddTagAsync(InstanceId, "DEV", string.Empty);

        _sdrs.SingleRequest().ShouldHaveJsonBody(JsonNode.Parse("""{"tag":{"key":"DEV","value":""}}""")!);
    }

    // ---- validation: tags to delete (5.8.3, 5.8.5) --------------------------------------------------------------

    [Fact]
    public async Task DeleteTagsAsync_BrokenBatch_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        (
            await FluentActions
                .Awaiting(() => client.Tags.DeleteTagsAsync(InstanceId, null!))
                .Should()
                .ThrowAsync<ArgumentNullException>()
        )
            .Which.ParamName.Should()
            .Be("tags");
        (
            await FluentActions
                .Awaiting(() => client.Tags.DeleteTagsAsync(InstanceId, []))
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("at least one tag");
        (
            await FluentActions
                .Awaiting(() =>
                    client.Tags.DeleteTagsAsync(
                        InstanceId,
                        Enumerable.Range(0, 11).Select(i => new ResourceTag($"k{i}", null))
                    )
                )
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("at most 10 tags");
        (
            await FluentActions
                .Awaiting(() =>
                    client.Tags.DeleteTagsAsync(InstanceId, [new ResourceTag("k", null), new ResourceTag("k", "v")])
                )
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("must not repeat a key; 'k'");
        (
            await FluentActions
                .Awaiting(() => client.Tags.DeleteTagsAsync(InstanceId, [new ResourceTag(null!, null)]))
                .Should()
                .ThrowAsync<ArgumentNullException>()
        )
            .Which.Message.Should()
            .Contain("tags[0].key is required");
        (
            await FluentActions
                .Awaiting(() =>
                    client.Tags.DeleteTagsAsync(InstanceId, [new ResourceTag("k", null), new ResourceTag(" ", null)])
                )
                .Should()
                .ThrowAsync<ArgumentException>()
        )
            .Which.Message.Should()
            .Contain("tags[1].key must not be empty or white space");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task DeleteTagAsync_KeyBlankOrDotSegment_IsRefusedBeforeSending(string key)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.DeleteTagAsync(InstanceId, key);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("key");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task DeleteTagAsync_NullKey_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.DeleteTagAsync(InstanceId, null!);

        (await act.Should().ThrowAsync<ArgumentNullException>()).Which.ParamName.Should().Be("key");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    // ---- validation: search (5.8.1) -----------------------------------------------------------------------------

    [Theory]
    [InlineData(-1, null, "offset must not be negative")]
    [InlineData(null, 0, "limit must be from 1 to 1000")]
    [InlineData(null, 1001, "limit must be from 1 to 1000")]
    public async Task FilterAsync_PagingOutOfRange_IsRefusedBeforeSending(int? offset, int? limit, string rule)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Tags.FilterAsync(new ProtectedInstanceTagQuery { Offset = offset, Limit = limit });

        ArgumentOutOfRangeException error = (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which;
        error.ParamName.Should().Be("query");
        error.Message.Should().Contain(rule);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public void FilterAllAsync_LimitOutOfRange_IsRefusedBeforeEnumerating()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Action act = () => client.Tags.FilterAllAsync(new ProtectedInstanceTagQuery { Limit = 0 });

        act.Should()
            .Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should()
            .Contain("limit must be from 1 to 1000");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public static TheoryData<string> ConditionLists => new() { "tags", "tags_any", "not_tags", "not_tags_any" };

    [Theory]
    [MemberData(nameof(ConditionLists))]
    public async Task FilterAsync_ElevenKeysInAList_IsRefusedBeforeSending(string list)
    {
        await ShouldRefuseQuery(
            WithList(list, Enumerable.Range(0, 11).Select(i => new TagFilter($"k{i}")).ToArray()),
            $"{list} accepts at most 10 keys"
        );
    }

    [Theory]
    [MemberData(nameof(ConditionLists))]
    public async Task FilterAsync_DuplicateKeyInAList_IsRefusedBeforeSending(string list)
    {
        await ShouldRefuseQuery(
            WithList(list, new TagFilter("key1", "a"), new TagFilter(" key1 ", "b")),
            $"{list} must not repeat a key; 'key1'"
        );
    }

    [Theory]
    [MemberData(nameof(ConditionLists))]
    public async Task FilterAsync_BlankKeyInAList_IsRefusedBeforeSending(string list)
    {
        await ShouldRefuseQuery(
            WithList(list, new TagFilter("ok"), new TagFilter("  ")),
            $"{list}[1].key must not be empty or white space"
        );
    }

    [Theory]
    [MemberData(nameof(ConditionLists))]
    public async Task FilterAsync_NullConditionInAList_IsRefusedBeforeSending(string list)
    {
        await ShouldRefuseQuery(WithList(list, new TagFilter[] { null! }), $"{list}[0] must not be null");
    }

    [Fact]
    public async Task FilterAsync_ConditionKeyOf128Characters_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Tags = [new TagFilter(new string('k', 128))] },
            "tags[0].key can contain at most 127 Unicode characters"
        );
    }

    [Fact]
    public async Task FilterAsync_ElevenValuesForAKey_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery
            {
                TagsAny = [new TagFilter("k", Enumerable.Range(0, 11).Select(i => $"v{i}").ToArray())],
            },
            "tags_any[0].values accepts at most 10 values"
        );
    }

    [Fact]
    public async Task FilterAsync_DuplicateValuesForAKey_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { NotTags = [new TagFilter("k", "v", "w", "v")] },
            "not_tags[0].values must not repeat a value; 'v'"
        );
    }

    [Theory]
    [InlineData("*")]
    [InlineData("***")]
    public async Task FilterAsync_ValueOnlyAsterisks_IsRefusedBeforeSending(string value)
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { NotTagsAny = [new TagFilter("k", "ok", value)] },
            "not_tags_any[0].values[1] must not consist only of asterisks"
        );
    }

    [Fact]
    public async Task FilterAsync_ValueOf256Characters_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Tags = [new TagFilter("k", new string('v', 256))] },
            "tags[0].values[0] can contain at most 255 Unicode characters"
        );
    }

    [Fact]
    public async Task FilterAsync_NullValuesOrNullValue_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Tags = [new TagFilter("k") { Values = null! }] },
            "tags[0].values must not be null"
        );
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Tags = [new TagFilter("k", "a", null!)] },
            "tags[0].values[1] must not be null"
        );
    }

    [Fact]
    public async Task FilterAsync_LongestKeysAndValuesAndFuzzyValue_AreSent()
    {
        _sdrs
            .Server.Given(Request.Create().WithPath(SearchPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"resources":[],"total_count":0}"""));
        using SdrsClient client = _sdrs.CreateClient();
        string key = new('k', 127);
        string value = new('v', 255);

        await client.Tags.FilterAsync(
            new ProtectedInstanceTagQuery
            {
                Tags = [new TagFilter(key, value, "*fuzzy", "")],
                Matches = [TagMatch.ResourceName(new string('n', 255))],
            }
        );

        JsonNode body = JsonNode.Parse(_sdrs.SingleRequest().Body!)!;
        body["tags"]![0]!["values"]!
            .AsArray()
            .Select(node => node!.GetValue<string>())
            .Should()
            .Equal(value, "*fuzzy", "");
        body["matches"]![0]!["key"]!.GetValue<string>().Should().Be("resource_name");
    }

    [Fact]
    public async Task FilterAsync_BrokenMatches_IsRefusedBeforeSending()
    {
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Matches = [TagMatch.ResourceName("a"), TagMatch.ResourceName("b")] },
            "matches must not repeat a key; 'resource_name'"
        );
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Matches = [new TagMatch(new TagMatchKey(" "), "a")] },
            "matches[0].key must not be empty"
        );
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Matches = [new TagMatch(default, "a")] },
            "matches[0].key is required"
        );
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Matches = [TagMatch.ResourceName(null!)] },
            "matches[0].value is required"
        );
        await ShouldRefuseQuery(
            new ProtectedInstanceTagQuery { Matches = [TagMatch.ResourceName(new string('n', 256))] },
            "matches[0].value can contain at most 255"
        );
        await ShouldRefuseQuery(new ProtectedInstanceTagQuery { Matches = [null!] }, "matches[0] must not be null");
    }

    [Fact]
    public async Task CountAsync_BrokenCondition_IsRefusedBeforeSending()
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () =>
            client.Tags.CountAsync(new ProtectedInstanceTagQuery { Tags = [new TagFilter("k", "*")] });

        (await act.Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should()
            .Contain("tags[0].values[0] must not consist only of asterisks");
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    public void Dispose() => _sdrs.Dispose();

    private static ProtectedInstanceTagQuery WithList(string list, params TagFilter[] conditions) =>
        list switch
        {
            "tags" => new ProtectedInstanceTagQuery { Tags = conditions },
            "tags_any" => new ProtectedInstanceTagQuery { TagsAny = conditions },
            "not_tags" => new ProtectedInstanceTagQuery { NotTags = conditions },
            "not_tags_any" => new ProtectedInstanceTagQuery { NotTagsAny = conditions },
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };

    private async Task ShouldRefuseQuery(ProtectedInstanceTagQuery query, string message)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.FilterAsync(query);

        ArgumentException error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        error.ParamName.Should().Be("query");
        error.Message.Should().Contain(message);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }

    private async Task ShouldRefuseAddTags(IEnumerable<ResourceTag> tags, string field, string rule)
    {
        using SdrsClient client = _sdrs.CreateClient();

        Func<Task> act = () => client.Tags.AddTagsAsync(InstanceId, tags);

        ArgumentException error = (await act.Should().ThrowAsync<ArgumentException>()).Which;
        error.ParamName.Should().Be("tags");
        error.Message.Should().Contain(field).And.Contain(rule);
        _sdrs.Server.LogEntries.Should().BeEmpty();
    }
}
