using System.Globalization;
using System.Text.Json.Nodes;
using SdrsSdk.Testing.Internal.Jobs;
using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal.Handlers;

/// <summary>
/// The NICs of protected instances (reference 5.5.8, 5.5.9): a primary NIC (the production site server's, see
/// <see cref="EmulatedServer.PrimaryNicId"/>) and the extension NICs added through the API, each deletable by the
/// <c>nic_id</c> its add job names.
/// </summary>
internal static class NicHandlers
{
    /// <summary>POST protected-instances/{protected_instance_id}/nic (5.5.8).</summary>
    public static EmulatorResult Add(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        JsonObject body = request.BodyObject();
        string subnetId = Formats.Id(JsonRead.String(body, "subnet_id"), "SDRS.0201", "subnet_id", state);
        foreach (JsonNode? group in JsonRead.OptionalArray(body, "security_groups") ?? [])
        {
            JsonObject item =
                group as JsonObject
                ?? throw new EmulatorException("SDRS.0201", "each security group must be an object");
            Formats.Id(JsonRead.String(item, "id"), "SDRS.0201", "security_groups.id", state);
        }

        string? ipAddress = JsonRead.String(body, "ip_address") is { } ip ? Formats.IPv4(ip, "ip_address") : null;
        CheckReady(instance, state);
        EmulatedServer? server = ServerOf(instance, state);
        int max = server?.MaxNics ?? EmulatedServer.DefaultMaxNics;
        if (1 + instance.ExtensionNics.Count >= max)
        {
            throw new EmulatorException(
                "SDRS.1340",
                string.Create(CultureInfo.InvariantCulture, $"the server allows {max} NICs, the primary one included")
            );
        }

        if (ipAddress is not null && InUse(subnetId, ipAddress, state))
        {
            throw new EmulatorException("SDRS.1334", $"{ipAddress} is in use in subnet {subnetId}");
        }

        // The NIC holds its address from acceptance on, so that a concurrent add cannot take it too.
        var nic = new NicRecord(Wire.NewId(), subnetId, ipAddress);
        instance.ExtensionNics.Add(nic);
        return Job(
            instance,
            nic.Id,
            state,
            JobTypes.AddNic,
            Statuses.NicCreating,
            onSuccess: () => { },
            onFailure: () => instance.ExtensionNics.Remove(nic)
        );
    }

    /// <summary>POST protected-instances/{protected_instance_id}/nic/delete (5.5.9).</summary>
    public static EmulatorResult Delete(HttpExchange request, EmulatorState state)
    {
        ProtectedInstanceRecord instance = state.Instance(request.Route("protected_instance_id"));
        string nicId = Formats.Id(JsonRead.String(request.BodyObject(), "nic_id"), "SDRS.0223", "nic_id", state);
        CheckReady(instance, state);
        if (string.Equals(ServerOf(instance, state)?.PrimaryNicId, nicId, StringComparison.OrdinalIgnoreCase))
        {
            throw new EmulatorException("SDRS.1311", $"{nicId} is the primary NIC of the production site server");
        }

        NicRecord nic = instance.ExtensionNics.Find(item =>
            string.Equals(item.Id, nicId, StringComparison.OrdinalIgnoreCase)
        ) ?? throw new EmulatorException("SDRS.1310", $"protected instance {instance.Id} has no NIC {nicId}");
        return Job(
            instance,
            nic.Id,
            state,
            JobTypes.DeleteNic,
            Statuses.NicDeleting,
            onSuccess: () => instance.ExtensionNics.Remove(nic),
            onFailure: () => { }
        );
    }

    /// <summary>The constraints of both operations: the group and the instance available or protected.</summary>
    private static void CheckReady(ProtectedInstanceRecord instance, EmulatorState state)
    {
        ServerGroupRecord group = state.Group(instance.ServerGroupId);
        if (group.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1024", $"the group is {group.Status}");
        }

        if (instance.Status is not (Statuses.Available or Statuses.Protected))
        {
            throw new EmulatorException("SDRS.1327", $"the protected instance is {instance.Status}");
        }
    }

    private static EmulatedServer? ServerOf(ProtectedInstanceRecord instance, EmulatorState state) =>
        state.Servers.GetValueOrDefault(instance.SourceServer);

    /// <summary>Whether an address is taken in a subnet: by an extension NIC of any protected instance, or by the
    /// primary NIC of a registered server.</summary>
    private static bool InUse(string subnetId, string ipAddress, EmulatorState state) =>
        state
            .Instances.Values.SelectMany(instance => instance.ExtensionNics)
            .Any(nic => SameSubnet(nic.SubnetId, subnetId) && nic.IpAddress == ipAddress)
        || state.Servers.Values.Any(server =>
            server.PrimarySubnetId is { } subnet && SameSubnet(subnet, subnetId) && server.PrimaryIpAddress == ipAddress
        );

    private static bool SameSubnet(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static EmulatorResult Job(
        ProtectedInstanceRecord instance,
        string nicId,
        EmulatorState state,
        string jobType,
        string transitional,
        Action onSuccess,
        Action onFailure
    )
    {
        string before = instance.Status;
        instance.SetStatus(transitional, state.Now);
        JobRecord job = state
            .Jobs.Start(
                jobType,
                EmulatorState.Target(instance, ResourceTypes.ProtectedInstances, instance.ServerGroupId, jobType)
            )
            .WithEntity("protected_instance_id", instance.Id)
            .WithEntity("nic_id", nicId);
        job.OnSuccess = () =>
        {
            onSuccess();
            instance.SetStatus(before, state.Now);
        };
        job.OnFailure = (_, _) =>
        {
            onFailure();
            instance.SetStatus(before, state.Now);
        };
        return ServerGroupHandlers.JobAccepted(job);
    }
}
