namespace SdrsSdk.Auth.Internal;

/// <summary>The project an IAM token is scoped to: by ID or by name (<c>auth.scope.project</c>).</summary>
/// <param name="ProjectId">The project ID, when the scope names the project by ID.</param>
/// <param name="ProjectName">The project name, when the scope names the project by name.</param>
internal readonly record struct IamScope(string? ProjectId, string? ProjectName)
{
    public static IamScope ById(string projectId) => new(projectId, null);

    public static IamScope ByName(string projectName) => new(null, projectName);

    /// <summary>A short description for logs: <c>project id=…</c> or <c>project name=…</c>.</summary>
    public override string ToString() =>
        ProjectId is not null ? $"project id={ProjectId}" : $"project name={ProjectName}";
}
