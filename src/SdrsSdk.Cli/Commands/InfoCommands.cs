using System.CommandLine;

namespace SdrsSdk.Cli.Commands;

/// <summary>The account-wide reads: <c>sdrs quotas</c>, <c>sdrs domains</c>, <c>sdrs versions</c> and
/// <c>sdrs rpo</c> (QuotasClient, ActiveDomainsClient, VersionsClient, RpoStatisticsClient).</summary>
internal sealed class InfoCommands : ICommandGroup
{
    public IEnumerable<Command> Build(CliContext cli)
    {
        Command quotas = cli.NewCommand(
            "quotas",
            "Show the tenant's quotas (used and allowed per resource type).",
            "sdrs quotas",
            "quota"
        );
        cli.SetAction(quotas, async run =>
        {
            TenantQuota quota = await run.Client.Quotas.GetAsync(run.CancellationToken).ConfigureAwait(false);
            run.Output.WriteList(quota.Resources, ["type", "used", "quota", "min", "max"]);
        });
        yield return quotas;

        Command domains = cli.NewCommand(
            "domains",
            "List the active-active domains groups can be created in.",
            "sdrs domains",
            "active-domains"
        );
        cli.SetAction(domains, async run =>
            run.Output.WriteList(
                await run.Client.ActiveDomains.ListAsync(run.CancellationToken).ConfigureAwait(false),
                ["id", "name", "sold_out", "description"]
            )
        );
        yield return domains;

        Argument<string?> version = new("version")
        {
            Description = "One API version (e.g. v1) to show; all when omitted.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        Command versions = cli.NewCommand(
            "versions",
            "List the API versions the endpoint serves, or show one.",
            "sdrs versions v1",
            "api-versions"
        );
        versions.Add(version);
        cli.SetAction(versions, async run =>
        {
            if (run.Parse.GetValue(version) is { } one)
            {
                run.Output.WriteObject(
                    await run.Client.Versions.GetAsync(one, run.CancellationToken).ConfigureAwait(false)
                );
                return;
            }

            run.Output.WriteList(
                await run.Client.Versions.ListAsync(run.CancellationToken).ConfigureAwait(false),
                ["id", "status", "version", "min_version", "updated"]
            );
        });
        yield return versions;

        Option<DateTimeOffset?> start = new("--start-time") { Description = "From this time (ISO 8601)." };
        Option<DateTimeOffset?> end = new("--end-time") { Description = "Until this time (ISO 8601)." };
        Option<string?> type = Shared.Optional("--resource-type", "Only this resource type (e.g. replication).");
        Option<int?> limit = Shared.Limit();
        Command rpo = cli.NewCommand(
            "rpo",
            "List RPO (recovery point objective) statistics.",
            "sdrs rpo --start-time 2026-12-01T00:00:00Z",
            "rpo-statistics"
        );
        foreach (Option option in new Option[] { start, end, type, limit })
        {
            rpo.Add(option);
        }

        cli.SetAction(rpo, async run =>
        {
            var query = new RpoStatisticQuery
            {
                StartTime = run.Get(start),
                EndTime = run.Get(end),
                ResourceType = run.Get(type),
            };
            await Shared
                .WriteListAsync(
                    run,
                    run.Client.RpoStatistics.ListAllAsync(query, run.CancellationToken),
                    limit,
                    ["id", "point_time", "resource_type", "resource_num"]
                )
                .ConfigureAwait(false);
        });
        yield return rpo;
    }
}
