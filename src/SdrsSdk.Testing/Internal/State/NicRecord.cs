namespace SdrsSdk.Testing.Internal.State;

/// <summary>
/// An extension NIC of a protected instance, added through the API (reference 5.5.8): its port ID, subnet and
/// private IP address (<see langword="null"/> when the service was left to assign one).
/// </summary>
internal sealed record NicRecord(string Id, string SubnetId, string? IpAddress);
