using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary>The filter options of <c>sdrs tags search</c> and <c>sdrs tags count</c> (a
/// <see cref="ProtectedInstanceTagQuery"/>), defined once for both.</summary>
internal sealed class TagFilterOptions
{
    private readonly Option<string[]> _all = Filter(
        "--tag",
        "Has this tag (key=v1,v2: any of the values); all --tag " + "filters must hold."
    );

    private readonly Option<string[]> _any = Filter("--any-tag", "Has at least one of the --any-tag tags.");

    private readonly Option<string[]> _none = Filter("--not-tag", "Has none of the --not-tag tags.");

    private readonly Option<string[]> _notAny = Filter(
        "--not-any-tag",
        "Lacks at least one of the --not-any-tag tags."
    );

    private readonly Option<string?> _name = Shared.Optional(
        "--name-contains",
        "Only instances whose name contains this text (a resource_name match)."
    );

    /// <summary>Adds the options to a command.</summary>
    public Command AddTo(Command command) => command.With(_all, _any, _none, _notAny, _name);

    /// <summary>Builds the query from the parsed options.</summary>
    public ProtectedInstanceTagQuery Query(CommandRun run) =>
        new()
        {
            Tags = Filters(run.Get(_all)),
            TagsAny = Filters(run.Get(_any)),
            NotTags = Filters(run.Get(_none)),
            NotTagsAny = Filters(run.Get(_notAny)),
            Matches = run.Get(_name) is { } name ? [TagMatch.ResourceName(name)] : null,
        };

    private static Option<string[]> Filter(string name, string description) =>
        new(name) { Description = description, HelpName = "key[=v1,v2]" };

    private static List<TagFilter>? Filters(string[]? texts) =>
        texts is { Length: > 0 }
            ? texts.Select(Shared.ParseTag).Select(tag => new TagFilter(tag.Key, tag.Value?.Split(',') ?? [])).ToList()
            : null;
}
