using System.Globalization;
using SdrsSdk.Testing.Internal;
using SdrsSdk.Validation.Internal;

namespace SdrsSdk.Testing;

/// <summary>Configuration of an <see cref="SdrsEmulator"/>: identity, seeded resources, job pacing, quotas and
/// faults.</summary>
/// <remarks>
/// Every setting has a default that gives a working emulator; pass options only to change something. The options are
/// copied when the emulator starts, so later changes to this instance have no effect.
/// <code>
/// using SdrsEmulator emulator = SdrsEmulator.Start(new SdrsEmulatorOptions
/// {
///     JobInitPolls = 0,          // jobs skip INIT
///     JobRunningPolls = 2,       // and read RUNNING twice before SUCCESS
///     ServerGroupQuota = 3,
/// });
/// </code>
/// </remarks>
public sealed class SdrsEmulatorOptions
{
    /// <summary>The default project ID.</summary>
    public const string DefaultProjectId = "0605767d4a00d5762fb7c0005c8d6e22";

    /// <summary>Gets or sets the project the emulator serves; requests for another project are refused with
    /// <c>SDRS.0001</c>.</summary>
    /// <value>The default value is <see cref="DefaultProjectId"/>.</value>
    public string ProjectId { get; set; } = DefaultProjectId;

    /// <summary>Gets or sets the token the emulator accepts in <c>X-Auth-Token</c>.</summary>
    /// <value>The default value is <c>sdrs-emulator-token</c>.</value>
    public string Token { get; set; } = "sdrs-emulator-token";

    /// <summary>Gets or sets the access key ID (AK) the emulator accepts in AK/SK signatures.</summary>
    /// <value>The default value is <c>SDRSEMULATORAK000001</c>.</value>
    public string AccessKey { get; set; } = "SDRSEMULATORAK000001";

    /// <summary>Gets or sets the secret access key (SK) the emulator verifies AK/SK signatures with.</summary>
    /// <value>The default value is <c>sdrs-emulator-secret-key-0000000000000000</c>.</value>
    public string SecretKey { get; set; } = "sdrs-emulator-secret-key-0000000000000000";

    /// <summary>Gets or sets the emulator's clock: timestamps, signature-date checks and time-based jobs.</summary>
    /// <value>The default value is <see cref="TimeProvider.System"/>.</value>
    /// <remarks>Clients made by <see cref="SdrsEmulator.CreateClientOptions"/> share this clock, so signatures stay in
    /// step with it.</remarks>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets how far an AK/SK request's <c>X-Sdk-Date</c> may be from the emulator's clock.</summary>
    /// <value>The default value is 15 minutes, as API Gateway allows.</value>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Gets or sets the active-active domains the emulator lists (reference 5.3.1).</summary>
    /// <value>The default value is one domain, <see cref="EmulatedDomain.ReferenceExample"/>.</value>
    /// <remarks>
    /// <code>
    /// var options = new SdrsEmulatorOptions
    /// {
    ///     Domains = [new EmulatedDomain("d-1", "Paris", "eu-west-0a", "eu-west-0b")],
    /// };
    /// </code>
    /// </remarks>
    public IList<EmulatedDomain> Domains { get; set; } = [EmulatedDomain.ReferenceExample()];

    /// <summary>Gets or sets how many reads of a job answer <c>INIT</c> before it is <c>RUNNING</c> (when <see
    /// cref="JobDuration"/> is unset).</summary>
    /// <value>The default value is 1.</value>
    public int JobInitPolls { get; set; } = 1;

    /// <summary>Gets or sets how many reads of a job answer <c>RUNNING</c> before it ends (when <see
    /// cref="JobDuration"/> is unset).</summary>
    /// <value>The default value is 1: a job reads <c>INIT</c>, <c>RUNNING</c>, then <c>SUCCESS</c> (or
    /// <c>FAIL</c>).</value>
    public int JobRunningPolls { get; set; } = 1;

