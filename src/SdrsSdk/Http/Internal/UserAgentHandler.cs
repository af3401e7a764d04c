using System.Reflection;

namespace SdrsSdk.Http.Internal;

/// <summary>Sets the <c>User-Agent</c> (<c>SdrsSdk/{version} (.NET {runtime}) {suffix}</c>) on every request.</summary>
internal sealed class UserAgentHandler : DelegatingHandler
{
    private readonly string _userAgent;

    public UserAgentHandler(string? suffix)
    {
        _userAgent = Build(suffix);
    }

    public static string Build(string? suffix)
    {
        string version = typeof(UserAgentHandler)
            .Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0]
            ?? "0.0.0";
        string agent = $"SdrsSdk/{version} (.NET {Environment.Version})";
        return string.IsNullOrWhiteSpace(suffix) ? agent : $"{agent} {suffix.Trim()}";
    }

    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken
    )
    {
        request.Headers.Remove("User-Agent");
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return base.SendAsync(request, cancellationToken);
    }
}
