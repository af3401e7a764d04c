using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace SdrsSdk.Cli;

/// <summary>The options of every command that starts or follows a job (<c>--no-wait</c>, <c>--timeout</c>),
/// defined here once and added to each such command by <see cref="AddTo"/>.</summary>
internal sealed class JobOptions
{
    private JobOptions(bool withNoWait)
    {
        NoWait = withNoWait
            ? new Option<bool>("--no-wait")
            {
                Description = "Print the job ID and return at once; follow the job later with 'sdrs jobs wait ID'.",
            }
            : null;
    }

    public Option<bool>? NoWait { get; }

    public Option<TimeSpan?> Timeout { get; } =
        new("--timeout")
        {
            Description = "Longest wait for the job, e.g. 90s, 15m, 2h or 01:30:00 (default: 2h, the SDK's).",
            HelpName = "duration",
            CustomParser = ParseDuration,
        };

    /// <summary>Adds the job options to a command.</summary>
    public static JobOptions AddTo(Command command, bool withNoWait = true)
    {
        var options = new JobOptions(withNoWait);
        if (options.NoWait is not null)
        {
            command.Add(options.NoWait);
        }

        command.Add(options.Timeout);
        return options;
    }

    private static TimeSpan? ParseDuration(ArgumentResult result)
    {
        string text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value.Trim();
        if (
            text.Length > 1
            && "smh".Contains(text[^1], StringComparison.Ordinal)
            && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out double amount)
            && amount > 0
        )
        {
            return text[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out TimeSpan span) && span > TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration such as 90s, 15m, 2h or 01:30:00.");
        return null;
    }
}