    /// <summary>
    /// Gets or sets how long a job runs by the emulator's clock; when set, jobs end by time instead of by polls: a job
    /// reads <c>INIT</c> for the first half of the duration, <c>RUNNING</c> for the second, then ends, read or not.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: jobs progress by polls (<see cref="JobInitPolls"/>, <see
    /// cref="JobRunningPolls"/>).</value>
    /// <remarks>
    /// Useful to make a sample look like the real service, or, with a fake <see cref="TimeProvider"/>, to test code
    /// that measures how long a job takes. <see cref="SdrsEmulator.CreateClientOptions"/> then polls every tenth of it
    /// (at most every 5 seconds).
    /// <code>
    /// var options = new SdrsEmulatorOptions { JobDuration = TimeSpan.FromSeconds(3) };
    /// </code>
    /// </remarks>
    public TimeSpan? JobDuration { get; set; }

    /// <summary>Gets or sets the tenant's protection group quota (reference 5.10.1); -1 is unlimited.</summary>
    /// <value>The default value is 50.</value>
    /// <remarks>
    /// Creating a group beyond it is refused with <c>SDRS.0305</c>; <c>GET /v1/{project_id}/sdrs/quotas</c> reports it.
    /// <code>
    /// var options = new SdrsEmulatorOptions { ServerGroupQuota = 1 };
    /// </code>
    /// </remarks>
    public int ServerGroupQuota { get; set; } = 50;

    /// <summary>Gets or sets the tenant's replication pair quota (reference 5.10.1); -1 is unlimited.</summary>
    /// <value>The default value is 100.</value>
    /// <remarks>Creating a pair beyond it is refused with <c>SDRS.0306</c>.</remarks>
    public int ReplicationQuota { get; set; } = 100;

    /// <summary>Gets or sets the share of requests (0 to 1) that get a random fault from <see
    /// cref="RandomFaults"/>.</summary>
    /// <value>The default value is 0: no random faults.</value>
    /// <remarks>
    /// A chaos run: about one request in five fails with 503 or 500, the same ones on every run with the same requests.
    /// <code>
    /// var options = new SdrsEmulatorOptions
    /// {
    ///     FaultRate = 0.2,
    ///     Seed = 7,
    ///     RandomFaults = [SdrsFault.Status(503), SdrsFault.Status(500)],
    /// };
    /// </code>
    /// </remarks>
    public double FaultRate { get; set; }

    /// <summary>Gets or sets the seed of the random fault draws, so a run with the same requests gets the same
    /// faults.</summary>
    /// <value>The default value is 0.</value>
    public int Seed { get; set; }

    /// <summary>Gets or sets the faults drawn (uniformly) when <see cref="FaultRate"/> is positive.</summary>
    /// <value>The default value is one fault: <see cref="SdrsFault.ServiceUnavailable"/>.</value>
    public IList<SdrsFault> RandomFaults { get; set; } = [SdrsFault.ServiceUnavailable()];

    /// <summary>Gets or sets the production site servers known to the emulator; when not empty, only these are
    /// accepted.</summary>
    /// <value>The default value is an empty list: any server ID in the UUID form is accepted.</value>
    /// <remarks>
    /// Their IDs (and VPC IDs) must be UUIDs unless <see cref="AllowReadableIds"/> is on (<see cref="Validate"/>).
    /// <code>
    /// string vpcId = EmulatedIds.NewVpcId();
    /// var server = new EmulatedServer { VpcId = vpcId };   // a fresh server ID: server.Id
    /// var options = new SdrsEmulatorOptions { Servers = [server], VpcIds = [vpcId] };
    /// </code>
    /// </remarks>
    public IList<EmulatedServer> Servers { get; set; } = [];

    /// <summary>Gets or sets the production site disks known to the emulator; when not empty, only these are
    /// accepted.</summary>
    /// <value>The default value is an empty list: any disk ID in the UUID form is accepted (as a 10 GB SATA data
    /// disk).</value>
    /// <remarks>
    /// Their IDs must be UUIDs unless <see cref="AllowReadableIds"/> is on (<see cref="Validate"/>).
    /// <code>
    /// var options = new SdrsEmulatorOptions
    /// {
    ///     Volumes = [new EmulatedVolume { SizeGb = 40, Bootable = true }],   // a fresh disk ID
    /// };
    /// </code>
    /// </remarks>
    public IList<EmulatedVolume> Volumes { get; set; } = [];

