namespace SdrsSdk.Auth.Internal;

/// <summary>A token IAM issued, with when it expires and when it is to be renewed.</summary>
/// <remarks>Not a record: a generated <c>ToString()</c> would print the token.</remarks>
internal sealed class IamToken
{
    public IamToken(string value, DateTimeOffset expiresAt, string? projectId, string? projectName)
    {
        Value = value;
        ExpiresAt = expiresAt;
        ProjectId = projectId;
        ProjectName = projectName;
    }

    /// <summary>Gets the token, as sent in <c>X-Auth-Token</c>.</summary>
    public string Value { get; }

    /// <summary>Gets when IAM says the token expires (<c>token.expires_at</c>).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Gets the ID of the project the token is scoped to (<c>token.project.id</c>), when IAM sent
    /// it.</summary>
    public string? ProjectId { get; }

    /// <summary>Gets the name of the project the token is scoped to (<c>token.project.name</c>), when IAM sent
    /// it.</summary>
    public string? ProjectName { get; }

    /// <summary>Gets when the token is to be renewed; set by the cache when it stores the token.</summary>
    public DateTimeOffset RefreshAt { get; private init; } = DateTimeOffset.MaxValue;

    /// <summary>Returns the same token, to be renewed at <paramref name="refreshAt"/>.</summary>
    public IamToken RenewAt(DateTimeOffset refreshAt) =>
        new(Value, ExpiresAt, ProjectId, ProjectName) { RefreshAt = refreshAt };

    public override string ToString() => $"IamToken(Token=***, ExpiresAt={ExpiresAt:O}, ProjectId={ProjectId})";
}
