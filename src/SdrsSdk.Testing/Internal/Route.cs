using SdrsSdk.Testing.Internal.State;

namespace SdrsSdk.Testing.Internal;

/// <summary>An operation of the reference: method, path pattern (<c>{name}</c> segments capture) and handler.</summary>
internal sealed class Route
{
    private readonly string[] _pattern;

    public Route(string method, string pattern, RouteHandler handler)
    {
        Method = method;
        Pattern = pattern;
        _pattern = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        Handler = handler;
    }

    public string Method { get; }

    /// <summary>Gets the path pattern, under the endpoint root without the leading '/'.</summary>
    public string Pattern { get; }

    public RouteHandler Handler { get; }

    /// <summary>Gets a value indicating whether the path is under <c>/v1/{project_id}/</c> (all but the version
    /// APIs).</summary>
    public bool IsProjectScoped => _pattern.Length >= 2 && _pattern[1] == "{project_id}";

    public bool TryMatch(HttpExchange request)
    {
        if (request.Method != Method || request.Segments.Count != _pattern.Length)
        {
            return false;
        }

        for (int i = 0; i < _pattern.Length; i++)
        {
            if (!IsCapture(_pattern[i]) && !string.Equals(_pattern[i], request.Segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (int i = 0; i < _pattern.Length; i++)
        {
            if (IsCapture(_pattern[i]))
            {
                request.SetRoute(_pattern[i][1..^1], request.Segments[i]);
            }
        }

        return true;
    }

    private static bool IsCapture(string segment) => segment.StartsWith('{') && segment.EndsWith('}');
}

/// <summary>Handles one request against the state; the caller holds the emulator's lock.</summary>
internal delegate EmulatorResult RouteHandler(HttpExchange request, EmulatorState state);