    /// <summary>
    /// Gets or sets the VPCs known to the emulator; when not empty, a protection group's VPC must be one of them
    /// (else <c>SDRS.0204</c>), and so must a DR drill's VPC (else <c>SDRS.1928</c>).
    /// </summary>
    /// <value>The default value is an empty list: any VPC ID in the UUID form is accepted.</value>
    /// <remarks>
    /// The IDs must be UUIDs unless <see cref="AllowReadableIds"/> is on (<see cref="Validate"/>); <see
    /// cref="EmulatedIds.NewVpcId"/> makes one.
    /// <code>
    /// string production = EmulatedIds.NewVpcId(), drill = EmulatedIds.NewVpcId();
    /// var options = new SdrsEmulatorOptions { VpcIds = [production, drill] };
    /// </code>
    /// </remarks>
    public IList<string> VpcIds { get; set; } = [];

    /// <summary>
    /// Gets or sets a value indicating whether IDs the caller chooses (servers, disks, VPCs, subnets, NICs, and the
    /// IDs in list filters) may be any readable text of 1 to 64 letters, digits, '.', '_' and '-', such as
    /// <c>ecs-1</c>, instead of the UUIDs the service requires.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: as the service, the emulator refuses an ID that is not a
    /// UUID with the field's code (<c>SDRS.0210</c> for a server, <c>SDRS.0211</c> for a disk, <c>SDRS.0204</c> for
    /// a VPC, <c>SDRS.0223</c> for a NIC, …). Turn it on only for tests that would rather read <c>ecs-1</c> than a
    /// UUID: such tests no longer prove that the IDs the code under test sends would pass.</value>
    /// <remarks>
    /// Rather than turn it on, take fresh valid IDs from <see cref="EmulatedIds"/>, <c>new EmulatedServer()</c> and
    /// <c>new EmulatedVolume()</c>. It also decides which <see cref="Servers"/>, <see cref="Volumes"/> and
    /// <see cref="VpcIds"/> <see cref="Validate"/> accepts.
    /// <code>
    /// var options = new SdrsEmulatorOptions
    /// {
    ///     AllowReadableIds = true,
    ///     Servers = [new EmulatedServer("ecs-1") { VpcId = "vpc-1" }],
    /// };
    /// </code>
    /// </remarks>
    public bool AllowReadableIds { get; set; }

    /// <summary>Creates a copy, so that later changes to this instance do not affect an emulator started from
    /// it.</summary>
    /// <returns>The copy, with copied lists.</returns>
    public SdrsEmulatorOptions Clone()
    {
        var copy = (SdrsEmulatorOptions)MemberwiseClone();
        copy.Domains = [.. Domains ?? []];
        copy.RandomFaults = [.. RandomFaults ?? []];
        copy.Servers = [.. Servers ?? []];
        copy.Volumes = [.. Volumes ?? []];
        copy.VpcIds = [.. VpcIds ?? []];
        return copy;
    }

    /// <summary>Checks every rule and reports all broken ones at once.</summary>
    /// <exception cref="ArgumentException">One or more options are invalid; the message names each.</exception>
    public void Validate() => ValidationErrors.Check(nameof(SdrsEmulatorOptions), "options", CollectErrors);

