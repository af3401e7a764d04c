using SdrsSdk;

// QuickStart: connects to SDRS with the HUAWEICLOUD_SDK_* environment variables (or --endpoint/--project-id)
// and prints the API versions, the active-active domains and the tenant quotas.
string? endpointArgument = ArgumentValue(args, "--endpoint");
SdrsClientOptions options = SdrsClientOptions.FromEnvironment();
if (endpointArgument is not null)
{
    options.Endpoint = new Uri(endpointArgument);
}

options.ProjectId = ArgumentValue(args, "--project-id") ?? options.ProjectId;
options.UserAgentSuffix = "QuickStart";

try
{
    options.Validate();
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    Console.Error.WriteLine("Set HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID and HUAWEICLOUD_SDK_REGION (or pass --endpoint).");
    return 2;
}

using var client = new SdrsClient(options);
try
{
    foreach (ApiVersion version in await client.Versions.ListAsync())
    {
        Console.WriteLine($"API version {version.Id}: {version.Status}, updated {version.Updated:u}");
    }

    foreach (ActiveDomain domain in await client.ActiveDomains.ListAsync())
    {
        Console.WriteLine($"Active-active domain {domain.Name} ({domain.Id}): {domain.LocalReplicationCluster?.AvailabilityZone} <-> {domain.RemoteReplicationCluster?.AvailabilityZone}");
    }

    TenantQuota quota = await client.Quotas.GetAsync();
    foreach (QuotaResource resource in quota.Resources)
    {
        Console.WriteLine($"Quota {resource}");
    }

    return 0;
}
catch (SdrsException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 1;
}

static string? ArgumentValue(string[] arguments, string name)
{
    int index = Array.IndexOf(arguments, name);
    return index >= 0 && index + 1 < arguments.Length ? arguments[index + 1] : null;
}
