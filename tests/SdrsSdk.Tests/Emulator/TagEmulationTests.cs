using SdrsSdk.Tests.TestSupport;

namespace SdrsSdk.Tests.Emulator;

public sealed class TagEmulationTests : EmulatorTest
{
    [Fact]
    public async Task Tags_AddBatchListDelete_ChangeTheInstanceAsTheReferenceDescribes()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);

        await Client.Tags.AddTagsAsync(
            instance.Id,
            [new ResourceTag("env", "prod"), new ResourceTag("team", "orders")]
        );
        await Client.Tags.AddTagAsync(instance.Id, "env", "staging");

        IReadOnlyList<ResourceTag> tags = await Client.Tags.ListAsync(instance.Id);
        tags.Select(tag => (tag.Key, tag.Value)).Should().Equal(("env", "staging"), ("team", "orders"));
        (await Client.ProtectedInstances.GetAsync(instance.Id)).Tags.Should().HaveCount(2);

        await Client.Tags.DeleteTagsAsync(
            instance.Id,
            [new ResourceTag("team", "other"), new ResourceTag("missing", null)]
        );
        (await Client.Tags.ListAsync(instance.Id))
            .Should()
            .HaveCount(2, "a delete by key and another value removes nothing");

        await Client.Tags.DeleteTagsAsync(instance.Id, [new ResourceTag("team", null)]);
        await Client.Tags.DeleteTagAsync(instance.Id, "env");

        (await Client.Tags.ListAsync(instance.Id)).Should().BeEmpty();
        Func<Task> deleteMissing = () => Client.Tags.DeleteTagAsync(instance.Id, "env");
        SdrsNotFoundException missing = (await deleteMissing.Should().ThrowAsync<SdrsNotFoundException>()).Which;
        missing.Status.Should().Be(404);
        missing.ErrorCode.Should().Be("SDRS.2206");
    }

    [Fact]
    public async Task AddTagsAsync_BeyondTenTags_IsRefusedWithSdrs2203()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance instance = await CreateInstanceAsync(group.Id);
        await Client.Tags.AddTagsAsync(
            instance.Id,
            Enumerable.Range(0, 10).Select(i => new ResourceTag($"key{i}", "v"))
        );

        Func<Task> eleventh = () => Client.Tags.AddTagAsync(instance.Id, "key10", "v");

        (await eleventh.Should().ThrowAsync<SdrsBadRequestException>()).Which.ErrorCode.Should().Be("SDRS.2203");
        await Client.Tags.AddTagAsync(instance.Id, "key3", "overwritten");
        (await Client.Tags.ListAsync(instance.Id))
            .Should()
            .HaveCount(10)
            .And.Contain(tag => tag.Key == "key3" && tag.Value == "overwritten");
    }

    [Fact]
    public async Task FilterAndCount_TagConditionsAndNameMatch_SelectTheRightInstances()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance web = await CreateInstanceAsync(group.Id, TestIds.Of("server-1"), "web-1");
        ProtectedInstance db = await CreateInstanceAsync(group.Id, TestIds.Of("server-2"), "db-1");
        ProtectedInstance bare = await CreateInstanceAsync(group.Id, TestIds.Of("server-3"), "bare-1");
        await Client.Tags.AddTagsAsync(web.Id, [new ResourceTag("env", "production"), new ResourceTag("tier", "web")]);
        await Client.Tags.AddTagsAsync(db.Id, [new ResourceTag("env", "production"), new ResourceTag("tier", "db")]);

        TaggedProtectedInstancePage production = await Client.Tags.FilterAsync(
            new ProtectedInstanceTagQuery { Tags = [new TagFilter("env", "production")] }
        );
        production.Count.Should().Be(2);
        production.Resources.Select(resource => resource.ResourceId).Should().BeEquivalentTo([web.Id, db.Id]);
        production
            .Resources.Should()
            .AllSatisfy(resource =>
            {
                resource.ResourceDetail!.Id.Should().Be(resource.ResourceId);
                resource.Tags.Should().HaveCount(2);
            });

        (await Client.Tags.CountAsync(new ProtectedInstanceTagQuery { Tags = [new TagFilter("env", "*PROD")] }))
            .Should()
            .Be(2, "'*' makes a fuzzy match");
        (
            await Client.Tags.CountAsync(
                new ProtectedInstanceTagQuery { Tags = [new TagFilter("env"), new TagFilter("tier", "db")] }
            )
        )
            .Should()
            .Be(1);
        (
            await Client.Tags.CountAsync(
                new ProtectedInstanceTagQuery { TagsAny = [new TagFilter("tier", "web"), new TagFilter("tier2")] }
            )
        )
            .Should()
            .Be(1);
        (await Client.Tags.CountAsync(new ProtectedInstanceTagQuery { NotTags = [new TagFilter("env")] }))
            .Should()
            .Be(1);
        (
            await Client.Tags.CountAsync(
                new ProtectedInstanceTagQuery
                {
                    NotTagsAny = [new TagFilter("tier", "web", "db"), new TagFilter("owner")],
                }
            )
        )
            .Should()
            .Be(1);
        (
            await Client.Tags.CountAsync(
                new ProtectedInstanceTagQuery { Matches = [new TagMatch(TagMatchKey.ResourceName, "DB")] }
            )
        )
            .Should()
            .Be(1);
        (await Client.Tags.FilterAsync(new ProtectedInstanceTagQuery { NotTags = [new TagFilter("env")] }))
            .Resources.Should()
            .ContainSingle()
            .Which.ResourceId.Should()
            .Be(bare.Id);
        (await Client.Tags.FilterAllAsync(new ProtectedInstanceTagQuery { Limit = 1 }).ToListAsync())
            .Should()
            .HaveCount(3);
    }

    [Fact]
    public async Task ListProjectTagsAsync_GathersEveryKeyWithItsDistinctValues()
    {
        ServerGroup group = await CreateGroupAsync();
        ProtectedInstance first = await CreateInstanceAsync(group.Id, TestIds.Of("server-1"), "first");
        ProtectedInstance second = await CreateInstanceAsync(group.Id, TestIds.Of("server-2"), "second");
        await Client.Tags.AddTagsAsync(
            first.Id,
            [new ResourceTag("key1", "value1"), new ResourceTag("key2", "value1")]
        );
        await Client.Tags.AddTagsAsync(
            second.Id,
            [new ResourceTag("key1", "value2"), new ResourceTag("key2", "value1")]
        );

        IReadOnlyList<ProjectTag> tags = await Client.Tags.ListProjectTagsAsync();

        tags.Should().HaveCount(2);
        tags[0].Key.Should().Be("key1");
        tags[0].Values.Should().Equal("value1", "value2");
        tags[1].Key.Should().Be("key2");
        tags[1].Values.Should().Equal("value1");
    }
}