    private void CollectErrors(ValidationErrors errors)
    {
        if (
            string.IsNullOrWhiteSpace(ProjectId) || !ProjectId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
        )
        {
            errors.Add($"{nameof(ProjectId)} must be letters, digits, '-' and '_'.");
        }

        if (string.IsNullOrWhiteSpace(Token) || Token.AsSpan().ContainsAny('\r', '\n'))
        {
            errors.Add($"{nameof(Token)} must be non-empty text without line breaks.");
        }

        if (string.IsNullOrWhiteSpace(AccessKey) || AccessKey.AsSpan().ContainsAny("\r\n, ="))
        {
            errors.Add($"{nameof(AccessKey)} must be non-empty, without spaces, commas, '=' or line breaks.");
        }

        if (string.IsNullOrEmpty(SecretKey))
        {
            errors.Add($"{nameof(SecretKey)} must not be empty.");
        }

        if (TimeProvider is null)
        {
            errors.Add($"{nameof(TimeProvider)} must not be null.");
        }

        if (MaxClockSkew <= TimeSpan.Zero)
        {
            errors.Add($"{nameof(MaxClockSkew)} must be positive.");
        }

        if (Domains is null || Domains.Any(domain => domain is null))
        {
            errors.Add($"{nameof(Domains)} must be a list without null entries (it may be empty).");
        }
        else if (Domains.GroupBy(domain => domain.Id, StringComparer.Ordinal).Any(group => group.Count() > 1))
        {
            errors.Add($"{nameof(Domains)} must not repeat a domain ID.");
        }

        if (JobInitPolls < 0 || JobRunningPolls < 0)
        {
            errors.Add($"{nameof(JobInitPolls)} and {nameof(JobRunningPolls)} must not be negative.");
        }

        if (JobDuration is { } duration && duration < TimeSpan.Zero)
        {
            errors.Add($"{nameof(JobDuration)} must not be negative.");
        }

        if (ServerGroupQuota < -1 || ReplicationQuota < -1)
        {
            errors.Add($"{nameof(ServerGroupQuota)} and {nameof(ReplicationQuota)} must be -1 (unlimited) or more.");
        }

        if (double.IsNaN(FaultRate) || FaultRate < 0 || FaultRate > 1)
        {
            errors.Add(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"{nameof(FaultRate)} must be from 0 to 1 (was {FaultRate})."
                )
            );
        }

        if (
            RandomFaults is null
            || RandomFaults.Any(fault => fault is null)
            || (FaultRate > 0 && RandomFaults.Count == 0)
        )
        {
            errors.Add(
                $"{nameof(RandomFaults)} must be a list without null entries, and not empty when "
                    + $"{nameof(FaultRate)} is positive."
            );
        }

        if (
            Servers is null
            || Servers.Any(server => server is null)
            || Volumes is null
            || Volumes.Any(volume => volume is null)
        )
        {
            errors.Add($"{nameof(Servers)} and {nameof(Volumes)} must be lists without null entries.");
        }

        if (VpcIds is null || VpcIds.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"{nameof(VpcIds)} must be a list of non-empty IDs.");
        }
        else
        {
            CollectIdErrors(errors);
        }
    }

    /// <summary>The IDs of registered servers, disks and VPCs must be sendable: UUIDs, as the service's, unless
    /// <see cref="AllowReadableIds"/>.</summary>
    private void CollectIdErrors(ValidationErrors errors)
    {
        IEnumerable<(string Option, string? Id)> ids =
        [
            .. (Servers ?? [])
                .Where(server => server is not null)
                .Select(server => (nameof(Servers), (string?)server.Id)),
            .. (Servers ?? [])
                .Where(server => server?.VpcId is not null)
                .Select(server => ($"{nameof(Servers)}.{nameof(EmulatedServer.VpcId)}", server.VpcId)),
            .. (Volumes ?? [])
                .Where(volume => volume is not null)
                .Select(volume => (nameof(Volumes), (string?)volume.Id)),
            .. VpcIds.Select(id => (nameof(VpcIds), (string?)id)),
        ];
        foreach ((string option, string? id) in ids.Where(item => !Formats.IsId(item.Id, AllowReadableIds)))
        {
            errors.Add(
                AllowReadableIds
                    ? $"{option}: '{id}' must be a UUID or 1 to 64 letters, digits, '.', '_' and '-'."
                    : $"{option}: '{id}' must be a UUID, as the service's IDs are (see {nameof(EmulatedIds)}), "
                        + $"or turn {nameof(AllowReadableIds)} on."
            );
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"SdrsEmulatorOptions(ProjectId={ProjectId}, AccessKey={AccessKey}, SecretKey=***, Token=***, "
        + $"Domains={Domains?.Count ?? 0})";
}
