using Microsoft.Extensions.Logging;

namespace SdrsSdk.Tests.TestSupport;

/// <summary>Keeps every formatted log message (and exception text) the SDK writes, at every level.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<string> _messages = [];
    private readonly List<(int Id, string Message)> _events = [];

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    /// <summary>Counts the messages of one event ID (for example 5001, a resolution).</summary>
    public int Count(int eventId) => Lines(eventId).Count;

    /// <summary>Gets the plain messages of one event ID, in order.</summary>
    public IReadOnlyList<string> Lines(int eventId)
    {
        lock (_messages)
        {
            return [.. _events.Where(entry => entry.Id == eventId).Select(entry => entry.Message)];
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private void Add(string message, int eventId, string plain)
    {
        lock (_messages)
        {
            _messages.Add(message);
            _events.Add((eventId, plain));
        }
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        )
        {
            string plain = formatter(state, exception);
            string text = $"{logLevel} {category}: {plain}";
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                text += " | " + string.Join(", ", values.Select(pair => $"{pair.Key}={pair.Value}"));
            }

            owner.Add(exception is null ? text : $"{text} {exception}", eventId.Id, plain);
        }
    }
}
