namespace SdrsSdk;

/// <summary>What the HTTP pipeline tells a credential when it authenticates a request.</summary>
/// <param name="ProjectId">The project the client works in.</param>
/// <param name="TimeProvider">The clock for signature dates and token expiry.</param>
internal sealed record AuthenticationContext(string ProjectId, TimeProvider TimeProvider);
